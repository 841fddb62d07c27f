// SPDX-License-Identifier: EUPL-1.2
#include "core/report/read_observation.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "core/base/text.hpp"
#include "core/diag/reporter.hpp"
#include "core/report/field_reader.hpp"

namespace lagesbild {

namespace {

constexpr long kMaxCount = 100000;

}  // namespace

Observation read_observation(Reporter& reporter, const YamlNode& node, const Questionnaire& q,
                             const std::vector<std::string>* parties) {
  Observation obs;
  obs.position = node.position;
  if (node.is_scalar()) {
    reporter.error(node.position, "fel-typ",
                   "en iakttagelse ska ha nycklar: skriv `- vad: ...` och på raderna under, med samma "
                   "indrag som vad, `var:`, `när:`, `källa:` och `antal:` om de behövs.");
    return obs;
  }
  MappingReader map(reporter, node, "iakttagelsen");
  if (!map.is_mapping()) return obs;
  if (parties) {
    if (const auto* n = map.required("part")) obs.party = read_choice(reporter, *n, "part", *parties).value_or("");
  }
  if (const auto* n = map.required("vad", "Beskriv vad som har hänt.")) {
    obs.what = read_nonempty_text(reporter, *n, "vad", TextKind::FreeText, "Beskriv vad som har hänt.").value_or("");
  }
  if (const auto* n = map.optional("var")) obs.where = read_text(reporter, *n, "var", TextKind::FreeText).value_or("");
  if (const auto* n = map.optional("när")) {
    obs.when = read_text(reporter, *n, "när", TextKind::FreeText).value_or("");
    // Free text ("helger, kvällstid"), but one written as a date should be one.
    const std::string& w = obs.when;
    const bool date_shaped = w.size() == 10 && w[4] == '-' && w[7] == '-' &&
                             std::all_of(w.begin(), w.end(), [](char c) { return (c >= '0' && c <= '9') || c == '-'; });
    if (date_shaped && !parse_date(w))
      reporter.warning(n->position, "ogiltigt-datum",
                       fmt::format("`när` ser ut som ett datum, men {} finns inte. Skriv ett riktigt datum "
                                   "(ÅÅÅÅ-MM-DD, t.ex. 2026-10-17) eller med ord, t.ex. \"helger, kvällstid\".",
                                   w));
  }
  // The template's example lines, uncommented but not rewritten.
  for (const char* key : {"vad", "var", "när"}) {
    const YamlNode* n = map.node().find(key);
    if (!n || !n->is_scalar()) continue;
    const std::string& t = n->text;
    const auto ends_with = [&](std::string_view tail) {
      return t.size() >= tail.size() && t.compare(t.size() - tail.size(), tail.size(), tail) == 0;
    };
    if (ends_with("(krävs)") || ends_with("(frivilligt)"))
      reporter.error(n->position, "platshallare",
                     fmt::format("`{}` innehåller fortfarande mallens exempeltext. Skriv det som gäller, eller ta "
                                 "bort raden om uppgiften är frivillig.",
                                 key));
  }
  if (const auto* n = map.optional("källa")) obs.source = read_choice(reporter, *n, "källa", q.sources).value_or("");
  if (const auto* n = map.optional("antal")) obs.count = read_integer(reporter, *n, "antal", 1, kMaxCount);
  map.finish();
  return obs;
}

}  // namespace lagesbild
