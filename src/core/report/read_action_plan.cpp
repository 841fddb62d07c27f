// SPDX-License-Identifier: EUPL-1.2
#include "core/report/read_action_plan.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "core/base/text.hpp"
#include "core/report/field_reader.hpp"

namespace lagesbild {

namespace {

// `ansvarig` is the party; a unit or a role written there belongs in
// `ansvarig_funktion` (lagesbild(5) §6), and a near miss of a party is a typo.
// `unit_written`: the action has its own ansvarig_funktion line already.
std::string read_responsible(Reporter& reporter, const YamlNode& n, const std::vector<std::string>& responsible,
                             bool unit_written) {
  const bool unit = n.is_scalar() && !n.text.empty() &&
                    std::find(responsible.begin(), responsible.end(), n.text) == responsible.end() &&
                    !nearest(n.text, responsible);
  if (!unit) return read_choice(reporter, n, "ansvarig", responsible).value_or("");
  const std::string party = lowercase_ascii(n.text).find("polis") != std::string::npos ? "polis" : "kommun";
  const std::string what = fmt::format("`ansvarig` är den part som ansvarar ({}), inte \"{}\".",
                                       list_alternatives(responsible, "eller"), n.text);
  reporter.error(n.position, "otillatet-varde",
                 unit_written ? fmt::format("{} Skriv ansvarig: {}; enheten eller rollen som gör åtgärden står "
                                            "under ansvarig_funktion.",
                                            what, party)
                              : fmt::format("{} Enheten eller rollen som gör åtgärden skrivs under "
                                            "ansvarig_funktion: skriv ansvarig: {} och på raden under "
                                            "ansvarig_funktion: {}.",
                                            what, party, n.text));
  return {};
}

// The promise an action serves must be one of the file's own.
void check_promise_reference(Reporter& reporter, const YamlNode& n, const std::string& id,
                             const std::vector<std::string>& promise_ids) {
  if (id.empty() || std::find(promise_ids.begin(), promise_ids.end(), id) != promise_ids.end()) return;
  if (promise_ids.empty()) {
    reporter.error(n.position, "okant-lofte",
                   fmt::format("åtgärden hör till medborgarlöftet `{}`, men filen har inga medborgarlöften. Lägg till "
                               "löftet under `medborgarlöften:` (id, löfte, gäller), eller ta bort raden.",
                               id));
    return;
  }
  std::string message = fmt::format("medborgarlöftet `{}` finns inte under `medborgarlöften`.", id);
  if (const auto suggestion = nearest(id, promise_ids)) message += fmt::format(" Menade du `{}`?", *suggestion);
  message += fmt::format(" Löftena i filen: {}.", join(promise_ids, ", "));
  reporter.error(n.position, "okant-lofte", message);
}

}  // namespace

std::vector<Action> read_action_plan(Reporter& reporter, const YamlNode& list, const Questionnaire& q,
                                     const std::vector<std::string>& promise_ids) {
  std::vector<Action> actions;
  std::vector<std::string> responsible = q.parties;  // a party missing this month may still own an action
  responsible.push_back(words::kJoint);
  std::set<std::string> ids;
  for_each_item(reporter, list, "åtgärdsplan", "Varje åtgärd börjar med `- id:`.", [&](const YamlNode& item) {
    MappingReader map(reporter, item, "en åtgärd i `åtgärdsplan`");
    if (!map.is_mapping()) return;
    Action a;
    a.position = item.position;
    if (const auto* n = map.required("id", "Ge åtgärden ett id, t.ex. Å1.")) {
      a.id = read_nonempty_text(reporter, *n, "id", TextKind::Word).value_or("");
      if (!a.id.empty() && !ids.insert(a.id).second)
        reporter.error(n->position, "dubblett-id",
                       fmt::format("åtgärds-id:t `{}` används redan i åtgärdsplanen. Varje åtgärd behöver ett "
                                   "eget id, t.ex. {}.",
                                   a.id, first_free_id(list, "Å")));
    }
    if (const auto* n = map.required("åtgärd", "Beskriv vad som ska göras."))
      a.action = read_nonempty_text(reporter, *n, "åtgärd", TextKind::FreeText).value_or("");
    if (const auto* n = map.optional("område")) a.area = read_choice(reporter, *n, "område", q.area_ids()).value_or("");
    if (const auto* n = map.optional("orsak"))
      a.cause = read_text(reporter, *n, "orsak", TextKind::FreeText).value_or("");
    if (const auto* n = map.optional("mål")) a.goal = read_text(reporter, *n, "mål", TextKind::FreeText).value_or("");
    if (const auto* n = map.required("ansvarig", fmt::format("Skriv {}.", list_alternatives(responsible, "eller"))))
      a.responsible = read_responsible(reporter, *n, responsible, map.has_key("ansvarig_funktion"));
    if (const auto* n = map.optional("ansvarig_funktion"))
      a.unit = read_text(reporter, *n, "ansvarig_funktion", TextKind::FreeText).value_or("");
    if (const auto* n = map.optional("medborgarlöfte")) {
      a.promise = read_text(reporter, *n, "medborgarlöfte", TextKind::Word).value_or("");
      check_promise_reference(reporter, *n, a.promise, promise_ids);
    }
    if (const auto* n = map.optional("klart_senast")) a.deadline = read_date(reporter, *n, "klart_senast");
    if (const auto* n = map.required("status", "Skriv planerad, pågående, klar eller inställd."))
      a.status = read_choice(reporter, *n, "status", action_status_words()).value_or(words::kPlanned);
    if (const auto* n = map.optional("uppföljning"))
      a.follow_up = read_choice(reporter, *n, "uppföljning", follow_up_words());
    if (const auto* n = map.optional("kommentar"))
      a.comment = read_text(reporter, *n, "kommentar", TextKind::FreeText).value_or("");
    if (const auto* n = map.optional("från_period")) a.from_period = read_period(reporter, *n, "från_period");
    map.finish();
    actions.push_back(std::move(a));
  });
  return actions;
}

}  // namespace lagesbild
