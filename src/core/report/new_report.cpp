// SPDX-License-Identifier: EUPL-1.2
#include "core/report/new_report.hpp"

#include <fmt/format.h>

#include "core/base/text.hpp"
#include "core/report/file_names.hpp"
#include "core/report/joint_writer.hpp"
#include "core/report/report_loader.hpp"
#include "core/yaml/yaml_writer.hpp"

namespace lagesbild {

namespace {

// Where the header's comments start in a party's file, and an area's.
constexpr std::size_t kCommentColumn = 30;
constexpr std::size_t kAreaCommentColumn = 32;

const FilledArea* filled(const NewReport& r, const std::string& id) {
  for (const auto& area : r.areas)
    if (area.id == id) return &area;
  return nullptr;
}

// Empty values are left empty, not "": text typed after "" would not parse.
std::string value(const std::string& text) {
  return text.empty() ? std::string() : " " + yaml_scalar(text);
}

std::string aligned(const std::string& key_value, const std::string& comment) {
  return with_comment(key_value, kCommentColumn, comment);
}

void comment_block(std::string& out, const std::string& indent, const std::string& text, std::size_t width) {
  for (const auto& line : wrap_words(text, width)) out += fmt::format("{}# {}\n", indent, line);
}

}  // namespace

std::string new_report_text(const Questionnaire& q, const NewReport& r) {
  const std::string file_name = report_file_name(r.period, r.municipality, r.party);
  std::string out = r.modeline;
  out += fmt::format("# Lägesbild för {}, {} – {}\n", r.municipality, swedish_month_year(r.period), r.party);
  out += fmt::format("# Mall: {} ({})\n", q.name, q.id);
  out += "#\n";
  out += "# Så fyller du i filen:\n";
  out += "# - Skriv efter kolonet på varje rad. Behåll indraget: mellanslag, aldrig tabb.\n";
  out += "# - Besvara varje fokusområde nedan: skriv det ni sett under månaden som\n";
  out += "#   iakttagelser, eller ta bort # framför inget_att_rapportera: true.\n";
  out += "# - Ange trenden jämfört med månaden innan: ökande, oförändrad, minskande eller okänd.\n";
  out += "# - Skriv om platser och situationer, inte om enskilda personer. Personnummer,\n";
  out += "#   namn, telefonnummer och registreringsnummer hör inte hemma här.\n";
  out += "# - Innehåller en text kolon följt av mellanslag (: ) eller #, sätt den inom \"citattecken\".\n";
  out += "# - Rader som börjar med # är kommentarer och kan stå kvar.\n";
  out += fmt::format("# - Kontrollera filen med:  lagesbild validate {}\n", file_name);
  out += "\n";
  out += fmt::format("lägesbild: {}\n", kFormatVersion);
  out += fmt::format("mall: {}\n", yaml_scalar(q.id));
  out += "typ: lokal\n";
  out += fmt::format("kommun: {}\n", yaml_scalar(r.municipality));
  out += aligned("part: " + yaml_scalar(r.party), join(q.parties, " | "));
  out += aligned("organisation:" + value(r.organisation), fmt::format("t.ex. \"{}\" eller \"Lokalpolisområde Mora\"",
                                                                      municipality_organisation(r.municipality)));
  out += aligned("period: " + to_string(r.period), "månaden som beskrivs (ÅÅÅÅ-MM)");
  out += aligned("upprättad: " + to_string(r.written), "datum då lägesbilden skrevs (ÅÅÅÅ-MM-DD)");
  out += aligned("upprättad_av:" + value(r.written_by), "en roll, t.ex. Säkerhetssamordnare eller Kommunpolis");
  out += aligned("klassificering: " + to_string(r.classification), "öppen | intern | sekretess");
  out += aligned("sekretessgrund:" + value(r.secrecy_ground), "krävs vid sekretess, t.ex. \"OSL 35 kap. 1 §\"");
  out += aligned("diarienummer:" + value(r.registry_number), "ärendets diarienummer, om filen diarieförs (frivilligt)");
  std::vector<std::string> sources;
  for (const auto& source : r.sources) sources.push_back(yaml_scalar(source));
  out += aligned("källor: [" + join(sources, ", ") + "]",
                 "varifrån uppgifterna kommer, t.ex. [medborgardialog, brottsstatistik]");
  comment_block(out, "", "Möjliga källor: " + join(q.sources, ", "), 78);
  out += "\n";
  out += "områden:\n";
  for (std::size_t i = 0; i < q.areas.size(); ++i) {
    const auto& area = q.areas[i];
    out += "\n";
    out += fmt::format("  # {}. {}\n", i + 1, area.heading);
    comment_block(out, "  ", area.question, 76);
    out += fmt::format("  {}:\n", area.id);
    const FilledArea* answers = filled(r, area.id);
    const FilledArea blank;
    const FilledArea& a = answers ? *answers : blank;
    out += with_comment("    trend:" + value(a.trend), kAreaCommentColumn, "ökande | oförändrad | minskande | okänd");
    out += "    iakttagelser:\n";
    out += "      # - vad: Vad har hänt? (krävs)\n";
    out += "      #   var: Plats (frivilligt)\n";
    out += "      #   när: Datum eller mönster, t.ex. \"helger, kvällstid\" (frivilligt)\n";
    out += "      #   källa: Varifrån uppgiften kommer, en av källorna ovan (frivilligt)\n";
    out += "      #   antal: Antal händelser, ett heltal (frivilligt)\n";
    out += "      # Fler iakttagelser: upprepa raderna från \"- vad:\", med samma indrag.\n";
    for (const auto& o : a.observations) out += observation_item(o, false);
    // A text of several lines is a block, which cannot carry the comment.
    if (a.assessment.empty())
      out += "    bedömning:                  # er egen bedömning (frivilligt)\n";
    else if (a.assessment.find('\n') != std::string::npos)
      out += "    bedömning: " + yaml_text(a.assessment, 4) + "\n";
    else
      out += with_comment("    bedömning: " + yaml_text(a.assessment, 4), kAreaCommentColumn,
                          "er egen bedömning (frivilligt)");
    if (a.nothing_to_report)
      out += "    inget_att_rapportera: true\n";
    else
      out += "    # inget_att_rapportera: true  # ta bort # om det inte finns något att rapportera\n";
  }
  return out;
}

NewReport new_report_of(const LocalReport& local, const Questionnaire& q) {
  NewReport r;
  r.municipality = local.header.municipality;
  r.party = local.party;
  r.period = local.header.period;
  r.written = local.written ? *local.written : today();
  r.organisation = local.organisation;
  r.written_by = local.written_by;
  r.secrecy_ground = local.header.secrecy_ground;
  r.registry_number = local.header.registry_number;
  r.classification = local.header.classification;
  r.sources = local.sources;
  for (const auto& question : q.areas) {
    FilledArea filled;
    filled.id = question.id;
    if (const LocalArea* area = local.area(question.id)) {
      filled.trend = area->trend.value_or("");
      filled.observations = area->observations;
      filled.assessment = area->assessment;
      filled.nothing_to_report = area->nothing_to_report;
    }
    r.areas.push_back(std::move(filled));
  }
  return r;
}

}  // namespace lagesbild
