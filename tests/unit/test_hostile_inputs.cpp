// SPDX-License-Identifier: EUPL-1.2
// Generated hostile inputs: whatever the bytes, loading gives an answer with
// the file and line named, and never throws, crashes or loops. (The
// libFuzzer target in tests/fuzz goes much further; this runs on every build.)
#include <doctest/doctest.h>

#include <algorithm>
#include <random>

#include "core/report/report_loader.hpp"
#include "helpers.hpp"

using namespace lagesbild;

namespace {

void check_answer(const std::string& text) {
  static QuestionnaireCatalog catalog = test::test_catalog();
  Diagnostics d;
  LoadedReport r;
  CHECK_NOTHROW(r = load_report_text("x.yaml", text, catalog, d));
  for (const auto& item : d.items()) {
    CHECK(item.file == "x.yaml");
    CHECK_FALSE(item.message.empty());
    CHECK_FALSE(item.rule.empty());
    CHECK(item.position.line >= 0);
    const auto lines = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n') +
                                                std::count(text.begin(), text.end(), '\r'));
    CHECK(static_cast<std::size_t>(item.position.line) <= lines + 1);
  }
  // Either it is a valid picture or something says why not.
  CHECK((r.local.has_value() || r.joint.has_value() || d.has_errors()));
}

std::string repeat(const std::string& s, std::size_t n) {
  std::string out;
  for (std::size_t i = 0; i < n; ++i) out += s;
  return out;
}

}  // namespace

TEST_SUITE("hostile_inputs") {
  TEST_CASE("known troublemakers for yaml-cpp 0.7") {
    check_answer(repeat("[", 100000));
    check_answer(repeat("{a: ", 50000));
    check_answer(repeat("- ", 50000) + "x\n");
    check_answer("a: &a [*a]\n");
    check_answer("a: &a [x, x]\nb: &b [*a, *a]\nc: &c [*b, *b]\nd: [*c, *c, *c]\n");
    check_answer("a: \"unterminated");
    check_answer("a: 'unterminated\n");
    check_answer("a: |\n" + repeat("  rad\n", 10000));
    check_answer(std::string(100000, 'x') + ": 1\n");
    check_answer("? [a, b]\n: c\n");
    check_answer("%YAML 1.2\n---\na: 1\n");
    check_answer("a: !<tag:x> 1\n");
    check_answer(std::string("\0\0\0", 3));
    check_answer("\xFE\xFF\x00a");
    check_answer("lägesbild: 1\nmall: ../../../../etc/passwd\ntyp: lokal\n");
    check_answer("lägesbild: 99999999999999999999\n");
  }

  TEST_CASE("thousands of mutations of the examples") {
    const std::string seeds[] = {test::read_file(test::example_path("2026-10_alvdalen_kommun.yaml")),
                                 test::read_file(test::example_path("2026-09_alvdalen_gemensam.yaml"))};
    const std::string tokens[] = {": ", "- ",    "[", "]",    "{",    "}",  "&a ", "*a", "\"",     "'",   "\t",
                                  "\n", "---\n", "#", "\xE4", "\xFF", "\r", "|\n", "~",  "!!int ", "\\e", "  "};
    std::mt19937 random(20261128);  // fixed: the same inputs every run
    for (int i = 0; i < 1500; ++i) {
      std::string text = seeds[i % 2];
      const int edits = 1 + static_cast<int>(random() % 4);
      for (int e = 0; e < edits; ++e) {
        const std::size_t at = random() % (text.size() + 1);
        switch (random() % 3) {
          case 0:
            text.insert(at, tokens[random() % std::size(tokens)]);
            break;
          case 1:
            text.erase(at, random() % 20);
            break;
          default:
            if (at < text.size()) text[at] = static_cast<char>(random() % 256);
        }
      }
      CAPTURE(i);
      check_answer(text);
    }
  }
}
