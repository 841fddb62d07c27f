// SPDX-License-Identifier: EUPL-1.2
#include "core/base/word_match.hpp"

#include <algorithm>

#include "core/base/text.hpp"

namespace lagesbild {

namespace {

// Å Ä Ö É as their small letters; ASCII by lowercase_ascii.
std::string lowercase(std::string_view text) {
  std::u32string letters = decode_utf8(lowercase_ascii(text));
  for (auto& c : letters)
    if (c == U'Å' || c == U'Ä' || c == U'Ö' || c == U'É') c += 0x20;
  return encode_utf8(letters);
}

bool word_character(unsigned char c) {
  return c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

bool matches(const std::string& word, const std::vector<std::string>& words) {
  for (const auto& other : words) {
    if (other == word) return true;
    if (count_code_points(word) >= 6 && edit_distance(word, other) <= 1) return true;
  }
  return false;
}

}  // namespace

std::vector<std::string> significant_words(std::string_view text) {
  static const std::vector<std::string> kSmall = {"och", "i",  "mot",  "av",  "för", "med",
                                                  "på",  "om", "till", "den", "det"};
  const std::string lower = lowercase(text);
  std::vector<std::string> words;
  std::string word;
  for (std::size_t i = 0; i <= lower.size(); ++i) {
    if (i < lower.size() && word_character(static_cast<unsigned char>(lower[i]))) {
      word.push_back(lower[i]);
      continue;
    }
    if (!word.empty() && std::find(kSmall.begin(), kSmall.end(), word) == kSmall.end()) words.push_back(word);
    word.clear();
  }
  return words;
}

std::optional<std::size_t> best_by_words(std::string_view text, const std::vector<std::string>& candidates) {
  const std::vector<std::string> wanted = significant_words(text);
  std::optional<std::size_t> best;
  std::size_t best_count = 0;
  bool tie = false;
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    const std::vector<std::string> words = significant_words(candidates[i]);
    const auto count = static_cast<std::size_t>(
        std::count_if(wanted.begin(), wanted.end(), [&](const std::string& w) { return matches(w, words); }));
    if (count > best_count) {
      best = i;
      best_count = count;
      tie = false;
    } else if (count == best_count && count > 0) {
      tie = true;
    }
  }
  return tie ? std::nullopt : best;
}

}  // namespace lagesbild
