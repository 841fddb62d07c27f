// SPDX-License-Identifier: EUPL-1.2
#include "core/report/schema_location.hpp"

#include <fmt/format.h>

#include <filesystem>

#include "core/os/utf8_path.hpp"

namespace lagesbild {

namespace fs = std::filesystem;

std::vector<std::string> default_schema_folders(const std::string& executable_path) {
  std::vector<std::string> folders;
  std::error_code ec;
  const fs::path exe = fs::weakly_canonical(path_from_utf8(executable_path), ec);
  const fs::path build_dir = fs::weakly_canonical(path_from_utf8(LAGESBILD_BUILD_DIR), ec);
  const fs::path inside_build = exe.lexically_relative(build_dir);
  if (!build_dir.empty() && !inside_build.empty() && *inside_build.begin() != "..")
    folders.push_back(utf8_of(build_dir / "schemas"));
  // Relocatable install: <prefix>/share/lagesbild/schemas; the Windows zip:
  // scheman\ beside lagesbild.exe, as its questionnaires lie in mallar\.
  folders.push_back(utf8_of(exe.parent_path().parent_path() / "share" / "lagesbild" / "schemas"));
  folders.push_back(utf8_of(exe.parent_path() / "scheman"));
  folders.push_back(LAGESBILD_INSTALL_SCHEMAS);
  return folders;
}

std::string find_schema_file(const Questionnaire& q, PictureKind kind, const std::vector<std::string>& folders) {
  std::vector<fs::path> candidates;
  if (!q.path.empty()) candidates.push_back(path_from_utf8(q.path).parent_path());
  for (const auto& folder : folders) candidates.push_back(path_from_utf8(folder));
  for (const auto& folder : candidates) {
    std::error_code ec;
    const fs::path file = fs::absolute(folder / path_from_utf8(schema_file_name(q.id, kind)), ec);
    if (!ec && fs::is_regular_file(file, ec)) return utf8_of(file.lexically_normal());
  }
  return {};
}

std::string file_uri(const std::string& path) {
  std::error_code ec;
  std::string absolute = utf8_of(fs::absolute(path_from_utf8(path), ec).lexically_normal());
  if (ec) absolute = path;
  std::string encoded;
  for (char c : absolute) {
    const auto u = static_cast<unsigned char>(c);
    const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                       c == '.' || c == '_' || c == '~' || c == '/' || c == ':';
    if (c == '\\')
      encoded += '/';
    else if (plain)
      encoded += c;
    else
      encoded += fmt::format("%{:02X}", u);
  }
  // C:/... (Windows) gets the third slash of file:///C:/...
  return encoded.rfind('/', 0) == 0 ? "file://" + encoded : "file:///" + encoded;
}

std::string schema_modeline(const std::string& schema_path) {
  if (schema_path.empty()) return {};
  return fmt::format("# yaml-language-server: $schema={}\n", file_uri(schema_path));
}

bool is_schema_modeline(std::string_view comment_text) {
  return comment_text.rfind("yaml-language-server:", 0) == 0;
}

}  // namespace lagesbild
