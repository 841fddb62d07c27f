#include "core/new_report.hpp"

#include <fmt/format.h>

#include "core/text.hpp"
#include "core/yaml_writer.hpp"

namespace lagesbild {

namespace {

void comment_block(std::string& out, const std::string& indent, const std::string& text, std::size_t width) {
  for (const auto& line : wrap_words(text, width)) out += fmt::format("{}# {}\n", indent, line);
}

}  // namespace

std::string new_report_text(const Questionnaire& q, const NewReport& r) {
  const std::string file_name = fmt::format("{}_{}_{}.yaml", to_string(r.period), file_name_slug(r.municipality), r.party);
  std::string out;
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
  out += fmt::format("part: {:<24}# {}\n", yaml_scalar(r.party), join(q.parties, " | "));
  out += fmt::format("organisation: {:<16}# t.ex. \"Älvdalens kommun\" eller \"Lokalpolisområde Mora\"\n",
                     yaml_quoted(r.organisation));
  out += fmt::format("period: {:<22}# månaden som beskrivs (ÅÅÅÅ-MM)\n", to_string(r.period));
  out += fmt::format("upprättad: {:<19}# datum då lägesbilden skrevs (ÅÅÅÅ-MM-DD)\n", to_string(r.written));
  out += fmt::format("upprättad_av: {:<16}# en roll, t.ex. Säkerhetssamordnare eller Kommunpolis\n",
                     yaml_quoted(r.written_by));
  out += fmt::format("klassificering: {:<14}# öppen | intern | sekretess\n", to_string(r.classification));
  out += "sekretessgrund: \"\"            # krävs vid sekretess, t.ex. \"OSL 35 kap. 1 §\"\n";
  out += "källor: []                    # varifrån uppgifterna kommer, t.ex. [medborgardialog, brottsstatistik]\n";
  comment_block(out, "", "Möjliga källor: " + join(q.sources, ", "), 78);
  out += "\n";
  out += "områden:\n";
  for (std::size_t i = 0; i < q.areas.size(); ++i) {
    const auto& area = q.areas[i];
    out += "\n";
    out += fmt::format("  # {}. {}\n", i + 1, area.heading);
    comment_block(out, "  ", area.question, 76);
    out += fmt::format("  {}:\n", area.id);
    out += "    trend:                      # ökande | oförändrad | minskande | okänd\n";
    out += "    iakttagelser:\n";
    out += "      # - vad: Vad har hänt? (krävs)\n";
    out += "      #   var: Plats (frivilligt)\n";
    out += "      #   när: Datum eller mönster, t.ex. \"helger, kvällstid\" (frivilligt)\n";
    out += "      #   källa: Varifrån uppgiften kommer, en av källorna ovan (frivilligt)\n";
    out += "      #   antal: Antal händelser, ett heltal (frivilligt)\n";
    out += "    bedömning: \"\"               # er egen bedömning (frivilligt)\n";
    out += "    # inget_att_rapportera: true  # ta bort # om det inte finns något att rapportera\n";
  }
  return out;
}

}  // namespace lagesbild
