// SPDX-License-Identifier: EUPL-1.2
#include "core/yaml/yaml_writer.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "core/base/json.hpp"
#include "core/base/text.hpp"

namespace lagesbild {

// A JSON string is a valid YAML double-quoted scalar with the same escapes.
std::string yaml_quoted(std::string_view text) {
  return json_string(text);
}

std::string yaml_scalar(std::string_view text) {
  static const std::string_view kIndicators = "-?:,[]{}#&*!|>'\"%@`";
  static const char* const kReserved[] = {"true", "false", "yes", "no", "on", "off", "null", "y", "n", "~"};
  if (text.empty() || text.front() == ' ' || text.back() == ' ' || text.back() == ':') return yaml_quoted(text);
  if (kIndicators.find(text.front()) != std::string_view::npos) return yaml_quoted(text);
  if (text.find(": ") != std::string_view::npos || text.find(" #") != std::string_view::npos) return yaml_quoted(text);
  if (std::any_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20; }))
    return yaml_quoted(text);
  const std::string lower = lowercase_ascii(text);
  for (const char* word : kReserved)
    if (lower == word) return yaml_quoted(text);
  // Numbers would read back as numbers in other YAML tools.
  const bool numeric = std::all_of(text.begin(), text.end(), [](char c) {
    return (c >= '0' && c <= '9') || c == '.' || c == '+' || c == '-' || c == 'e' || c == 'E' || c == '_';
  });
  const bool date_like = text.size() >= 7 && text[4] == '-';  // 2026-11, 2026-12-02 stay plain
  if (numeric && !date_like) return yaml_quoted(text);
  return std::string(text);
}

std::string yaml_text(std::string_view text, std::size_t indent) {
  if (text.find('\n') == std::string_view::npos) return yaml_scalar(text);
  // A literal block keeps every line as typed. It cannot hold a first line
  // that starts with a space, trailing spaces, tabs or more than one final
  // line break without indicators; those stay quoted.
  const bool ends_with_break = text.back() == '\n';
  const std::string_view body = ends_with_break ? text.substr(0, text.size() - 1) : text;
  if (body.empty() || body.front() == ' ' || body.back() == '\n' || body.find('\t') != std::string_view::npos ||
      body.find(" \n") != std::string_view::npos || body.back() == ' ' ||
      std::any_of(body.begin(), body.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20 && c != '\n'; }))
    return yaml_quoted(text);
  const std::string pad(indent + 2, ' ');
  std::string out = ends_with_break ? "|" : "|-";
  std::size_t start = 0;
  while (start <= body.size()) {
    std::size_t end = body.find('\n', start);
    if (end == std::string_view::npos) end = body.size();
    const std::string_view line = body.substr(start, end - start);
    out += "\n" + (line.empty() ? std::string() : pad + std::string(line));
    start = end + 1;
  }
  return out;
}

std::string with_comment(const std::string& key_value, std::size_t column, const std::string& comment) {
  const std::size_t length = count_code_points(key_value);
  return key_value + std::string(length + 2 > column ? 2 : column - length, ' ') + "# " + comment + "\n";
}

}  // namespace lagesbild
