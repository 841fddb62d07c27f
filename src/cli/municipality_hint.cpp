// SPDX-License-Identifier: EUPL-1.2
#include "cli/municipality_hint.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "core/base/safe_text.hpp"
#include "core/base/text.hpp"

namespace lagesbild::cli {

std::string municipality_not_found(const Archive& archive, const std::vector<std::string>& folders,
                                   const std::string& asked) {
  if (asked.empty()) return {};
  const auto found = archive.municipalities();
  if (std::any_of(found.begin(), found.end(), [&](const auto& m) { return archive.answers_to(m.first, asked); }))
    return {};
  std::vector<std::string> names;
  for (const auto& m : found) names.push_back(m.second);
  const std::string where = folders == std::vector<std::string>{"."} ? "den här mappen" : join(folders, ", ");
  std::string line = fmt::format("inga lägesbilder hittades för {} i {}", safe_text(asked), safe_text(where));
  if (const auto suggestion = nearest(asked, names)) line += fmt::format(" – menade du {}?", *suggestion);
  if (!names.empty()) line += fmt::format(" Kommuner där: {}", join(names, ", "));
  return line;
}

}  // namespace lagesbild::cli
