// SPDX-License-Identifier: EUPL-1.2
#include "core/report/meeting_writer.hpp"

#include <fmt/format.h>

#include "core/base/text.hpp"
#include "core/yaml/yaml_writer.hpp"

namespace lagesbild {

namespace {

// Where comments start in the joint file: its keys sit deeper than a
// party's, so two columns further right than there.
constexpr std::size_t kCommentColumn = 32;

// A value inside `{...}`: a comma or a bracket would end it early there, so
// such a text is quoted even where it could stand plain after "key: ".
std::string flow_scalar(const std::string& text) {
  return text.find_first_of(",[]{}") == std::string::npos ? yaml_scalar(text) : yaml_quoted(text);
}

std::string attendee(const Attendee& a) {
  std::vector<std::string> fields;
  if (!a.party.empty()) fields.push_back("part: " + a.party);
  fields.push_back("roll: " + flow_scalar(a.role));
  if (!a.organisation.empty()) fields.push_back("organisation: " + flow_scalar(a.organisation));
  if (!a.name.empty()) fields.push_back("namn: " + flow_scalar(a.name));
  return "- {" + join(fields, ", ") + "}";
}

std::string date_or_empty(const std::optional<Date>& d) {
  return d ? " " + to_string(*d) : std::string();
}

}  // namespace

std::string joint_line(const std::string& indent, const std::string& key_value, const std::string& comment) {
  if (comment.empty()) return indent + key_value + "\n";
  return with_comment(indent + key_value, kCommentColumn, comment);
}

void write_meeting(std::string& out, const JointReport& r) {
  const Meeting& m = r.meeting;
  out += "\n";
  out += "# Mötet som kom överens om den gemensamma lägesbilden. Närvarande: en rad per\n";
  out += "# person, med roll och part, eller roll och organisation för en gäst; namn behövs\n";
  out += "# inte. merge --previous föreslår förra mötets nästa_möte som datum. Till exempel:\n";
  out += "#   närvarande:\n";
  out += "#     - {part: kommun, roll: Säkerhetssamordnare}\n";
  out += "#     - {roll: Rektor, organisation: Högstadieskolan}\n";
  out += "möte:\n";
  out += joint_line("  ", "datum:" + date_or_empty(m.date), "När hölls mötet? (ÅÅÅÅ-MM-DD)");
  // One line, quoted if need be: a block text could not carry the comment.
  out +=
      joint_line("  ", "plats:" + (m.place.empty() ? std::string() : " " + yaml_scalar(m.place)), "Var hölls mötet?");
  // Empty, not []: the people are typed on the lines under it, which "[]"
  // would turn into a YAML error.
  out += joint_line("  ", "närvarande:", "Vilka var med? En rad per person, som i exemplet");
  for (const auto& a : m.present) out += joint_line("    ", attendee(a));
  out += joint_line("  ", "nästa_möte:" + date_or_empty(m.next), "När är nästa möte? (ÅÅÅÅ-MM-DD)");
}

void write_carried_note(std::string& out, const JointReport& r) {
  if (!r.actions_from) return;
  out += "\n";
  out += fmt::format("# Fört över från {} med lagesbild merge --previous, en gång: öppna\n",
                     swedish_month_year(*r.actions_from));
  out += "# åtgärder, medborgarlöften som gäller, prioriteringar, orsaksanalyser för\n";
  out += "# prioriterade områden, mötesdatum, mötesplats och diarienummer. Det är förslag:\n";
  out += "# bekräfta, ändra eller ta bort dem vid mötet. Det som tas bort kommer inte tillbaka.\n";
  out += fmt::format("åtgärder_från: {}\n", to_string(*r.actions_from));
}

void write_promises(std::string& out, const JointReport& r) {
  out += "\n";
  out += "# Medborgarlöften som gäller: id, löftet och när det gäller (ett år, t.ex. 2026,\n";
  out += "# eller månader, t.ex. 2026-01..2026-12). En åtgärd som hör till ett löfte anger\n";
  out += "# dess id under medborgarlöfte. Till exempel:\n";
  out += "#   - id: M1\n";
  out += "#     löfte: Vi ska öka vuxennärvaron i centrum fredagskvällar.\n";
  out += "#     gäller: 2026\n";
  out += "medborgarlöften:\n";  // empty rather than []: the promises go on the lines under it
  for (const auto& p : r.promises) {
    out += joint_line("  ", "- id: " + yaml_scalar(p.id));
    out += joint_line("    ", "löfte: " + yaml_text(p.text, 4));
    out += joint_line("    ", "gäller: " + to_string(p.valid));
  }
}

}  // namespace lagesbild
