// SPDX-License-Identifier: EUPL-1.2
#include "core/os/utf8_path.hpp"

namespace lagesbild {

namespace fs = std::filesystem;

// u8path() and u8string() are C++17's own UTF-8 conversions: the identity
// on POSIX (any bytes pass unchanged), UTF-8 <-> UTF-16 on Windows.
fs::path path_from_utf8(std::string_view utf8) {
  return fs::u8path(utf8.begin(), utf8.end());
}

std::string utf8_of(const fs::path& path) {
  return path.u8string();
}

std::string utf8_like(const fs::path& path, std::string_view given) {
  constexpr auto native = fs::path::preferred_separator;
  const bool slashes_only =
      given.find('/') != std::string_view::npos && given.find(static_cast<char>(native)) == std::string_view::npos;
  return native != '/' && slashes_only ? path.generic_u8string() : path.u8string();
}

bool is_folder(const std::string& path) {
  std::error_code ec;
  return fs::is_directory(path_from_utf8(path), ec);
}

bool is_ordinary_file(const std::string& path) {
  std::error_code ec;
  return fs::is_regular_file(path_from_utf8(path), ec);
}

bool same_file(const std::string& a, const std::string& b) {
  std::error_code ec;
  return fs::equivalent(path_from_utf8(a), path_from_utf8(b), ec);
}

std::string extension_of(const std::string& path) {
  return utf8_of(path_from_utf8(path).extension());
}
std::string stem_name(const std::string& path) {
  return utf8_of(path_from_utf8(path).stem());
}
std::string base_name(const std::string& path) {
  return utf8_of(path_from_utf8(path).filename());
}
std::string folder_name(const std::string& path) {
  return utf8_like(path_from_utf8(path).parent_path(), path);
}

std::string beside(const std::string& sibling, const std::string& name) {
  return utf8_like(path_from_utf8(sibling).parent_path() / path_from_utf8(name), sibling);
}

}  // namespace lagesbild
