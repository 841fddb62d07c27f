// SPDX-License-Identifier: EUPL-1.2
#include "core/report/joint_writer.hpp"

#include <fmt/format.h>

#include "core/base/text.hpp"
#include "core/report/file_names.hpp"
#include "core/report/meeting_writer.hpp"
#include "core/report/report_loader.hpp"
#include "core/yaml/yaml_writer.hpp"

namespace lagesbild {

namespace {

std::string line(const std::string& indent, const std::string& key_value, const std::string& comment = {}) {
  return joint_line(indent, key_value, comment);
}

std::string optional_word(const std::optional<std::string>& word) {
  return word ? yaml_scalar(*word) : "~";
}

// Free text at an indent: "" when empty, a literal block when it has several lines.
std::string text_at(const std::string& text, std::size_t indent) {
  return text.empty() ? "\"\"" : yaml_text(text, indent);
}

std::string optional_text(const std::string& text) {
  return text.empty() ? "\"\"" : yaml_scalar(text);
}

void write_text_list(std::string& out, const std::string& indent, const std::string& key,
                     const std::vector<std::string>& items) {
  if (items.empty()) {
    out += line(indent, key + ": []");
    return;
  }
  out += line(indent, key + ":");
  for (const auto& item : items) out += line(indent + "  ", "- " + yaml_text(item, indent.size() + 2));
}

// `underlag`: the summa, then per part ("parter", each area) one short
// checksum per party, so that validate and render can say whose text in
// which area was edited by hand.
void write_material(std::string& out, const JointReport& r) {
  out += "# Kontrollsummor över parternas delar (skrivs av lagesbild merge; ändra dem inte).\n";
  out += "# De visar om, var och hos vilken part parternas text ändrats för hand, och om\n";
  out += "# underlaget ändrats efter ett godkännande.\n";
  if (r.material_digests.empty()) {
    out += fmt::format("underlag: {}\n", yaml_scalar(r.material_fingerprint));
    return;
  }
  out += "underlag:\n";
  out += fmt::format("  summa: {}\n", yaml_scalar(r.material_fingerprint));
  for (std::size_t i = 0; i < r.material_digests.size();) {
    const std::string& part = r.material_digests[i].part;
    std::vector<std::string> by_party;
    for (; i < r.material_digests.size() && r.material_digests[i].part == part; ++i)
      by_party.push_back(r.material_digests[i].party + ": " + yaml_scalar(r.material_digests[i].digest));
    out += fmt::format("  {}: {{{}}}\n", part, join(by_party, ", "));
  }
}

void write_header(std::string& out, const JointReport& r) {
  const std::string file = joint_file_name(r.header.period, r.header.municipality);
  out += fmt::format("# Gemensam lägesbild för {}, {}\n", r.header.municipality, swedish_month_year(r.header.period));
  out += "#\n";
  out += "# Skriven av `lagesbild merge` från parternas egna lägesbilder. Vid mötet fyller\n";
  out += "# parterna i de gemensamma delarna: mötet, gemensam trend och bedömning,\n";
  out += "# prioritet, orsaksanalys, medborgarlöften, åtgärdsplan och godkännande. Rättar\n";
  out += "# en part sin fil, kör `lagesbild merge` igen: det som skrivits vid mötet\n";
  out += "# behålls. Egna kommentarer (rader med #) kan inte behållas; skriv i fälten i\n";
  out += "# stället, t.ex. kommentar.\n";
  out += fmt::format("# Kontrollera filen med:  lagesbild validate --final {}\n", file);
  out += "\n";
  out += fmt::format("lägesbild: {}\n", kFormatVersion);
  out += fmt::format("mall: {}\n", yaml_scalar(r.header.questionnaire));
  out += "typ: gemensam\n";
  out += fmt::format("kommun: {}\n", yaml_scalar(r.header.municipality));
  out += fmt::format("period: {}\n", to_string(r.header.period));
  out += line("", "klassificering: " + to_string(r.header.classification),
              "öppen | intern | sekretess; minst den striktaste av parternas");
  out += line("", "sekretessgrund: " + optional_text(r.header.secrecy_ground), "krävs vid sekretess");
  out +=
      line("", "diarienummer:" + (r.header.registry_number.empty() ? "" : " " + yaml_scalar(r.header.registry_number)),
           "ärendets diarienummer, t.ex. KS 2026/123 (frivilligt)");
  write_meeting(out, r);
  write_carried_note(out, r);
  out += "\n";
  out += "# Parternas filer som slogs ihop (skrivs av lagesbild merge).\n";
  out += "parter:\n";
  for (const auto& p : r.parties) {
    out += line("  ", "- part: " + p.party);
    out += line("    ", "organisation: " + optional_text(p.organisation));
    out += line("    ", "upprättad: " + (p.written ? to_string(*p.written) : std::string("~")));
    out += line("    ", "upprättad_av: " + optional_text(p.written_by));
    out += line("    ", "fil: " + optional_text(p.file));
    if (!p.sources.empty()) out += line("    ", "källor: [" + join(p.sources, ", ") + "]");
    if (!p.registry_number.empty()) out += line("    ", "diarienummer: " + yaml_scalar(p.registry_number));
  }
  if (!r.missing_parties.empty()) {
    out += "# Parter som inte lämnade någon lägesbild till sammanställningen.\n";
    write_text_list(out, "", "saknade_parter", r.missing_parties);
  }
  if (!r.material_fingerprint.empty()) write_material(out, r);
}

}  // namespace

std::string observation_item(const Observation& o, bool with_party) {
  std::string out;
  if (with_party) out += line("      ", "- part: " + o.party);
  out += line(with_party ? "        " : "      - ", "vad: " + yaml_text(o.what, 8));
  if (!o.where.empty()) out += line("        ", "var: " + yaml_text(o.where, 8));
  if (!o.when.empty()) out += line("        ", "när: " + yaml_text(o.when, 8));
  if (!o.source.empty()) out += line("        ", "källa: " + yaml_scalar(o.source));
  if (o.count) out += line("        ", fmt::format("antal: {}", *o.count));
  return out;
}

namespace {

void write_area(std::string& out, const JointArea& a, const QuestionnaireArea& qa, std::size_t number) {
  out += "\n";
  out += fmt::format("  # {}. {}\n", number, qa.heading);
  out += fmt::format("  {}:\n", a.id);
  out += "    trend:\n";
  for (const auto& [party, trend] : a.party_trends) out += line("      ", party + ": " + optional_word(trend));
  out += line("      ", "gemensam: " + optional_word(a.agreed_trend),
              "överenskommen: ökande | oförändrad | minskande | okänd");
  if (a.observations.empty()) {
    out += "    iakttagelser: []\n";
  } else {
    out += "    iakttagelser:\n";
    for (const auto& o : a.observations) out += observation_item(o, true);
  }
  if (a.assessments.empty()) {
    out += "    bedömningar: {}\n";
  } else {
    out += "    bedömningar:\n";
    for (const auto& [party, text] : a.assessments) out += line("      ", party + ": " + yaml_text(text, 6));
  }
  if (a.agreed_assessment.find('\n') != std::string::npos) {
    out += "    # den överenskomna bedömningen\n";
    out += line("    ", "gemensam_bedömning: " + text_at(a.agreed_assessment, 4));
  } else {
    out += line("    ", "gemensam_bedömning: " + optional_text(a.agreed_assessment), "den överenskomna bedömningen");
  }
  out += line("    ", "prioritet: " + (a.priority ? std::to_string(*a.priority) : std::string("~")),
              "1 (högst) till 3, eller ~");
}

void write_causes(std::string& out, const JointReport& r) {
  out += "\n";
  out += "# Orsaksanalys enligt Brås problemtriangel: varför uppstår varje prioriterat\n";
  out += "# problem? Orsaker hos den som drabbas (brottsutsatt), hos den som begår brotten\n";
  out += "# (gärningsperson) och i platsen eller situationen (plats). Till exempel:\n";
  out += "#   - problem: Skadegörelse på busskurer i centrum\n";
  out += "#     område: ordningsstörningar\n";
  out += "#     orsaker:\n";
  out += "#       brottsutsatt:\n";
  out += "#         - Busskurerna saknar belysning\n";
  out += "#       gärningsperson:\n";
  out += "#         - Ungdomar utan aktivitet fredagskvällar, särskilt efter kl. 22\n";
  out += "#       plats:\n";
  out += "#         - Ingen naturlig övervakning efter kl. 22\n";
  out += "# En orsak per rad med \"- \": i en lista inom [ ] delar varje kommatecken texten.\n";
  if (r.causes.empty()) {
    out += "orsaksanalys: []\n";
    return;
  }
  out += "orsaksanalys:\n";
  for (const auto& c : r.causes) {
    out += line("  ", "- problem: " + yaml_text(c.problem, 4));
    out += line("    ", "område: " + (c.area.empty() ? std::string("~") : yaml_scalar(c.area)));
    out += "    orsaker:\n";
    write_text_list(out, "      ", "brottsutsatt", c.victim);
    write_text_list(out, "      ", "gärningsperson", c.offender);
    write_text_list(out, "      ", "plats", c.place);
    out += line("    ", "från_period: " + (c.from_period ? to_string(*c.from_period) : std::string("~")));
  }
}

void write_actions(std::string& out, const JointReport& r) {
  out += "\n";
  out += "# Åtgärdsplan med Brås kolumner: orsak, åtgärd, mål, när, vem, uppföljning.\n";
  out += "# ansvarig: en part eller gemensam; ansvarig_funktion: enheten eller rollen som\n";
  out += "# gör det; medborgarlöfte: id för löftet som åtgärden hör till, om något.\n";
  out += "# status: planerad | pågående | klar | inställd.\n";
  out += "# uppföljning: grön | gul | röd, sätts vid uppföljningen. Åtgärder som inte är\n";
  out += "# klara eller inställda följer med till nästa månad (lagesbild merge --previous).\n";
  out += "# En överförd åtgärd som inte ska göras: sätt status: inställd, så syns beslutet.\n";
  out += "# Till exempel:\n";
  out += "#   - id: Å1\n";
  out += "#     åtgärd: Förbättrad belysning vid busskurerna på Dalgatan\n";
  out += "#     område: ordningsstörningar\n";
  out += "#     orsak: Busskurerna saknar belysning\n";
  out += "#     mål: Färre anmälningar om skadegörelse under kvällstid\n";
  out += "#     ansvarig: kommun\n";
  out += "#     ansvarig_funktion: Tekniska förvaltningen\n";
  out += "#     medborgarlöfte: M1\n";
  out += "#     klart_senast: 2027-01-31\n";
  out += "#     status: planerad\n";
  out += "#     uppföljning: ~\n";
  out += "#     kommentar: \"\"\n";
  out += fmt::format("#     från_period: {}\n", to_string(r.header.period));
  if (r.actions.empty()) {
    out += "åtgärdsplan: []\n";
    return;
  }
  out += "åtgärdsplan:\n";
  for (const auto& a : r.actions) {
    out += line("  ", "- id: " + yaml_scalar(a.id));
    out += line("    ", "åtgärd: " + yaml_text(a.action, 4));
    out += line("    ", "område: " + (a.area.empty() ? std::string("~") : yaml_scalar(a.area)));
    out += line("    ", "orsak: " + text_at(a.cause, 4));
    out += line("    ", "mål: " + text_at(a.goal, 4));
    out += line("    ", "ansvarig: " + yaml_scalar(a.responsible));
    out += line("    ", "ansvarig_funktion: " + text_at(a.unit, 4));
    out += line("    ", "medborgarlöfte: " + (a.promise.empty() ? std::string("~") : yaml_scalar(a.promise)));
    out += line("    ", "klart_senast: " + (a.deadline ? to_string(*a.deadline) : std::string("~")));
    out += line("    ", "status: " + yaml_scalar(a.status));
    out += line("    ", "uppföljning: " + optional_word(a.follow_up));
    out += line("    ", "kommentar: " + text_at(a.comment, 4));
    out += line("    ", "från_period: " + (a.from_period ? to_string(*a.from_period) : std::string("~")));
  }
}

void write_approvals(std::string& out, const JointReport& r) {
  out += "\n";
  out += "# Varje parts godkännande av den gemensamma lägesbilden, t.ex.\n";
  out += "#   kommun: {datum: 2026-11-20, av: Säkerhetssamordnare}\n";
  out += "godkännande:\n";
  for (const auto& a : r.approvals) {
    if (!a.date) {
      out += line("  ", a.party + ": ~");
    } else {
      out += line("  ", fmt::format("{}: {{datum: {}, av: {}{}}}", a.party, to_string(*a.date), yaml_quoted(a.by),
                                    a.stale ? ", underlag_ändrat: true" : ""));
    }
  }
}

}  // namespace

std::string earlier_joint_comments() {
  // Comments earlier versions of lagesbild wrote: re-merging their files
  // must not take them for comments someone typed. First those of the
  // checksum and the cause lists, then those format 1.1 words differently.
  return "# Kontrollsumma över parternas delar (skrivs av lagesbild merge; ändra den inte).\n"
         "# Den visar om parternas text ändrats för hand, och om underlaget ändrats efter\n"
         "# ett godkännande.\n"
         "#       brottsutsatt: [Busskurerna saknar belysning]\n"
         "#       gärningsperson: [Ungdomar utan aktivitet fredagskvällar]\n"
         "#       plats: [Ingen naturlig övervakning efter kl. 22]\n"
         "# parterna i de gemensamma delarna: gemensam trend och bedömning, prioritet,\n"
         "# orsaksanalys, åtgärdsplan och godkännande. Rättar en part sin fil, kör\n"
         "# `lagesbild merge` igen: det som skrivits vid mötet behålls. Egna kommentarer\n"
         "# (rader med #) kan inte behållas; skriv i fälten i stället, t.ex. kommentar.\n"
         "# ansvarig: en part eller gemensam. status: planerad | pågående | klar | inställd.\n"
         "# öppna åtgärder fördes över från den månaden\n"  // once beside åtgärder_från
         // Beside åtgärder_från before the meeting's place and registry number were carried.
         "# prioriterade områden och mötesdatum. Det är förslag: bekräfta, ändra eller ta\n"
         "# bort dem vid mötet. Det som tas bort kommer inte tillbaka.\n";
}

std::string joint_report_text(const JointReport& r, const Questionnaire& q) {
  std::string out;
  write_header(out, r);
  out += "\n";
  out += "# Per fokusområde: parternas trender och iakttagelser (skrivs av lagesbild merge)\n";
  out += "# och de gemensamma fälten som fylls i vid mötet.\n";
  out += "områden:\n";
  for (std::size_t i = 0; i < q.areas.size(); ++i) {
    if (const JointArea* a = r.area(q.areas[i].id)) write_area(out, *a, q.areas[i], i + 1);
  }
  write_causes(out, r);
  write_promises(out, r);
  write_actions(out, r);
  write_approvals(out, r);
  return out;
}

}  // namespace lagesbild
