// SPDX-License-Identifier: EUPL-1.2
// Texts that YAML cuts short or splits without a word to the official: a
// text ending at " #" (the rest is a comment) and a text in a [ ] list
// split at its commas. Both are warnings at the spot, saying what to type.
#pragma once

#include <string>

#include "core/diag/reporter.hpp"
#include "core/yaml/yaml_tree.hpp"

namespace lagesbild {

// A plain text whose line goes on with " #..." (not "# ", a comment meant
// as one): what is lost, and the text in quotes that keeps it.
void check_text_not_cut(Reporter& reporter, const YamlNode& node, const std::string& key);

// A free-text list written in [ ] whose items look like one text split at
// a comma (a parenthesis or quote opened in one item and closed in the
// next, or an item starting in lower case).
void check_not_split(Reporter& reporter, const YamlNode& list, const std::string& key);

}  // namespace lagesbild
