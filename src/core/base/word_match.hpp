// SPDX-License-Identifier: EUPL-1.2
// Matching what an official wrote against longer names by their words: a
// questionnaire heading typed as a key ("Alkohol och narkotika") found
// among the headings ("Alkohol, narkotika, dopning och tobak").
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lagesbild {

// The lower-case words of a text, without the small words that say nothing
// of an area ("och", "mot", "i", ...).
std::vector<std::string> significant_words(std::string_view text);

// The candidate whose words hold the most of `text`'s significant words
// (each found as a word, or a near miss of a long word); nullopt when none
// holds any, or two hold as many.
std::optional<std::size_t> best_by_words(std::string_view text, const std::vector<std::string>& candidates);

}  // namespace lagesbild
