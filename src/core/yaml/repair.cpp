// SPDX-License-Identifier: EUPL-1.2
#include "core/yaml/repair.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "core/base/limits.hpp"
#include "core/base/text.hpp"
#include "core/yaml/line_scan.hpp"
#include "core/yaml/lookalikes.hpp"

namespace lagesbild {

namespace {

struct Line {
  std::string text;
  std::string end;  // "\r\n", "\n", "\r" or "" (the last line without one)
};

bool is_space(char c) {
  return c == ' ' || c == '\t';
}

// UTF-16 as Notepad saves it ("Unicode"), with or without its BOM, to UTF-8.
std::optional<std::string> utf16_to_utf8(std::string_view bytes, bool& was_utf16) {
  was_utf16 = false;
  bool big_endian = false;
  std::size_t from = 0;
  if (bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0xFF &&
      static_cast<unsigned char>(bytes[1]) == 0xFE) {
    from = 2;
  } else if (bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0xFE &&
             static_cast<unsigned char>(bytes[1]) == 0xFF) {
    from = 2;
    big_endian = true;
  } else {
    // Without a BOM: ASCII text in UTF-16 has a NUL in every other byte.
    std::size_t even = 0, odd = 0;
    const std::size_t sample = std::min<std::size_t>(bytes.size(), 200);
    for (std::size_t i = 0; i < sample; ++i) (i % 2 ? odd : even) += bytes[i] == '\0';
    if (sample < 4 || (even + odd) * 3 < sample) return std::string(bytes);
    big_endian = even > odd;
  }
  was_utf16 = true;
  if ((bytes.size() - from) % 2 != 0) return std::nullopt;
  std::u32string text;
  for (std::size_t i = from; i < bytes.size(); i += 2) {
    const auto a = static_cast<char32_t>(static_cast<unsigned char>(bytes[i]));
    const auto b = static_cast<char32_t>(static_cast<unsigned char>(bytes[i + 1]));
    char32_t unit = big_endian ? (a << 8 | b) : (b << 8 | a);
    if (unit >= 0xD800 && unit < 0xDC00) {
      i += 2;
      if (i + 1 >= bytes.size()) return std::nullopt;
      const auto c = static_cast<char32_t>(static_cast<unsigned char>(bytes[i]));
      const auto d = static_cast<char32_t>(static_cast<unsigned char>(bytes[i + 1]));
      const char32_t low = big_endian ? (c << 8 | d) : (d << 8 | c);
      if (low < 0xDC00 || low >= 0xE000) return std::nullopt;
      unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
    } else if (unit >= 0xDC00 && unit < 0xE000) {
      return std::nullopt;
    }
    text.push_back(unit);
  }
  return encode_utf8(text);
}

std::vector<Line> split_lines(std::string_view text) {
  std::vector<Line> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t end = text.find_first_of("\r\n", start);
    if (end == std::string_view::npos) {
      lines.push_back({std::string(text.substr(start)), ""});
      break;
    }
    const std::size_t length = text[end] == '\r' && end + 1 < text.size() && text[end + 1] == '\n' ? 2 : 1;
    lines.push_back({std::string(text.substr(start, end - start)), std::string(text.substr(end, length))});
    start = end + length;
  }
  return lines;
}

std::string joined(const std::vector<Line>& lines) {
  std::string text;
  for (const Line& line : lines) text += line.text + "\n";
  return text;
}

// The file again, each line with the end it had.
std::string with_own_ends(const std::vector<Line>& lines) {
  std::string text;
  for (const Line& line : lines) text += line.text + line.end;
  return text;
}

std::size_t leading_whitespace(const std::string& s) {
  std::size_t i = 0;
  while (i < s.size() && is_space(s[i])) ++i;
  return i;
}

// The indent of `s`'s leading spaces and tabs, tabs to the next multiple of `width`.
std::size_t expanded_indent(const std::string& s, std::size_t width) {
  std::size_t column = 0;
  for (std::size_t i = 0; i < leading_whitespace(s); ++i)
    column = s[i] == '\t' ? (column / width + 1) * width : column + 1;
  return column;
}

// Trailing spaces, except on a | block's lines, where they are the text's.
void trailing_spaces(std::vector<Line>& lines, RepairResult& out) {
  const LineScan scan = scan_lines(joined(lines));
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::string& text = lines[i].text;
    std::size_t end = text.size();
    while (end > 0 && is_space(text[end - 1])) --end;
    if (end == text.size()) continue;
    const bool blank = end == 0;
    if (!blank && i < scan.lines.size() && scan.lines[i].start == ScannedLine::Start::InBlockText) continue;
    const std::size_t n = text.size() - end;
    out.changes.push_back(
        {static_cast<int>(i + 1),
         n == 1 ? "ett mellanslag i slutet av raden" : fmt::format("{} mellanslag i slutet av raden", n), "borttaget"});
    text.erase(end);
  }
}

// Tabs in an indent: as many spaces as make the lines land where the other
// lines are indented, with tab stops of 4 (Notepad++, VS Code), 8 (Notepad) or 2. A file indented
// with tabs alone gets the format's two spaces a tab.
void indent_tabs(std::vector<Line>& lines, std::optional<std::size_t> width, RepairResult& out) {
  std::vector<std::size_t> tabbed;
  std::set<std::size_t> indents = {0};
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string& text = lines[i].text;
    const std::size_t lead = leading_whitespace(text);
    if (lead == text.size()) continue;
    if (text.find('\t') < lead)
      tabbed.push_back(i);
    else if (text[lead] != '#')
      indents.insert(lead);
  }
  if (tabbed.empty()) return;
  out.tabs = true;
  if (!width && indents.size() == 1) width = 2;
  for (const std::size_t w : {4u, 8u, 2u}) {
    if (width) break;
    bool fits = true;
    for (const std::size_t i : tabbed)
      if (lines[i].text[leading_whitespace(lines[i].text)] != '#' &&
          indents.count(expanded_indent(lines[i].text, w)) == 0)
        fits = false;
    if (fits) width = w;
  }
  for (const std::size_t i : tabbed) {
    std::string& text = lines[i].text;
    if (!width) {
      out.left.push_back({static_cast<int>(i + 1), "tabb i indraget",
                          "rättas inte: det går inte att avgöra hur många mellanslag den ska bli. Ersätt tabben "
                          "med mellanslag så att raden hamnar rakt under de rader den hör till"});
      continue;
    }
    const std::size_t spaces = expanded_indent(text, *width);
    const std::size_t lead = leading_whitespace(text);
    out.changes.push_back({static_cast<int>(i + 1), "tabb i indraget",
                           spaces == 1 ? "ett mellanslag" : fmt::format("{} mellanslag", spaces)});
    text.replace(0, lead, std::string(spaces, ' '));
  }
}

void lookalikes(std::vector<Line>& lines, RepairResult& out) {
  // A look-alike quote may hide the lines after it: again until none is left.
  for (int round = 0; round < 32; ++round) {
    const std::vector<LookalikeHit> hits = find_lookalikes(joined(lines));
    if (hits.empty()) return;
    std::vector<std::vector<LineEdit>> edits(lines.size());
    for (const LookalikeHit& hit : hits) {
      const LookalikeChange change = lookalike_change(hit);
      out.changes.push_back({hit.line, change.before, change.after});
      auto& on_line = edits[static_cast<std::size_t>(hit.line - 1)];
      on_line.insert(on_line.end(), hit.edits.begin(), hit.edits.end());
    }
    for (std::size_t i = 0; i < lines.size(); ++i)
      if (!edits[i].empty()) lines[i].text = apply_edits(lines[i].text, edits[i]);
  }
}

}  // namespace

RepairResult repair_text(std::string_view bytes, std::optional<std::size_t> tab_width) {
  RepairResult out;
  if (bytes.size() > limits::kMaxFileBytes) {
    out.problem = "filen är för stor för en lägesbild";
    return out;
  }
  bool was_utf16 = false;
  std::optional<std::string> text = utf16_to_utf8(bytes, was_utf16);
  if (!text) {
    out.problem = "filen ser ut att vara sparad som UTF-16 men går inte att läsa som det";
    return out;
  }
  if (was_utf16) out.changes.push_back({1, "teckenkodningen UTF-16 (Unicode)", "UTF-8"});
  if (text->compare(0, 3, "\xEF\xBB\xBF") == 0) {
    text->erase(0, 3);
    if (!was_utf16) out.changes.push_back({1, "en byte order mark (BOM) i början av filen", "borttagen"});
  }
  if (text->find('\0') != std::string::npos) {
    out.problem = "filen innehåller binära data och är ingen textfil";
    return out;
  }
  if (find_invalid_utf8(*text) != std::string_view::npos) {
    out.problem =
        "filen är inte sparad som UTF-8 (troligen Windows-1252, ANSI), och --fix gissar inte teckenkodning. "
        "Spara den som UTF-8 och kör igen";
    return out;
  }
  std::vector<Line> lines = split_lines(*text);
  trailing_spaces(lines, out);
  indent_tabs(lines, tab_width, out);
  lookalikes(lines, out);
  out.bytes = with_own_ends(lines);
  return out;
}

std::string respell_keys(std::string_view bytes, const std::vector<KeyRespelling>& keys,
                         std::vector<RepairChange>& changes) {
  std::vector<Line> lines = split_lines(bytes);
  // Right to left on a line (`{Trend: x, Orsak: y}`), so that columns still hold.
  std::vector<KeyRespelling> ordered(keys.begin(), keys.end());
  std::sort(ordered.begin(), ordered.end(), [](const KeyRespelling& a, const KeyRespelling& b) {
    return a.line != b.line ? a.line < b.line : a.column > b.column;
  });
  std::vector<RepairChange> made;
  for (const KeyRespelling& key : ordered) {
    if (key.line < 1 || static_cast<std::size_t>(key.line) > lines.size() || key.column < 1) continue;
    std::string& text = lines[static_cast<std::size_t>(key.line - 1)].text;
    std::size_t at = 0;  // the column's byte
    for (int column = 1; column < key.column && at < text.size(); ++column) do
        ++at;
      while (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80);
    if (text.compare(at, key.written.size(), key.written) != 0) continue;
    std::size_t after = at + key.written.size();
    while (after < text.size() && text[after] == ' ') ++after;
    if (after >= text.size() || text[after] != ':') continue;  // not the plain key the message was about
    text.replace(at, key.written.size(), key.known);
    made.push_back({key.line, fmt::format("nyckeln `{}`", key.written), fmt::format("`{}`", key.known)});
  }
  changes.insert(changes.end(), made.begin(), made.end());
  return with_own_ends(lines);
}

}  // namespace lagesbild
