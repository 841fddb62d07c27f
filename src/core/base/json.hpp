// SPDX-License-Identifier: EUPL-1.2
// Just enough JSON writing for diagnostics and summaries.
#pragma once

#include <string>
#include <string_view>

namespace lagesbild {

// A JSON string literal, with quotes, escaping what JSON requires.
std::string json_string(std::string_view text);

}  // namespace lagesbild
