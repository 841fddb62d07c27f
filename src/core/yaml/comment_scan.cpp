#include "core/yaml/comment_scan.hpp"

#include <set>

namespace lagesbild {

namespace {

std::string trimmed(const std::string& s) {
  const auto first = s.find_first_not_of(" \t");
  if (first == std::string::npos) return {};
  const auto last = s.find_last_not_of(" \t");
  return s.substr(first, last - first + 1);
}

// A quote opens a quoted text only where a value starts: at the start of the
// line, or after "key:", "- ", "[", "{" or ",". Inside a plain text it is
// just a character.
bool value_starts_here(const std::string& line, std::size_t at) {
  std::size_t i = at;
  while (i > 0 && (line[i - 1] == ' ' || line[i - 1] == '\t')) --i;
  if (i == 0) return true;
  const char before = line[i - 1];
  return before == ':' || before == '-' || before == '[' || before == '{' || before == ',';
}

std::size_t indent_of(const std::string& line) {
  const auto first = line.find_first_not_of(' ');
  return first == std::string::npos ? line.size() : first;
}

// "key: |", "- >-", "key: |2": a block text starts on the next line.
bool opens_block_text(const std::string& code) {
  const std::string t = trimmed(code);
  if (t.empty()) return false;
  std::size_t i = t.size();
  while (i > 0 && (t[i - 1] == '-' || t[i - 1] == '+' || (t[i - 1] >= '0' && t[i - 1] <= '9'))) --i;
  if (i == 0 || (t[i - 1] != '|' && t[i - 1] != '>')) return false;
  if (i == 1) return true;
  const char before = t[i - 2];
  return before == ' ' || before == ':';
}

}  // namespace

std::vector<Comment> find_comments(const std::string& text) {
  std::vector<Comment> comments;
  char open_quote = 0;       // a quoted text running over lines
  long block_parent = -1;    // indent of the line that opened a block text
  int number = 0;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    const std::string line = text.substr(start, end - start);
    start = end + 1;
    ++number;
    if (block_parent >= 0) {
      if (trimmed(line).empty() || static_cast<long>(indent_of(line)) > block_parent) continue;
      block_parent = -1;
    }
    std::size_t i = 0;
    std::string code;  // the line without its comment
    while (i < line.size()) {
      const char c = line[i];
      if (open_quote) {
        if (open_quote == '"' && c == '\\') {
          i += 2;
          continue;
        }
        if (c == open_quote) {
          if (open_quote == '\'' && i + 1 < line.size() && line[i + 1] == '\'') {
            i += 2;
            continue;
          }
          open_quote = 0;
        }
        ++i;
        continue;
      }
      if (c == '#' && (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t')) {
        const std::string after = line.substr(i + 1);
        comments.push_back({number, i + 1, trimmed(after), !after.empty() && after[0] != ' ' && after[0] != '\t'});
        break;
      }
      if ((c == '"' || c == '\'') && value_starts_here(line, i)) open_quote = c;
      code.push_back(c);
      ++i;
    }
    if (!open_quote && opens_block_text(code)) block_parent = static_cast<long>(indent_of(line));
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
