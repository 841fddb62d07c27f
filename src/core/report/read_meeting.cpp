// SPDX-License-Identifier: EUPL-1.2
// The meeting and the citizen promises (lagesbild(5) §6).
#include "core/report/read_meeting.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "core/base/text.hpp"
#include "core/report/field_reader.hpp"

namespace lagesbild {

namespace {

// How a person is written, for every message about one: a role and the
// party, or a role and the organisation of a guest.
const char* const kAttendeeExample =
    "`- {part: kommun, roll: Säkerhetssamordnare}`, eller för en gäst `- {roll: Rektor, organisation: "
    "Högstadieskolan}`";

std::optional<Attendee> read_attendee(Reporter& reporter, const YamlNode& item, const Questionnaire& q) {
  if (item.is_scalar()) {
    reporter.error(item.position, "fel-typ",
                   fmt::format("en person under `närvarande` skrivs med roll och part eller organisation: {}. "
                               "Namn behövs inte.",
                               kAttendeeExample));
    return std::nullopt;
  }
  MappingReader map(reporter, item, "en person under `närvarande`");
  if (!map.is_mapping()) return std::nullopt;
  Attendee a;
  a.position = item.position;
  if (const auto* n = map.optional("part")) a.party = read_choice(reporter, *n, "part", q.parties).value_or("");
  if (const auto* n = map.required("roll", "Skriv personens roll, t.ex. Säkerhetssamordnare eller Kommunpolis."))
    a.role = read_nonempty_text(reporter, *n, "roll", TextKind::FreeText).value_or("");
  if (const auto* n = map.optional("organisation"))
    a.organisation = read_text(reporter, *n, "organisation", TextKind::FreeText).value_or("");
  if (const auto* n = map.optional("namn")) a.name = read_text(reporter, *n, "namn", TextKind::FreeText).value_or("");
  if (!map.has_key("part") && a.organisation.empty() && !a.role.empty())
    reporter.warning(item.position, "narvarande-utan-part",
                     fmt::format("{} står utan part och organisation, så dokumentet kan inte säga vem personen "
                                 "företrädde. Skriv part: ({}) eller, för en gäst, organisation:.",
                                 a.role, list_alternatives(q.parties, "eller")));
  map.finish();
  return a;
}

// "2026" or "2026-01..2026-12": the months a promise is in force.
std::optional<PeriodRange> read_period_range(Reporter& reporter, const YamlNode& node, const std::string& key) {
  if (node.is_scalar()) {
    if (auto range = parse_period_range(node.text)) return range;
    const std::size_t dots = node.text.find("..");
    const auto from = dots == std::string::npos ? std::nullopt : parse_period(node.text.substr(0, dots));
    const auto to = dots == std::string::npos ? std::nullopt : parse_period(node.text.substr(dots + 2));
    if (from && to) {
      reporter.error(node.position, "ogiltig-period",
                     fmt::format("`{}`: {} slutar före den börjar. Skriv den första månaden först, t.ex. {}..{}.", key,
                                 node.text, to_string(*to), to_string(*from)));
      return std::nullopt;
    }
  }
  reporter.error(node.position, "ogiltig-period",
                 fmt::format("`{}` ska vara ett år, t.ex. 2026, eller månader skrivna ÅÅÅÅ-MM..ÅÅÅÅ-MM, t.ex. "
                             "2026-01..2026-12, men här står {}.",
                             key, describe(node)));
  return std::nullopt;
}

}  // namespace

Meeting read_meeting(Reporter& reporter, const YamlNode& node, const Questionnaire& q) {
  Meeting m;
  MappingReader map(reporter, node, "`möte`");
  if (!map.is_mapping()) return m;
  if (const auto* n = map.optional("datum")) m.date = read_date(reporter, *n, "datum");
  if (const auto* n = map.optional("plats"))
    m.place = read_text(reporter, *n, "plats", TextKind::FreeText).value_or("");
  if (const auto* list = map.optional("närvarande")) {
    for_each_item(reporter, *list, "närvarande", fmt::format("Skriv en rad per person: {}.", kAttendeeExample),
                  [&](const YamlNode& item) {
                    if (auto a = read_attendee(reporter, item, q)) m.present.push_back(std::move(*a));
                  });
  }
  if (const auto* n = map.optional("nästa_möte")) {
    m.next = read_date(reporter, *n, "nästa_möte");
    if (m.date && m.next && !(*m.date < *m.next))
      reporter.warning(n->position, "nasta-mote",
                       fmt::format("nästa_möte ({}) ligger inte efter mötets datum ({}). Kontrollera datumen.",
                                   to_string(*m.next), to_string(*m.date)));
  }
  map.finish();
  return m;
}

std::vector<Promise> read_promises(Reporter& reporter, const YamlNode& list, const Period& period) {
  std::vector<Promise> promises;
  std::set<std::string> ids;
  for_each_item(reporter, list, "medborgarlöften", "Varje löfte börjar med `- id:`.", [&](const YamlNode& item) {
    MappingReader map(reporter, item, "ett löfte i `medborgarlöften`");
    if (!map.is_mapping()) return;
    Promise p;
    p.position = item.position;
    if (const auto* n = map.required("id", "Ge löftet ett id, t.ex. M1.")) {
      p.id = read_nonempty_text(reporter, *n, "id", TextKind::Word).value_or("");
      if (!p.id.empty() && !ids.insert(p.id).second)
        reporter.error(n->position, "dubblett-id",
                       fmt::format("löftets id `{}` används redan under medborgarlöften. Varje löfte behöver "
                                   "ett eget id, t.ex. {}.",
                                   p.id, first_free_id(list, "M")));
    }
    if (const auto* n =
            map.required("löfte", "Skriv löftet, t.ex. \"Vi ska öka vuxennärvaron i centrum fredagskvällar.\""))
      p.text = read_nonempty_text(reporter, *n, "löfte", TextKind::FreeText).value_or("");
    if (const auto* n = map.required("gäller",
                                     "Skriv året löftet gäller, t.ex. 2026, eller månaderna, t.ex. "
                                     "2026-01..2026-12.")) {
      if (auto range = read_period_range(reporter, *n, "gäller")) {
        p.valid = *range;
        if (period.year != 0 && !range->contains(period))
          reporter.warning(n->position, "lofte-galler-inte",
                           fmt::format("löftet {} gäller {}, inte {} som lägesbilden beskriver. Ta bort löftet "
                                       "om det inte gäller längre, eller rätta gäller.",
                                       p.id, to_string(*range), to_string(period)));
      }
    }
    map.finish();
    promises.push_back(std::move(p));
  });
  return promises;
}

void report_joint_only_keys(Reporter& reporter, MappingReader& root) {
  for (const std::string key : {"möte", "medborgarlöften"}) {
    const auto at = root.key_position(key);
    root.allow(key);
    if (!at) continue;
    reporter.error(*at, "bara-gemensam",
                   fmt::format("`{}` hör till den gemensamma lägesbilden (typ: gemensam), inte till en parts egen. "
                               "Ta bort det här och skriv det i den gemensamma filen som lagesbild merge skriver.",
                               key));
  }
}

}  // namespace lagesbild
