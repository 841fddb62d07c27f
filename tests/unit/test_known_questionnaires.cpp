// SPDX-License-Identifier: EUPL-1.2
// src/core/report/known_questionnaires.cpp is the compiled-in reading of the
// questionnaires in templates/. This test writes it anew
// (LAGESBILD_UPDATE_GOLDEN=1 ctest -R compiled-in) and otherwise
// checks that it is exactly what the templates read as today.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

#include "core/report/known_questionnaires.hpp"

using namespace lagesbild;

namespace {

const std::string kSourceFile = std::string(LAGESBILD_TEST_DATA) + "/../src/core/report/known_questionnaires.cpp";

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::string literal(const std::string& text) {
  std::string out = "\"";
  for (const char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') {
      out += "\\n\"\n       \"";
      continue;
    }
    out += c;
  }
  return out + "\"";
}

std::string list(const std::vector<std::string>& items) {
  std::string out = "{";
  for (std::size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + literal(items[i]);
  return out + "}";
}

// A field added to Questionnaire or QuestionnaireArea stops this compiling
// (the structured bindings name every field): add it here and regenerate.
std::string initializer(const Questionnaire& q) {
  const auto& [id, name, publisher, valid_from, parties, sources, areas, path] = q;
  CHECK(path.empty() == false);
  std::string out = "{" + literal(id) + ", " + literal(name) + ", " + literal(publisher) + ", {" +
                    std::to_string(valid_from.year) + ", " + std::to_string(valid_from.month) + ", " +
                    std::to_string(valid_from.day) + "}, " + list(parties) + ", " + list(sources) + ", {";
  for (const auto& area : areas) {
    const auto& [area_id, heading, question] = area;
    out += "\n        {" + literal(area_id) + ", " + literal(heading) + ", " + literal(question) + "},";
  }
  return out + "}, {}}";
}

std::string source_for(const std::vector<std::string>& paths) {
  std::string out =
      "// SPDX-License-Identifier: EUPL-1.2\n"
      "// Written by tests/unit/test_known_questionnaires.cpp from templates/ with\n"
      "// LAGESBILD_UPDATE_GOLDEN=1; do not edit (known_questionnaires.hpp says why).\n"
      "// clang-format off\n"
      "#include \"core/report/known_questionnaires.hpp\"\n\nnamespace lagesbild {\n\n"
      "const std::vector<KnownQuestionnaire>& known_questionnaires() {\n"
      "  static const std::vector<KnownQuestionnaire> known = {\n";
  for (const auto& path : paths) {
    Diagnostics d;
    const auto q = load_questionnaire(path, d);
    // Only a questionnaire that reads without a word said is compiled in.
    REQUIRE(q);
    REQUIRE(d.items().empty());
    out += "      {// templates/" + std::filesystem::path(path).filename().string() + "\n       " +
           literal(read(path)) + ",\n       " + initializer(*q) + "},\n";
  }
  return out + "  };\n  return known;\n}\n\n}  // namespace lagesbild\n";
}

}  // namespace

TEST_SUITE("known questionnaires") {
  TEST_CASE("the compiled-in questionnaires are the templates' reading, byte for byte") {
    std::vector<std::string> paths;
    for (const auto& entry : std::filesystem::directory_iterator(LAGESBILD_SOURCE_TEMPLATES))
      if (entry.path().extension() == ".yaml") paths.push_back(entry.path().string());
    std::sort(paths.begin(), paths.end());
    const std::string expected = source_for(paths);
    if (const char* update = std::getenv("LAGESBILD_UPDATE_GOLDEN"); update && std::string(update) == "1") {
      std::ofstream(kSourceFile, std::ios::binary) << expected;
      MESSAGE("rewrote " << kSourceFile);
      return;
    }
    INFO(
        "src/core/report/known_questionnaires.cpp differs from templates/: rewrite it with "
        "LAGESBILD_UPDATE_GOLDEN=1 ctest --test-dir build -R compiled-in, then rebuild");
    CHECK(read(kSourceFile) == expected);
    REQUIRE(known_questionnaires().size() == paths.size());
    for (std::size_t i = 0; i < paths.size(); ++i) {
      CHECK(known_questionnaires()[i].bytes == read(paths[i]));
      Diagnostics d;
      const auto parsed = load_questionnaire(paths[i], d);
      REQUIRE(parsed);
      CHECK(initializer(*parsed) == initializer([&] {
              Questionnaire q = known_questionnaires()[i].questionnaire;
              q.path = paths[i];
              return q;
            }()));
    }
  }

  TEST_CASE("a catalog gives the compiled-in reading for those bytes, and parses anything else") {
    const std::string folder =
        (std::filesystem::temp_directory_path() / ("lagesbild-known-" + std::to_string(std::random_device{}())))
            .string();
    std::filesystem::create_directories(folder);
    const std::string original = read(std::string(LAGESBILD_SOURCE_TEMPLATES) + "/dalarna-2019.yaml");
    std::ofstream(folder + "/dalarna-2019.yaml", std::ios::binary) << original;
    QuestionnaireCatalog catalog({folder});
    Diagnostics d;
    const Questionnaire* q = catalog.find_by_id("dalarna-2019", d);
    REQUIRE(q);
    CHECK(q->path == (std::filesystem::path(folder) / "dalarna-2019.yaml").string());
    CHECK(q->areas.size() == 6);
    // One letter changed, same size: read from the file, not compiled in.
    std::string edited = original;
    const std::string heading = "Hot och våld";
    edited.replace(edited.find(heading), heading.size(), "Hot och Våld");
    REQUIRE(edited.size() == original.size());
    std::ofstream(folder + "/dalarna-2019.yaml", std::ios::binary) << edited;
    QuestionnaireCatalog fresh({folder});
    const Questionnaire* e = fresh.find_by_id("dalarna-2019", d);
    REQUIRE(e);
    CHECK(e->area("hot_och_våld")->heading == "Hot och Våld");
    std::filesystem::remove_all(folder);
  }
}
