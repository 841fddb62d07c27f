// SPDX-License-Identifier: EUPL-1.2
#include "core/report/text_cuts.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

#include "core/base/text.hpp"
#include "core/yaml/yaml_writer.hpp"

namespace lagesbild {

namespace {

// How many more ( than ) `text` has, plus one for an odd number of ".
int unbalance(const std::string& text) {
  const auto count = [&](char c) { return static_cast<int>(std::count(text.begin(), text.end(), c)); };
  return count('(') - count(')') + count('"') % 2;
}

bool starts_lower_case(const std::string& text) {
  const std::u32string letters = decode_utf8(text.substr(0, 4));
  if (letters.empty()) return false;
  const char32_t c = letters.front();
  return (c >= U'a' && c <= U'z') || c == U'å' || c == U'ä' || c == U'ö';
}

}  // namespace

// In YAML, " #" starts a comment even in the middle of a text without
// quotes: "se ärende #4711" would silently become "se ärende". A comment
// meant as one ("text   # förklaring") has a space after '#'; "#4711" not.
void check_text_not_cut(Reporter& reporter, const YamlNode& node, const std::string& key) {
  if (node.quoted || node.text.empty()) return;
  const std::string& source = reporter.source().text();
  const std::size_t end = node.offset + node.text.size();
  if (source.compare(node.offset, node.text.size(), node.text) != 0) return;  // a text over several lines
  const std::size_t line_end = std::min(source.find('\n', end), source.size());
  const std::size_t hash = source.find('#', end);
  if (hash == std::string::npos || hash >= line_end) return;
  if (hash + 1 >= line_end || source[hash + 1] == ' ') return;
  const std::string lost = source.substr(hash, source.find_last_not_of(' ', line_end - 1) + 1 - hash);
  reporter.warning(reporter.source().position_of(hash), "text-avklippt",
                   fmt::format("texten i `{}` slutar före \" #\": \"{}\" räknas som en kommentar och kommer "
                               "inte med i lägesbilden. Sätt hela texten inom citattecken för att behålla "
                               "det: `{}: {}`.",
                               key, lost, key, yaml_quoted(node.text + " " + lost)));
}

// In [a, b] every comma ends a text: "Otrygga (Lupp, 31 %)" becomes two.
// A text that opens a parenthesis or quote the next one closes, or a next
// text starting in lower case, was most likely one text split in two.
void check_not_split(Reporter& reporter, const YamlNode& list, const std::string& key) {
  if (!list.flow) return;
  for (std::size_t i = 0; i + 1 < list.items.size(); ++i) {
    const YamlNode& item = list.items[i];
    const YamlNode& next = list.items[i + 1];
    if (item.quoted || next.quoted || !item.is_scalar() || !next.is_scalar()) continue;
    if (unbalance(item.text) <= 0 && unbalance(next.text) >= 0 && !starts_lower_case(next.text)) continue;
    std::vector<std::string> parts = {item.text, next.text};
    std::size_t last = i + 1;
    while (last + 1 < list.items.size() && unbalance(join(parts, ", ")) > 0) parts.push_back(list.items[++last].text);
    reporter.warning(item.position, "delad-text",
                     fmt::format("kommatecknet delar texten i {} punkter i `{}`: \"{}\". I en lista inom "
                                 "[ ] skiljer varje kommatecken två punkter. Skriv listan med en punkt per "
                                 "rad under `{}:`, t.ex. `- {}`.",
                                 parts.size(), key, join(parts, "\" + \""), key, join(parts, ", ")));
    i = last;
  }
}

}  // namespace lagesbild
