// SPDX-License-Identifier: EUPL-1.2
#include "core/base/text.hpp"

#include <algorithm>
#include <cstdint>

namespace lagesbild {

namespace {

// Length of the UTF-8 sequence at text[i], or 0 if it is not valid there.
std::size_t utf8_sequence_length(std::string_view text, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char b0 = byte(i);
  if (b0 < 0x80) return 1;
  std::size_t length = 0;
  char32_t min = 0;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    length = 2;
    min = 0x80;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    length = 3;
    min = 0x800;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    length = 4;
    min = 0x10000;
  } else {
    return 0;
  }
  if (i + length > text.size()) return 0;
  char32_t cp = b0 & (0xFF >> (length + 1));
  for (std::size_t k = 1; k < length; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return length;
}

char32_t fold_case(char32_t c) {
  if (c >= U'A' && c <= U'Z') return c + 32;
  // Latin-1's capitals (À to Þ, not ×): Å Ä Ö É Ü Ø and the rest.
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;
  return c;
}

}  // namespace

std::size_t find_invalid_utf8(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    if (static_cast<unsigned char>(text[i]) < 0x80) {  // most of a Swedish text
      ++i;
      continue;
    }
    const std::size_t n = utf8_sequence_length(text, i);
    if (n == 0) return i;
    i += n;
  }
  return std::string_view::npos;
}

std::size_t count_code_points(std::string_view text) {
  return static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::u32string decode_utf8(std::string_view text) {
  std::u32string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    std::size_t n = utf8_sequence_length(text, i);
    if (n == 0) {  // callers pass valid text; be safe anyway
      out.push_back(U'\uFFFD');
      ++i;
      continue;
    }
    const auto b0 = static_cast<unsigned char>(text[i]);
    char32_t cp = n == 1 ? b0 : static_cast<char32_t>(b0 & (0xFF >> (n + 1)));
    for (std::size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    out.push_back(cp);
    i += n;
  }
  return out;
}

std::string encode_utf8(std::u32string_view text) {
  std::string out;
  for (char32_t cp : text) {
    if (cp < 0x80) {
      out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
      out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
      out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
      out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
      out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
      out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
      out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
  }
  return out;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::u32string x = decode_utf8(a);
  std::u32string y = decode_utf8(b);
  for (auto& c : x) c = fold_case(c);
  for (auto& c : y) c = fold_case(c);
  std::vector<std::size_t> row(y.size() + 1);
  for (std::size_t j = 0; j <= y.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= x.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= y.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (x[i - 1] == y[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[y.size()];
}

std::optional<std::string> sure_respelling(std::string_view word, const std::vector<std::string>& candidates) {
  const std::size_t length = count_code_points(word);
  const std::size_t allowed = length >= 8 ? 2 : length >= 4 ? 1 : 0;
  std::optional<std::string> best;
  std::size_t best_distance = 0, second_distance = SIZE_MAX;
  for (const auto& candidate : candidates) {
    if (candidate == word) return std::nullopt;
    if (best == candidate) continue;
    const std::size_t d = edit_distance(word, candidate);
    if (!best || d < best_distance) {
      second_distance = best ? best_distance : SIZE_MAX;
      best = candidate;
      best_distance = d;
    } else {
      second_distance = std::min(second_distance, d);
    }
  }
  if (!best || best_distance > allowed) return std::nullopt;
  // Only capitals differ: sure unless another differs only so. A typo: sure
  // when no other candidate is as near or one letter farther.
  const bool alone = best_distance == 0 ? second_distance > 0 : second_distance > best_distance + 1;
  return alone ? best : std::nullopt;
}

std::optional<std::string> nearest(std::string_view word, const std::vector<std::string>& candidates) {
  std::optional<std::string> best;
  std::size_t best_distance = 0;
  for (const auto& candidate : candidates) {
    if (candidate == word) return std::nullopt;  // exact is no suggestion
    const std::size_t d = edit_distance(word, candidate);
    if (!best || d < best_distance) {
      best = candidate;
      best_distance = d;
    }
  }
  // A likely typo: a few edits (none but capitals counts too), not most of the word.
  const std::size_t length = std::max<std::size_t>(count_code_points(word), 1);
  if (best && best_distance <= std::max<std::size_t>(2, length / 3)) return best;
  // A word cut short or inflected ("minska", "ökat"): a unique candidate
  // sharing its first three letters or more.
  const std::u32string w = decode_utf8(lowercase_ascii(word));
  std::optional<std::string> by_prefix;
  std::size_t longest = 0;
  bool unique = true;
  for (const auto& candidate : candidates) {
    const std::u32string c = decode_utf8(lowercase_ascii(candidate));
    std::size_t common = 0;
    while (common < w.size() && common < c.size() && w[common] == c[common]) ++common;
    if (common > longest) {
      longest = common;
      by_prefix = candidate;
      unique = true;
    } else if (common == longest) {
      unique = false;
    }
  }
  if (longest >= 3 && unique) return by_prefix;
  return std::nullopt;
}

namespace {

// A name in lower case, with separators (space, '-', '_') as one '-' and other
// punctuation left out; `ascii` also writes å ä ö é ü as a a o e u.
std::string lowercase_name(std::string_view name, bool ascii) {
  std::string out;
  for (char32_t c : decode_utf8(name)) {
    c = fold_case(c);
    if ((c >= U'a' && c <= U'z') || (c >= U'0' && c <= U'9')) {
      out.push_back(static_cast<char>(c));
    } else if (c == U'å' || c == U'ä' || c == U'á' || c == U'à') {
      out += ascii ? std::string("a") : encode_utf8(std::u32string(1, c));
    } else if (c == U'ö' || c == U'ø' || c == U'ó') {
      out += ascii ? std::string("o") : encode_utf8(std::u32string(1, c));
    } else if (c == U'é' || c == U'è' || c == U'ë') {
      out += ascii ? std::string("e") : encode_utf8(std::u32string(1, c));
    } else if (c == U'ü') {
      out += ascii ? std::string("u") : encode_utf8(std::u32string(1, c));
    } else if (c == U' ' || c == U'-' || c == U'_') {
      if (!out.empty() && out.back() != '-') out.push_back('-');
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

}  // namespace

std::string file_name_slug(std::string_view name) {
  return lowercase_name(name, true);
}

std::string name_key(std::string_view name) {
  return lowercase_name(name, false);
}

std::vector<std::string> wrap_words(std::string_view text, std::size_t width) {
  std::vector<std::string> lines;
  std::string line;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find(' ', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view word = text.substr(start, end - start);
    if (!word.empty()) {
      if (!line.empty() && count_code_points(line) + 1 + count_code_points(word) > width) {
        lines.push_back(line);
        line.clear();
      }
      if (!line.empty()) line += ' ';
      line += word;
    }
    start = end + 1;
  }
  if (!line.empty()) lines.push_back(line);
  return lines;
}

std::string join(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += separator;
    out += parts[i];
  }
  return out;
}

std::string counted(std::size_t n, std::string_view one, std::string_view many) {
  return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

std::string list_alternatives(const std::vector<std::string>& values, std::string_view last_word) {
  std::string out;
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (i > 0) out += (i + 1 == values.size()) ? " " + std::string(last_word) + " " : ", ";
    out += values[i];
  }
  return out;
}

std::string fnv1a_hex(std::string_view text) {
  std::uint64_t hash = 14695981039346656037ULL;
  for (char c : text) hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, hash >>= 4) out[static_cast<std::size_t>(i)] = kDigits[hash & 0xF];
  return out;
}

std::string lowercase_ascii(std::string_view text) {
  std::string out(text);
  for (auto& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool has_control_characters(std::string_view text, bool allow_newline) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '\t' || (c == '\n' && allow_newline)) continue;
    if (c < 0x20 || c == 0x7F) return true;
    if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) <= 0x9F &&
        static_cast<unsigned char>(text[i + 1]) >= 0x80)
      return true;
  }
  return false;
}

std::string compose_nordic_letters(std::string_view text) {
  // Quick exit: combining marks U+0300..U+036F start with 0xCC or 0xCD.
  if (text.find('\xCC') == std::string_view::npos && text.find('\xCD') == std::string_view::npos)
    return std::string(text);
  struct Pair {
    char32_t base, mark, composed;
  };
  static constexpr Pair kPairs[] = {
      {U'a', 0x030A, U'å'}, {U'A', 0x030A, U'Å'}, {U'a', 0x0308, U'ä'}, {U'A', 0x0308, U'Ä'}, {U'o', 0x0308, U'ö'},
      {U'O', 0x0308, U'Ö'}, {U'e', 0x0301, U'é'}, {U'E', 0x0301, U'É'}, {U'u', 0x0308, U'ü'}, {U'U', 0x0308, U'Ü'}};
  std::u32string in = decode_utf8(text);
  std::u32string out;
  for (char32_t c : in) {
    bool composed = false;
    if (!out.empty()) {
      for (const auto& p : kPairs) {
        if (out.back() == p.base && c == p.mark) {
          out.back() = p.composed;
          composed = true;
          break;
        }
      }
    }
    if (!composed) out.push_back(c);
  }
  return encode_utf8(out);
}

std::string kilobytes(std::uintmax_t bytes) {
  return std::to_string((bytes + 1023) / 1024) + " kB";
}

}  // namespace lagesbild
