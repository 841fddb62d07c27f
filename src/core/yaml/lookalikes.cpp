// SPDX-License-Identifier: EUPL-1.2
#include "core/yaml/lookalikes.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <optional>

#include "core/base/text.hpp"
#include "core/yaml/line_scan.hpp"

namespace lagesbild {

namespace {

using Kind = Lookalike::Kind;
using Place = LookalikeHit::Place;

constexpr std::string_view kFromWord = "ofta inklistrat från Word eller Outlook";

const std::vector<Lookalike> kTable = {
    {0x00A0, Kind::Space, "ett hårt mellanslag", kFromWord},
    {0x2007, Kind::Space, "ett siffermellanslag", "från Word eller en webbsida"},
    {0x202F, Kind::Space, "ett smalt hårt mellanslag", "från Word eller en webbsida"},
    {0x3000, Kind::Space, "ett helbreddsmellanslag", "från kinesisk eller japansk inmatning eller en webbsida"},
    {0x2013, Kind::Dash, "ett kort tankstreck", "Words autokorrigering gör ett sådant av - följt av mellanslag"},
    {0x2014, Kind::Dash, "ett långt tankstreck", "från Word, Outlook eller en webbsida"},
    {0x2212, Kind::Dash, "ett minustecken", "från en webbsida eller Excel"},
    {0x2011, Kind::Dash, "ett hårt bindestreck", "från Word"},
    {0x2022, Kind::Dash, "en punkt", "en punktlista inklistrad från Word eller Outlook"},
    {0x25AA, Kind::Dash, "en fyrkantig punkt", "en punktlista inklistrad från Word eller Outlook"},
    {0x2023, Kind::Dash, "en triangelpunkt", "en punktlista inklistrad från Word eller en webbsida"},
    {0x25E6, Kind::Dash, "en ihålig punkt", "en punktlista inklistrad från Word eller Outlook"},
    {0x00B7, Kind::Dash, "en mittpunkt", "en punktlista inklistrad från en webbsida"},
    {0x201D, Kind::Quote, "ett typografiskt citattecken", "Word och Outlook gör sådana av \""},
    {0x201C, Kind::Quote, "ett typografiskt citattecken", "från Word, Outlook eller en webbsida på engelska"},
    {0x201E, Kind::Quote, "ett nedre citattecken", "från Word eller en webbsida på tyska"},
    {0x2019, Kind::Quote, "en typografisk apostrof", "Word och Outlook gör sådana av '"},
    {0x2018, Kind::Quote, "en typografisk apostrof", "från Word, Outlook eller en webbsida på engelska"},
    {0x201A, Kind::Quote, "en nedre apostrof", "från Word eller en webbsida på tyska"},
    {0x00BB, Kind::Quote, "ett vinkelcitattecken", "från Word eller en webbsida"},
    {0x00AB, Kind::Quote, "ett vinkelcitattecken", "från Word eller en webbsida"},
    {0xFF1A, Kind::Colon, "ett helbreddskolon", "från kinesisk eller japansk inmatning eller en webbsida"},
    {0xFE55, Kind::Colon, "ett litet kolon", "från en webbsida"},
    {0x2236, Kind::Colon, "ett förhållandetecken", "från Words Infoga symbol eller en webbsida"},
    {0xA789, Kind::Colon, "ett modifikationskolon", "från en webbsida"},
    {0x02D0, Kind::Colon, "ett längdtecken", "från en webbsida med uttalsbeteckningar"},
    {0x200B, Kind::Invisible, "ett osynligt nollbreddsmellanslag",
     "följer ofta med text från en webbsida, Teams eller Outlook"},
    {0x200C, Kind::Invisible, "ett osynligt nollbreddstecken (icke-sammanfogare)", "från en webbsida"},
    {0x200D, Kind::Invisible, "ett osynligt nollbreddstecken (sammanfogare)", "från en webbsida eller en emoji"},
    {0x2060, Kind::Invisible, "ett osynligt ordsammanfogningstecken", "från Word eller en webbsida"},
    {0xFEFF, Kind::Invisible, "en osynlig byte order mark (BOM) mitt i filen",
     "när text från en annan fil klistrats in, ofta från Anteckningar"},
    {0x00AD, Kind::Invisible, "ett osynligt mjukt bindestreck", "från Word"},
};

// One character of a line: its code point and bytes.
struct Char {
  char32_t code = 0;
  std::size_t at = 0;  // byte column
  std::size_t size = 0;
};

// Decodes the code point at `i` of valid UTF-8.
Char char_at(std::string_view s, std::size_t i) {
  const auto b = static_cast<char32_t>(static_cast<unsigned char>(s[i]));
  std::size_t n = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
  n = std::min(n, s.size() - i);
  char32_t c = n == 1 ? b : n == 2 ? (b & 0x1F) : n == 3 ? (b & 0x0F) : (b & 0x07);
  for (std::size_t k = 1; k < n; ++k) c = (c << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  return {c, i, n};
}

bool is(const Lookalike* l, Kind kind) {
  return l && l->kind == kind;
}

bool ascii_space(char32_t c) {
  return c == ' ' || c == '\t';
}

bool yaml_quote(char32_t c) {
  return c == '"' || c == '\'';
}

// A character a key is written with: letters (å ä ö too), digits, _ and -.
bool key_char(char32_t c) {
  if (c < 0x80)
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
  return !find_lookalike(c) && c != 0x85 && c != 0x2028 && c != 0x2029;
}

// What a text needs quotes for in YAML (lagesbild(5) BESKRIVNING).
bool needs_quotes(std::string_view inner) {
  return inner.find(": ") != std::string_view::npos || inner.find(" #") != std::string_view::npos ||
         (!inner.empty() && inner.back() == ':');
}

class LineLooker {
 public:
  LineLooker(int number, std::string_view line, std::vector<LookalikeHit>& out)
      : number_(number), line_(line), out_(out) {
    for (std::size_t i = 0; i < line.size();) {
      chars_.push_back(char_at(line, i));
      i += chars_.back().size;
    }
  }

  // What the line opens for the lines below it.
  struct Opens {
    long indent = 0;          // the line's indent as it is seen (look-alike spaces counted)
    long key_column = -1;     // where its last key or dash item's text starts
    bool block_text = false;  // "key: |": more indented lines are the writer's text
    bool plain_text = false;  // "key: text": more indented lines may go on with it
    bool has_key = false;
  };

  Opens run() {
    Opens opens;
    std::size_t i = 0;
    // The indentation, as the official sees it.
    while (i < chars_.size() &&
           (ascii_space(chars_[i].code) || is(lookalike(i), Kind::Space) || is(lookalike(i), Kind::Invisible)))
      ++i;
    opens.indent = static_cast<long>(i);
    const std::size_t text = i;
    if (text == chars_.size() || chars_[text].code == '#') return {-1, -1, false, false};  // blank or a comment
    if (line_.substr(chars_[text].at, 3) == "---" || line_.substr(chars_[text].at) == "...")
      return {-1, -1, false, false};
    const std::string key = key_after(dash_end(text));
    opens.has_key = !key.empty();
    for (std::size_t k = 0; k < text; ++k) {
      if (const Lookalike* l = lookalike(k)) {
        const bool invisible = l->kind == Kind::Invisible && k + 1 == text;
        add(k, invisible && !key.empty() ? Place::KeyStart : Place::Indent, key, l->kind == Kind::Invisible ? "" : " ");
      }
    }
    i = text;
    // List dashes ("- ", "- - "), Word's dashes and bullets among them.
    while (i < chars_.size()) {
      const bool dash = chars_[i].code == '-' || is(lookalike(i), Kind::Dash);
      if (!dash || !(i + 1 == chars_.size() || separator(i + 1))) break;
      if (lookalike(i)) add(i, Place::ListDash, "", "-");
      ++i;
      for (; i < chars_.size() && separator(i); ++i)
        if (lookalike(i)) add(i, Place::AfterDash, "", chars_[i].code == '\t' ? "\t" : " ");
      skip_invisible(i, key.empty() ? Place::ValueStart : Place::KeyStart, key);
      opens.key_column = static_cast<long>(i);
    }
    if (i == chars_.size()) return opens;
    if (opens.key_column < 0) opens.key_column = static_cast<long>(i);
    skip_invisible(i, Place::KeyStart, key);
    std::size_t value = i;
    if (!key.empty()) {
      // The key, up to its colon.
      for (; i < chars_.size() && chars_[i].code != ':' && !is(lookalike(i), Kind::Colon); ++i)
        if (is(lookalike(i), Kind::Invisible)) add(i, Place::InKey, key, "");
      if (lookalike(i)) add(i, Place::Colon, key, ":");
      ++i;
      for (; i < chars_.size() && separator(i); ++i)
        if (lookalike(i)) add(i, Place::AfterColon, key, " ");
      skip_invisible(i, Place::ValueStart, key);
      value = i;
    }
    if (value >= chars_.size() || chars_[value].code == '#') return opens;  // no value, or only a comment
    value_end(value, key);
    const char32_t first = chars_[value].code;
    if (first == '|' || first == '>') {
      opens.block_text = true;
    } else if (first == '"' || first == '\'' || is(lookalike(value), Kind::Quote)) {
      quotes(value, key);
    } else if (first != '[' && first != '{' && first != '&' && first != '*' && first != '!') {
      opens.plain_text = true;
    }
    return opens;
  }

 private:
  const Lookalike* lookalike(std::size_t i) const {
    return i < chars_.size() ? find_lookalike(chars_[i].code) : nullptr;
  }

  // A space after a dash or colon, as the official sees it.
  bool separator(std::size_t i) const { return ascii_space(chars_[i].code) || is(lookalike(i), Kind::Space); }

  void skip_invisible(std::size_t& i, Place place, const std::string& key) {
    for (; i < chars_.size() && is(lookalike(i), Kind::Invisible); ++i) add(i, place, key, "");
  }

  // Past the list dashes from `i`, without reporting.
  std::size_t dash_end(std::size_t i) const {
    while (i < chars_.size()) {
      const bool dash = chars_[i].code == '-' || is(lookalike(i), Kind::Dash);
      if (!dash || !(i + 1 == chars_.size() || separator(i + 1))) break;
      ++i;
      while (i < chars_.size() && (separator(i) || is(lookalike(i), Kind::Invisible))) ++i;
    }
    return i;
  }

  // The key written at `i` (its invisible characters left out), if the text
  // there is a key followed by a colon or a look-alike colon.
  std::string key_after(std::size_t i) const {
    std::string key;
    while (i < chars_.size() && is(lookalike(i), Kind::Invisible)) ++i;
    for (; i < chars_.size(); ++i) {
      const char32_t c = chars_[i].code;
      const Lookalike* l = lookalike(i);
      if (c == ':' || is(l, Kind::Colon)) {
        const bool ends = i + 1 == chars_.size() || separator(i + 1) || is(lookalike(i + 1), Kind::Invisible);
        return ends ? key : std::string();
      }
      if (is(l, Kind::Invisible)) continue;
      if (!key_char(c)) return {};
      key.append(line_.substr(chars_[i].at, chars_[i].size));
    }
    return {};
  }

  // Invisible characters after a value's last visible one.
  void value_end(std::size_t value, const std::string& key) {
    std::size_t end = chars_.size();
    while (end > value && ascii_space(chars_[end - 1].code)) --end;
    std::size_t k = end;
    while (k > value && is(lookalike(k - 1), Kind::Invisible)) --k;
    if (k == value) return;
    for (; k < end; ++k) add(k, Place::ValueEnd, key, "");
  }

  // A value in quotes where YAML's quotes were meant: `”Fritidsgården: entrén”`,
  // or `"…”` begun with YAML's and ended with a typographic one.
  void quotes(std::size_t open, const std::string& key) {
    // The closing quote: the last one on the line, or the last one before a comment.
    const auto quote_at = [&](std::size_t k) { return yaml_quote(chars_[k].code) || is(lookalike(k), Kind::Quote); };
    const auto quote_before = [&](std::size_t k) -> std::optional<std::size_t> {
      while (k > open + 1 && ascii_space(chars_[k - 1].code)) --k;
      if (k > open + 1 && quote_at(k - 1)) return k - 1;
      return std::nullopt;
    };
    std::optional<std::size_t> close = quote_before(chars_.size());
    for (std::size_t h = chars_.size(); !close && h-- > open + 1;)
      if (chars_[h].code == '#' && ascii_space(chars_[h - 1].code)) close = quote_before(h);
    if (!close) return;
    const bool open_yaml = yaml_quote(chars_[open].code);
    const bool close_yaml = yaml_quote(chars_[*close].code);
    if (open_yaml && close_yaml) return;
    const std::size_t from = chars_[open].at + chars_[open].size;
    const std::string_view inner = line_.substr(from, chars_[*close].at - from);
    if (open_yaml) {
      // Still open in YAML if no quote of its own kind closes it.
      if (inner.find(static_cast<char>(chars_[open].code)) != std::string_view::npos) return;
    } else if (!close_yaml && !needs_quotes(inner)) {
      return;  // the writer's own quotes around a text that needs none
    }
    char quote = open_yaml    ? static_cast<char>(chars_[open].code)
                 : close_yaml ? static_cast<char>(chars_[*close].code)
                              : '"';
    if (quote == '"' && inner.find_first_of("\"\\") != std::string_view::npos) quote = '\'';
    LookalikeHit hit;
    hit.line = number_;
    hit.byte_column = open_yaml ? chars_[*close].at : chars_[open].at;
    hit.what = find_lookalike(open_yaml ? chars_[*close].code : chars_[open].code);
    hit.place = Place::Quote;
    hit.key = key;
    hit.closing = open_yaml;
    hit.edits.push_back({chars_[open].at, chars_[open].size, std::string(1, quote)});
    if (quote == '\'') {
      for (std::size_t k = 0; k < inner.size(); ++k)
        if (inner[k] == '\'' && !(open_yaml && chars_[open].code == '\'')) hit.edits.push_back({from + k, 1, "''"});
    }
    hit.edits.push_back({chars_[*close].at, chars_[*close].size, std::string(1, quote)});
    out_.push_back(std::move(hit));
  }

  void add(std::size_t i, Place place, const std::string& key, std::string replacement) {
    const Lookalike* what = lookalike(i);
    if (!out_.empty()) {
      // A run of the same character in the same place is one mistake.
      LookalikeHit& last = out_.back();
      if (last.line == number_ && last.place == place && last.what == what && !last.edits.empty() &&
          last.edits.back().byte_column + last.edits.back().length == chars_[i].at) {
        last.edits.push_back({chars_[i].at, chars_[i].size, std::move(replacement)});
        return;
      }
    }
    LookalikeHit hit;
    hit.line = number_;
    hit.byte_column = chars_[i].at;
    hit.what = what;
    hit.place = place;
    hit.key = key;
    hit.edits.push_back({chars_[i].at, chars_[i].size, std::move(replacement)});
    out_.push_back(std::move(hit));
  }

  int number_;
  std::string_view line_;
  std::vector<Char> chars_;
  std::vector<LookalikeHit>& out_;
};

std::string place_words(const LookalikeHit& hit) {
  const std::string key = hit.key.empty() ? std::string() : fmt::format("`{}`", hit.key);
  switch (hit.place) {
    case Place::Indent:
      return "i indraget";
    case Place::ListDash:
      return "i början av raden";
    case Place::AfterDash:
      return "efter listpunktens bindestreck";
    case Place::KeyStart:
      return key.empty() ? "i början av raden" : fmt::format("före nyckeln {}", key);
    case Place::InKey:
      return fmt::format("i nyckeln {}", key);
    case Place::Colon:
      return fmt::format("efter nyckeln {}", key);
    case Place::AfterColon:
      return fmt::format("efter kolonet i `{}:`", hit.key);
    case Place::ValueStart:
      return key.empty() ? "i början av värdet" : fmt::format("i början av värdet efter `{}:`", hit.key);
    case Place::ValueEnd:
      return key.empty() ? "i slutet av raden" : fmt::format("i slutet av värdet efter `{}:`", hit.key);
    case Place::Quote:
      if (hit.closing)
        return key.empty() ? "i slutet av texten" : fmt::format("i slutet av texten efter `{}:`", hit.key);
      return key.empty() ? "runt texten" : fmt::format("runt texten efter `{}:`", hit.key);
  }
  return {};
}

std::string consequence(const LookalikeHit& hit) {
  switch (hit.what->kind) {
    case Kind::Space:
      return hit.place == Place::Indent ? "inte ett vanligt mellanslag, så YAML räknar det inte som indrag"
                                        : "inte ett vanligt mellanslag";
    case Kind::Dash:
      return "inte listpunktens bindestreck (-), så raden blir ingen listpunkt";
    case Kind::Quote:
      return hit.closing ? "inte samma sorts citattecken som texten börjar med, så texten tar aldrig slut"
                         : "inte ett vanligt citattecken (\" eller '), så texten räknas inte som citerad";
    case Kind::Colon:
      return "inte ett vanligt kolon (:), så raden blir ingen nyckel";
    case Kind::Invisible:
      if (hit.place == Place::Indent) return "Det syns inte, men YAML räknar det inte som indrag";
      if (hit.place == Place::KeyStart || hit.place == Place::InKey)
        return fmt::format("Det syns inte, men gör nyckeln till en annan än `{}`", hit.key);
      return "Det syns inte, men YAML läser det som en del av texten";
  }
  return {};
}

}  // namespace

const std::vector<Lookalike>& lookalike_table() {
  return kTable;
}

const Lookalike* find_lookalike(char32_t c) {
  if (c < 0xA0) return nullptr;  // the common case: ASCII
  for (const Lookalike& l : kTable)
    if (l.code == c) return &l;
  return nullptr;
}

std::vector<LookalikeHit> find_lookalikes(std::string_view text) {
  std::vector<LookalikeHit> hits;
  // Quick way out for the common file: no byte of any look-alike's first bytes.
  if (text.find_first_of("\xC2\xCB\xE2\xE3\xEA\xEF") == std::string_view::npos) return hits;
  const LineScan scan = scan_lines(text);
  std::size_t start = 0;
  LineLooker::Opens above{-1, -1, false, false};
  for (const ScannedLine& scanned : scan.lines) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(start, end - start);
    start = end + 1;
    if (scanned.start != ScannedLine::Start::Block) continue;  // in a quoted text or [ ] begun above
    std::vector<LookalikeHit> found;
    LineLooker looker(scanned.number, line, found);
    const LineLooker::Opens opens = looker.run();
    if (opens.indent < 0) continue;  // blank or a comment
    // The writer's own text going on from the line above.
    // (A line with a key in it is no text going on, even if it is indented as one.)
    if ((above.block_text && opens.indent > above.indent) ||
        (above.plain_text && opens.indent > above.key_column && !opens.has_key))
      continue;
    hits.insert(hits.end(), found.begin(), found.end());
    above = opens;
  }
  return hits;
}

std::string apply_edits(std::string_view line, const std::vector<LineEdit>& edits) {
  std::vector<LineEdit> sorted = edits;
  std::sort(sorted.begin(), sorted.end(),
            [](const LineEdit& a, const LineEdit& b) { return a.byte_column > b.byte_column; });
  std::string out(line);
  std::size_t limit = out.size();
  for (const LineEdit& e : sorted) {
    if (e.byte_column + e.length > limit) continue;  // overlapping: the later one wins
    out.replace(e.byte_column, e.length, e.replacement);
    limit = e.byte_column;
  }
  return out;
}

LookalikeChange lookalike_change(const LookalikeHit& hit) {
  const Lookalike& l = *hit.what;
  std::string code = fmt::format("U+{:04X}", static_cast<unsigned>(l.code));
  if (l.kind != Kind::Space && l.kind != Kind::Invisible) code = encode_utf8(std::u32string(1, l.code)) + ", " + code;
  const std::string where = place_words(hit);
  std::string after;
  switch (l.kind) {
    case Kind::Space:
      after = hit.edits.size() == 1 ? "ett vanligt mellanslag" : counted(hit.edits.size(), "", "vanliga mellanslag");
      break;
    case Kind::Dash:
      after = "-";
      break;
    case Kind::Colon:
      after = ":";
      break;
    case Kind::Invisible:
      after = "borttaget";
      break;
    case Kind::Quote:
      after = hit.edits.front().replacement;
      break;
  }
  const std::string times = hit.edits.size() > 1 && l.kind != Kind::Quote ? fmt::format(" ×{}", hit.edits.size()) : "";
  return {fmt::format("{} ({}){} {}", l.name, code, times, where), after};
}

std::string lookalike_message(const LookalikeHit& hit, std::string_view fixed_line) {
  std::string code = fmt::format("U+{:04X}", static_cast<unsigned>(hit.what->code));
  if (hit.what->kind != Kind::Space && hit.what->kind != Kind::Invisible)
    code = encode_utf8(std::u32string(1, hit.what->code)) + ", " + code;
  const std::string said = consequence(hit);
  const bool sentence = hit.what->kind == Kind::Invisible;
  return fmt::format("{} står {} ({}, {}){}{}. Skriv raden så här: `{}`.", place_words(hit), hit.what->name, code,
                     hit.what->origin, sentence ? ". " : ", ", said, fixed_line);
}

}  // namespace lagesbild
