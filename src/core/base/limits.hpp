// SPDX-License-Identifier: EUPL-1.2
// Limits on input. A real report is a few kilobytes; these are far above any
// real file and far below what could exhaust memory or time.
#pragma once

#include <cstddef>

namespace lagesbild::limits {

constexpr std::size_t kMaxFileBytes = 4 * 1024 * 1024;
constexpr std::size_t kMaxTextCharacters = 20000;  // one free-text value
constexpr int kMaxNesting = 32;                    // the format needs 6
constexpr std::size_t kMaxNodes = 20000;           // values; a year of actions is a few thousand
constexpr std::size_t kMaxListedProblems = 100;    // per file, then a summary line

}  // namespace lagesbild::limits
