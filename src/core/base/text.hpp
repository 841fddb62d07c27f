// SPDX-License-Identifier: EUPL-1.2
// Text helpers that know nothing of reports: UTF-8, edit distance, slugs.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lagesbild {

// Offset of the first byte that is not part of valid UTF-8, or npos.
std::size_t find_invalid_utf8(std::string_view text);

// Number of Unicode code points (the "characters" an editor counts).
std::size_t count_code_points(std::string_view text);

// Decodes UTF-8 (assumed valid) to code points.
std::u32string decode_utf8(std::string_view text);
std::string encode_utf8(std::u32string_view text);

// Levenshtein distance over code points, ignoring case for ASCII and åäö.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate closest to `word`, if it is close enough to be a likely typo.
std::optional<std::string> nearest(std::string_view word, const std::vector<std::string>& candidates);

// The one candidate `word` is beyond doubt a misspelling of, for a repair
// made without asking (`validate --fix`): only capitals differ (`När` for
// `när`), or one letter in a word of four or more, or two in a word of
// eight or more, with no other candidate as near or one letter farther.
// nullopt otherwise.
std::optional<std::string> sure_respelling(std::string_view word, const std::vector<std::string>& candidates);

// "Älvdalen" -> "alvdalen", "Malung-Sälen" -> "malung-salen", spaces -> '-'.
std::string file_name_slug(std::string_view name);

// "Håbo" -> "håbo", "Malung Sälen" -> "malung-sälen": the name as the slug
// writes it but with its letters kept, so that two municipalities whose file
// names are the same (Håbo and Habo, both "habo") stay two.
std::string name_key(std::string_view name);

// Greedy word wrap at `width` code points.
std::vector<std::string> wrap_words(std::string_view text, std::size_t width);

std::string join(const std::vector<std::string>& parts, std::string_view separator);

// "1 åtgärd", "2 åtgärder": a count and the word in its number.
std::string counted(std::size_t n, std::string_view one, std::string_view many);

// "a, b eller c" for listing allowed values in Swedish messages.
std::string list_alternatives(const std::vector<std::string>& values, std::string_view last_word);

std::string lowercase_ascii(std::string_view text);

// A 64-bit FNV-1a checksum as 16 hex digits: for fingerprints, not secrets.
std::string fnv1a_hex(std::string_view text);

// C0 and C1 control characters and DEL; tab always and newline optionally allowed.
bool has_control_characters(std::string_view text, bool allow_newline);

// Composes decomposed letters (as some Mac programs write them: "o" followed
// by U+0308) into the single characters the format uses: å ä ö é ü.
std::string compose_nordic_letters(std::string_view text);

// A file size as people read it: "4097 kB", rounded up so that a file just
// over a limit never reads as the limit itself.
std::string kilobytes(std::uintmax_t bytes);

}  // namespace lagesbild
