// SPDX-License-Identifier: EUPL-1.2
#include "core/render/markdown_writer.hpp"

#include <fmt/format.h>

#include "core/base/json.hpp"

namespace lagesbild {

namespace {

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// Escapes one line of text (no line breaks).
std::string escape_line(std::string_view text) {
  // Always markup somewhere: in CommonMark, GFM tables, pandoc (math, raw
  // TeX, citations, attributes, smart quotes, footnotes, super/subscript).
  static constexpr std::string_view kAlways = "\\`*_[]<>|$&~^@{}\"'#!=";
  std::string out;
  std::size_t i = 0;
  // Leading spaces would make an indented code block: keep them as text.
  while (i < text.size() && text[i] == ' ') {
    out += "&#32;";
    ++i;
  }
  const std::size_t start = i;
  for (; i < text.size(); ++i) {
    const char c = text[i];
    const bool at_start = i == start;
    if (kAlways.find(c) != std::string_view::npos) {
      out += '\\';
      out += c;
    } else if ((c == '-' || c == '+') && at_start) {
      out += '\\';  // a list item or thematic break
      out += c;
    } else if (c == '-' && i + 1 < text.size() && text[i + 1] == '-') {
      out += "\\-";  // pandoc's smart dashes
    } else if (c == '.' && i + 2 < text.size() && text[i + 1] == '.' && text[i + 2] == '.') {
      out += "\\.";  // pandoc's smart ellipsis
    } else if ((c == '.' || c == ')') && i > start && is_digit(text[i - 1])) {
      // "1." or "1)" at the start would begin an ordered list.
      bool only_digits = true;
      for (std::size_t k = start; k < i; ++k) only_digits = only_digits && is_digit(text[k]);
      if (only_digits) out += '\\';
      out += c;
    } else if (c == ':' && at_start) {
      out += "\\:";  // pandoc definition lists
    } else if (c == '\t') {
      out += ' ';
    } else {
      out += c;
    }
  }
  // Trailing spaces would be a hard line break.
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string render_inline(const Inline& spans) {
  std::string out;
  for (std::size_t i = 0; i < spans.size(); ++i) {
    const Span& s = spans[i];
    const std::size_t first = s.text.find_first_not_of(' ');
    if (first == std::string::npos) {
      if (!out.empty() && i + 1 < spans.size()) out += s.text;
      continue;
    }
    // Spaces between spans are plain spaces, and outside any emphasis, which
    // must hug its text. Only at the start of a line would they make code (so
    // they are escaped there), and at its end a hard line break (so they go).
    const std::size_t last = s.text.find_last_not_of(' ');
    std::string before;
    for (std::size_t k = 0; k < first; ++k) before += out.empty() ? "&#32;" : " ";
    const std::string after = i + 1 < spans.size() ? s.text.substr(last + 1) : std::string();
    const std::string text = s.text.substr(first, last - first + 1);
    std::string body = escape_markdown(text);
    if (s.strong || s.emphasis) {
      // Punctuation it begins with stays outside the markers: CommonMark opens
      // ** before a comma only after a space or punctuation, so
      // "planerad**, försenad**" would print its stars. (At its end, before
      // a space or the end of the line, as in "**Trend:** ", it may stand.)
      const std::size_t from = text.find_first_not_of(" ,.;:");
      const std::string marker = s.strong ? "**" : "*";
      if (from != std::string::npos) {
        const std::string lead = text.substr(0, from);  // ", ": the space goes with escaping, so it is put back
        const std::size_t spaces = lead.size() - (lead.find_last_not_of(' ') + 1);
        body = escape_markdown(lead) + std::string(spaces, ' ') + marker + escape_markdown(text.substr(from)) + marker;
      }
    }
    out += before + body + after;
  }
  return out;
}

// In a table cell a line break cannot stand: an official's line breaks
// (written with |) become <br>, which CommonMark, GFM and pandoc's HTML keep;
// the space before it keeps the words apart where <br> is dropped (LaTeX).
std::string cell(const Inline& spans) {
  std::vector<Inline> lines(1);
  for (const auto& s : spans) {
    std::size_t start = 0;
    for (std::size_t end = s.text.find('\n'); end != std::string::npos; end = s.text.find('\n', start)) {
      lines.back().push_back(Span{s.text.substr(start, end - start), s.strong, s.emphasis, s.role});
      lines.emplace_back();
      start = end + 1;
    }
    lines.back().push_back(Span{s.text.substr(start), s.strong, s.emphasis, s.role});
  }
  std::string text;
  for (const auto& line : lines) text += (text.empty() ? "" : " <br>") + render_inline(line);
  return text.empty() ? " " : text;
}

}  // namespace

std::string escape_markdown(std::string_view text) {
  std::string out;
  std::size_t start = 0;
  while (true) {
    const std::size_t end = text.find('\n', start);
    out += escape_line(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    if (end == std::string_view::npos) break;
    out += "\\\n";  // a hard line break that keeps the official's lines
    start = end + 1;
  }
  return out;
}

std::string markdown_text(const Document& doc) {
  std::string out;
  // pandoc reads metadata values as Markdown, so they are escaped twice:
  // for Markdown, then as YAML strings.
  out += "---\n";
  out += "title: " + json_string(escape_markdown(doc.title)) + "\n";
  if (!doc.date.empty()) out += "date: " + json_string(doc.date) + "\n";
  out += "subtitle: " + json_string(escape_markdown(doc.marking)) + "\n";
  out += "lang: sv\n";
  // The trend arrows are not set up for LaTeX's default engine; declare them
  // (only where the command exists, so xelatex and lualatex are unaffected).
  out += "header-includes: |\n";
  out += "  ```{=latex}\n";
  out += "  \\ifdefined\\DeclareUnicodeCharacter\n";
  out += "  \\DeclareUnicodeCharacter{2191}{\\ensuremath{\\uparrow}}\n";
  out += "  \\DeclareUnicodeCharacter{2192}{\\ensuremath{\\rightarrow}}\n";
  out += "  \\DeclareUnicodeCharacter{2193}{\\ensuremath{\\downarrow}}\n";
  out += "  \\fi\n";
  out += "  ```\n";
  out += "---\n";
  for (const auto& b : doc.blocks) {
    out += "\n";
    switch (b.kind) {
      case Block::Kind::Heading:
        out += std::string(static_cast<std::size_t>(b.level), '#') + " " + render_inline(b.text) + "\n";
        break;
      case Block::Kind::Notice:
        out += "**" + escape_markdown(b.text.empty() ? "" : b.text.front().text) + "**\n";
        break;
      case Block::Kind::Paragraph:
        out += render_inline(b.text) + "\n";
        break;
      case Block::Kind::List:
        for (const auto& item : b.items) out += "- " + render_inline(item) + "\n";
        break;
      case Block::Kind::Figure:  // drawings are for HTML; the same figures stand in tables
        out += "*" + escape_markdown(b.text.empty() ? "" : b.text.front().text) + " (diagram i HTML-versionen)*\n";
        break;
      case Block::Kind::Table: {
        out += "|";
        for (const auto& c : b.columns) out += " " + escape_markdown(c) + " |";
        out += "\n|";
        for (std::size_t i = 0; i < b.columns.size(); ++i) out += "---|";
        out += "\n";
        for (const auto& row : b.rows) {
          out += "|";
          for (const auto& c : row) out += " " + cell(c) + " |";
          out += "\n";
        }
        break;
      }
    }
  }
  return out;
}

}  // namespace lagesbild
