// SPDX-License-Identifier: EUPL-1.2
// Finds the comments (# ...) in YAML text, so that a rewrite can tell
// whether it would lose comments that people typed into a file.
#pragma once

#include <string>
#include <vector>

namespace lagesbild {

struct Comment {
  int line = 0;            // 1-based
  std::size_t column = 0;  // 1-based byte column of '#'
  std::string text;        // after '#', trimmed
  bool glued = false;      // no space after '#' ("#2"): likely a text cut short, not a comment
};

// Comments outside quoted texts and block texts (| and >).
std::vector<Comment> find_comments(const std::string& yaml_text);

// The comments of `edited` that do not occur in `generated`.
std::vector<Comment> comments_not_in(const std::string& edited, const std::string& generated);

}  // namespace lagesbild
