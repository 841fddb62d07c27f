// SPDX-License-Identifier: EUPL-1.2
// What status and summary say when --kommun names no municipality in the
// folders (a typo, or the wrong folder): the names there are, and the
// likeliest one.
#pragma once

#include <string>
#include <vector>

#include "core/archive/archive.hpp"

namespace lagesbild::cli {

// "inga lägesbilder hittades för Mor i den här mappen – menade du Mora?
// Kommuner där: Mora, Älvdalen", or empty when `asked` is empty or found.
std::string municipality_not_found(const Archive& archive, const std::vector<std::string>& folders,
                                   const std::string& asked);

}  // namespace lagesbild::cli
