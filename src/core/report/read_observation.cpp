#include "core/report/read_observation.hpp"

#include <fmt/format.h>

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
  if (const auto* n = map.optional("när")) obs.when = read_text(reporter, *n, "när", TextKind::FreeText).value_or("");
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
