// SPDX-License-Identifier: EUPL-1.2
// Paths as UTF-8 text on every platform. The program keeps a path as the
// std::string the user gave; std::filesystem::path(std::string) and
// path::string() use the ANSI code page on Windows (Älvdalen would lose its
// Ä), so every conversion between the two goes through these functions.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace lagesbild {

std::filesystem::path path_from_utf8(std::string_view utf8);
std::string utf8_of(const std::filesystem::path& path);

// `path` with the separators of `given`, the text the user typed it from:
// on Windows `/` when they wrote `/`, otherwise the platform's own.
std::string utf8_like(const std::filesystem::path& path, std::string_view given);

// The questions the program asks about a path it was given (links followed;
// false when the answer cannot be had).
bool is_folder(const std::string& path);
bool is_ordinary_file(const std::string& path);
bool same_file(const std::string& a, const std::string& b);
// Parts of "a/b.yaml", as written: ".yaml", "b", "b.yaml", "a" ("" for "b.yaml").
std::string extension_of(const std::string& path);
std::string stem_name(const std::string& path);
std::string base_name(const std::string& path);
std::string folder_name(const std::string& path);
// `name` in the folder of `sibling` ("a/b.yaml", "c.yaml" -> "a/c.yaml"; "b.yaml" -> "c.yaml").
std::string beside(const std::string& sibling, const std::string& name);

}  // namespace lagesbild
