// SPDX-License-Identifier: EUPL-1.2
// Small helpers shared by the unit tests.
#pragma once

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "core/diag/diagnostic.hpp"
#include "core/os/utf8_path.hpp"
#include "core/report/questionnaire.hpp"

namespace lagesbild::test {

// (rule, line) of every diagnostic, in order: what tests assert on.
inline std::vector<std::pair<std::string, int>> rules_of(const Diagnostics& d) {
  std::vector<std::pair<std::string, int>> out;
  for (const auto& item : d.items()) out.emplace_back(item.rule, item.position.line);
  return out;
}

inline bool has_rule(const Diagnostics& d, const std::string& rule) {
  for (const auto& item : d.items())
    if (item.rule == rule) return true;
  return false;
}

inline std::string read_file(const std::string& path) {
  std::ifstream in(path_from_utf8(path), std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

inline std::string example_path(const std::string& name) {
  return std::string(LAGESBILD_TEST_DATA) + "/../examples/" + name;
}

inline QuestionnaireCatalog test_catalog() {
  return QuestionnaireCatalog({LAGESBILD_SOURCE_TEMPLATES});
}

// A temporary folder removed at the end of the test.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::string& path() const { return path_; }
  // The platform's own separator, as lagesbild joins paths itself.
  std::string file(const std::string& name) const { return utf8_of(path_from_utf8(path_) / path_from_utf8(name)); }
  void write(const std::string& name, const std::string& content) const;

 private:
  std::string path_;
};

}  // namespace lagesbild::test

namespace doctest {
// Readable failure messages for lists of (rule, line).
template <>
struct StringMaker<std::vector<std::pair<std::string, int>>> {
  static String convert(const std::vector<std::pair<std::string, int>>& rules) {
    std::string out = "{";
    for (const auto& [rule, line] : rules) out += " " + rule + ":" + std::to_string(line);
    return (out + " }").c_str();
  }
};
}  // namespace doctest
