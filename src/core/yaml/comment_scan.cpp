// SPDX-License-Identifier: EUPL-1.2
#include "core/yaml/comment_scan.hpp"

#include <set>

#include "core/yaml/line_scan.hpp"

namespace lagesbild {

namespace {

std::string trimmed(const std::string& s) {
  const auto first = s.find_first_not_of(" \t");
  if (first == std::string::npos) return {};
  const auto last = s.find_last_not_of(" \t");
  return s.substr(first, last - first + 1);
}

}  // namespace

std::vector<Comment> find_comments(const std::string& text) {
  std::vector<Comment> comments;
  for (const auto& line : scan_lines(text).lines) {
    if (line.comment_column == std::string::npos) continue;
    const std::string& after = line.comment;
    comments.push_back(
        {line.number, line.comment_column + 1, trimmed(after), !after.empty() && after[0] != ' ' && after[0] != '\t'});
  }
  return comments;
}

std::vector<Comment> comments_not_in(const std::string& edited, const std::string& generated) {
  std::multiset<std::string> known;
  for (const auto& c : find_comments(generated)) known.insert(c.text);
  std::vector<Comment> extra;
  for (const auto& c : find_comments(edited)) {
    const auto it = known.find(c.text);
    if (it == known.end()) {
      extra.push_back(c);
    } else {
      known.erase(it);
    }
  }
  return extra;
}

}  // namespace lagesbild
