// SPDX-License-Identifier: EUPL-1.2
#include "core/yaml/line_scan.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace lagesbild {

namespace {

// What may follow \ in a double-quoted text (YAML 1.2 §5.7).
constexpr std::string_view kEscapes = "0abt\tnvfre \"/\\N_LPxuU";

bool space(char c) {
  return c == ' ' || c == '\t';
}

std::string trimmed_right(std::string s) {
  while (!s.empty() && space(s.back())) s.pop_back();
  return s;
}

// "key: |", "- >-", "key: |2": a block text starts on the next line.
bool opens_block_text(const std::string& code) {
  std::size_t i = code.size();
  while (i > 0 && (code[i - 1] == '-' || code[i - 1] == '+' || (code[i - 1] >= '0' && code[i - 1] <= '9'))) --i;
  if (i == 0 || (code[i - 1] != '|' && code[i - 1] != '>')) return false;
  if (i == 1) return true;
  return code[i - 2] == ' ' || code[i - 2] == ':';
}

// The word at `from` (up to a space or a quote), to name a spot in a message.
std::string_view word_at(std::string_view line, std::size_t from) {
  const std::size_t end = line.find_first_of(" \t\"'", from);
  return line.substr(from, end == std::string_view::npos ? std::string_view::npos : end - from);
}

class Scanner {
 public:
  explicit Scanner(std::string_view text) : text_(text) {}

  LineScan run() {
    std::size_t start = 0;
    int number = 0;
    while (start < text_.size()) {
      std::size_t end = text_.find('\n', start);
      if (end == std::string_view::npos) end = text_.size();
      scan_line(++number, text_.substr(start, end - start));
      start = end + 1;
    }
    return std::move(out_);
  }

 private:
  void problem(std::size_t column, std::string message) {
    out_.problems.push_back({line_number_, column, std::move(message)});
  }

  // A quote opens a quoted text only where a value starts: at the start of
  // the line, after "key: ", after "- ", and in a [ ] list after [ { , and :.
  bool value_starts_here(std::size_t at) const {
    std::size_t i = at;
    while (i > 0 && space(line_[i - 1])) --i;
    // An anchor or tag in front (&a, !!str) is part of the value's start.
    std::size_t token = i;
    while (token > 0 && !space(line_[token - 1])) --token;
    if (token < i && i < at && (line_[token] == '&' || line_[token] == '!')) {
      i = token;
      while (i > 0 && space(line_[i - 1])) --i;
      at = token;
    }
    if (i == 0) return true;
    const char before = line_[i - 1];
    if (flow_depth_ > 0) return before == ':' || before == '[' || before == '{' || before == ',';
    if (i == at) return false;  // no space: "text"inside a plain text
    if (before == ':') return true;
    if (before != '-') return false;
    for (std::size_t k = 0; k + 1 < i; ++k)
      if (line_[k] != ' ' && line_[k] != '-') return false;
    return true;
  }

  void scan_line(int number, std::string_view line) {
    line_number_ = number;
    line_ = line;
    ScannedLine out;
    out.number = number;
    out.indent = line.find_first_not_of(' ');
    if (out.indent == std::string_view::npos) out.indent = line.size();
    if (block_parent_ >= 0) {
      if (out.indent == line.size() || static_cast<long>(out.indent) > block_parent_) {
        block_text_line(out.indent, out.indent == line.size());
        out.start = ScannedLine::Start::InBlockText;
        out.code = trimmed_right(std::string(line.substr(out.indent)));
        out_.lines.push_back(std::move(out));
        return;
      }
      block_parent_ = -1;
    }
    out.start = quote_ ? ScannedLine::Start::InQuote
                       : (flow_depth_ > 0 ? ScannedLine::Start::InFlow : ScannedLine::Start::Block);
    if (out.start == ScannedLine::Start::Block && !line.empty() && line[0] == '%')
      problem(0,
              "en rad som börjar med % är ett YAML-direktiv, och sådana används inte i "
              "lägesbilder. Ta bort raden.");
    else
      out.code = scan_code(out.indent, out);
    out.code = trimmed_right(std::move(out.code));
    if (!quote_ && flow_depth_ == 0 && opens_block_text(out.code)) {
      block_parent_ = static_cast<long>(out.indent);
      block_blank_ = {};
    }
    out_.lines.push_back(std::move(out));
  }

  // Blank lines before a block text's first line may not have more spaces
  // than that line (yaml-cpp takes them as text).
  void block_text_line(std::size_t indent, bool blank) {
    if (block_blank_.content_seen) return;
    if (blank) {
      if (indent > block_blank_.spaces) block_blank_ = {indent, line_number_, false};
      return;
    }
    block_blank_.content_seen = true;
    if (block_blank_.spaces > indent)
      out_.problems.push_back({block_blank_.line, 0,
                               fmt::format("den tomma raden har {} mellanslag, fler än textblockets första rad "
                                           "(rad {}). Ta bort mellanslagen på den tomma raden.",
                                           block_blank_.spaces, line_number_)});
  }

  // The line's code from `from`, following quotes and [ ] lists.
  std::string scan_code(std::size_t from, ScannedLine& out) {
    std::string code;
    for (std::size_t i = from; i < line_.size(); ++i) {
      const char c = line_[i];
      if (quote_) {
        if (quote_ == '"' && c == '\\') {
          if (i + 1 < line_.size() && kEscapes.find(line_[i + 1]) == std::string_view::npos) bad_escape(i);
          code.append(line_.substr(i, 2));
          ++i;
          continue;
        }
        code.push_back(c);
        if (c != quote_) continue;
        if (quote_ == '\'' && i + 1 < line_.size() && line_[i + 1] == '\'') {
          code.push_back(line_[++i]);
          continue;
        }
        quote_ = 0;
        if (!after_closing_quote(i + 1)) return code;
        continue;
      }
      if (c == '#') {
        if (i == from || space(line_[i - 1])) {
          out.comment_column = i;
          out.comment = std::string(line_.substr(i + 1));
          return code;
        }
        glued_comment(i);
      }
      if ((c == '"' || c == '\'') && value_starts_here(i)) {
        quote_ = c;
        quote_line_ = line_number_;
        quote_column_ = i;
        expect_entry_ = false;
      } else if (flow_depth_ > 0) {
        flow_character(i);
      } else if ((c == '[' || c == '{') && value_starts_here(i)) {
        flow_depth_ = 1;
        expect_entry_ = true;
      }
      code.push_back(c);
    }
    return code;
  }

  void flow_character(std::size_t i) {
    const char c = line_[i];
    const char next = i + 1 < line_.size() ? line_[i + 1] : ' ';
    if (c == '[' || c == '{') {
      ++flow_depth_;
      expect_entry_ = true;
    } else if (c == ']' || c == '}') {
      --flow_depth_;
      expect_entry_ = false;
    } else if (c == ',') {
      if (expect_entry_)
        problem(i,
                "ett kommatecken för mycket i listan inom [ ]: två i rad, eller ett direkt efter "
                "[, ger en tom "
                "punkt. Ta bort det extra kommatecknet.");
      expect_entry_ = true;
    } else if (c == '-' && expect_entry_ && (space(next) || next == ',' || next == ']' || next == '}')) {
      problem(i,
              "ett ensamt - kan inte stå som en punkt i en lista inom [ ]. Ta bort det, eller "
              "skriv \"-\" "
              "inom citattecken om det ska stå där.");
      expect_entry_ = false;
    } else if (!space(c)) {
      expect_entry_ = false;
    }
  }

  // "# comment" glued to a closing quote, ] } , or a | > marker: yaml-cpp
  // takes it as a comment, YAML does not.
  void glued_comment(std::size_t i) {
    const char before = line_[i - 1];
    const bool after_flow = before == ']' || before == '}' || (flow_depth_ > 0 && (before == ',' || before == '['));
    const bool after_marker = (before == '|' || before == '>') && value_starts_here(i - 1);
    if (!after_flow && !after_marker) return;
    problem(i, fmt::format("mellanslag saknas före #: en kommentar börjar med mellanslag och #. Skriv `{} {}`.",
                           trimmed_right(std::string(line_.substr(0, i))).substr(line_.find_first_not_of(' ')),
                           line_.substr(i)));
  }

  void bad_escape(std::size_t i) {
    const char after = line_[i + 1];
    if (after == '\'') {
      problem(i,
              "\\' är inte tillåtet inom dubbla citattecken: en apostrof behöver inget \\ framför "
              "sig. Skriv "
              "bara '.");
    } else {
      problem(i, fmt::format("\\{} är inget tillåtet tecken efter \\ inom dubbla citattecken. Skriv \\\\ för ett "
                             "bakstreck, eller sätt texten inom enkla citattecken ('...').",
                             line_.substr(i + 1, 1)));
    }
  }

  // After a closing quote only spaces, a comment, a colon (a quoted key) or,
  // in a [ ] list, , ] } may follow. Returns false when the rest of the line
  // is not worth scanning: the text went on after the quote.
  bool after_closing_quote(std::size_t j) {
    if (j < line_.size() && line_[j] == '#') {
      // The quote may have opened on an earlier line: then this line's text from its start.
      const std::size_t from = std::min(quote_line_ == line_number_ ? quote_column_ : line_.find_first_not_of(' '), j);
      problem(j, fmt::format("mellanslag saknas före #: efter ett citattecken börjar en kommentar med mellanslag "
                             "och #. Skriv `{} {}`.",
                             line_.substr(from, j - from), line_.substr(j)));
      return true;
    }
    std::size_t k = j;
    while (k < line_.size() && space(line_[k])) ++k;
    if (k == line_.size() || line_[k] == ':' || (line_[k] == '#' && k > j)) return true;
    if (flow_depth_ > 0 && (line_[k] == ',' || line_[k] == ']' || line_[k] == '}')) return true;
    text_after_quote(j - 1, k);
    return false;
  }

  // `vad: "ett brev om "hot" mot personal"`: the text was meant to go on.
  void text_after_quote(std::size_t closing, std::size_t next) {
    const char quote = line_[closing];
    const std::size_t last = line_.find_last_of(quote);
    const bool whole_line = quote_line_ == line_number_ && last > closing;
    const std::size_t indent = line_.find_first_not_of(' ');
    const std::string start = whole_line ? std::string(line_.substr(indent, quote_column_ - indent)) : "";
    const std::string inner = whole_line ? std::string(line_.substr(quote_column_ + 1, last - quote_column_ - 1)) : "";
    if (quote == '"' && whole_line) {
      std::string single;
      for (char c : inner) single += c == '\'' ? std::string("''") : std::string(1, c);
      problem(closing, fmt::format("texten inom dubbla citattecken tar slut vid citattecknet före `{}`, så resten "
                                   "av raden passar inte in. Står det citattecken inne i texten, sätt hela texten "
                                   "inom enkla citattecken: `{}'{}'` (eller ta bort de inre citattecknen).",
                                   word_at(line_, next), start, single));
    } else if (quote == '\'' && whole_line && inner.find_first_of("\"\\") == std::string::npos) {
      problem(closing, fmt::format("texten inom enkla citattecken tar slut vid apostrofen före `{}`, så resten av "
                                   "raden passar inte in. Står det apostrofer inne i texten, sätt hela texten inom "
                                   "dubbla citattecken: `{}\"{}\"` (eller skriv varje inre apostrof två gånger: '').",
                                   word_at(line_, next), start, inner));
    } else {
      problem(closing, fmt::format("texten inom citattecken tar slut här, men raden fortsätter med `{}`. Sätt "
                                   "citattecknet i slutet av texten, och skriv citattecken inne i texten med den "
                                   "andra sortens citattecken (' inom \"...\", \" inom '...').",
                                   word_at(line_, next)));
    }
  }

  std::string_view text_;
  std::string_view line_;
  int line_number_ = 0;
  LineScan out_;
  char quote_ = 0;
  int quote_line_ = 0;
  std::size_t quote_column_ = 0;
  int flow_depth_ = 0;
  bool expect_entry_ = false;  // in [ ]: after [ or , where an entry must come
  long block_parent_ = -1;     // indent of the line that opened a block text
  struct {
    std::size_t spaces = 0;  // the most spaces on a blank line before the block text's first line
    int line = 0;
    bool content_seen = false;
  } block_blank_;
};

}  // namespace

LineScan scan_lines(std::string_view text) {
  return Scanner(text).run();
}

}  // namespace lagesbild
