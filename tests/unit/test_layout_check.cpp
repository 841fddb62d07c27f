// SPDX-License-Identifier: EUPL-1.2
// The line where an official made a mistake (layout_check), and the YAML
// that yaml-cpp 0.7 wrongly accepts (line_scan).
#include <doctest/doctest.h>

#include <string>

#include "core/yaml/layout_check.hpp"
#include "core/yaml/line_scan.hpp"

using namespace lagesbild;

namespace {

// The line of the first layout problem (0: none) and its message.
std::pair<int, std::string> layout_of(const std::string& text) {
  const auto problem = find_layout_problem(scan_lines(text));
  return problem ? std::make_pair(problem->line, problem->message) : std::make_pair(0, std::string());
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

const char* const kObservation =
    "områden:\n"
    "  ordningsstörningar:\n"
    "    trend: ökande\n"
    "    iakttagelser:\n"
    "      - vad: Skadegörelse på busskurer.\n"
    "        var: Dalgatan\n"
    "        källa: vaktmästare\n";

}  // namespace

TEST_SUITE("layout_check") {
  TEST_CASE("valid layouts have no problem") {
    CHECK(layout_of(kObservation).first == 0);
    CHECK(layout_of("a:\n- x\n- y\nb: 1\n").first == 0);  // a list at its key's indent
    CHECK(layout_of("a: en lång text\n  som fortsätter\nb: 1\n").first == 0);
    CHECK(layout_of("a:\n  en text under nyckeln\n  på två rader\nb: 1\n").first == 0);
    CHECK(layout_of("a: \"citat\n  som fortsätter\"\nb: [x,\n  y]\n").first == 0);
    CHECK(layout_of("a: |\n  rad ett\n\n  rad två\nb: ~\n").first == 0);
    CHECK(layout_of("- - a\n  - b\n- c: 1\n  d: 2\n").first == 0);
    CHECK(layout_of("a: &x\n  b: 1\n# kommentar\n---\nc: 2\n").first == 0);
  }

  TEST_CASE("a key without its colon is named on its own line, with what to type") {
    const auto [line, message] =
        layout_of(std::string(kObservation) + "        var Noretskolan\n        när: helger\n");
    CHECK(line == 8);
    CHECK(contains(message, "`var` saknar kolon – skriv `var: Noretskolan`"));
    // The first line under a key, and the last line of the file.
    CHECK(layout_of("a:\n  trend ökande\n  b: 1\n") ==
          std::make_pair(2, std::string("`trend` saknar kolon – skriv `trend: ökande`.")));
    CHECK(layout_of("a:\n  b: 1\nc\n").first == 3);
    CHECK(layout_of("upprättad: 2026-11-04\nupprättad_av Samordnare\nklassificering: intern\n").first == 2);
  }

  TEST_CASE("a text going on at its key's indent is told to be indented or joined") {
    const auto [line, message] = layout_of(
        "a:\n  bedömning: Skadegörelsen i centrum har ökat sedan september och samlas kring\n  "
        "fredagskvällar.\n");
    CHECK(line == 3);
    CHECK(contains(message, "dra in raden mer än `bedömning`"));
  }

  TEST_CASE("a line indented too little under an empty key is blamed, not the line after it") {
    const std::string other = "a:\n  ordning:\n    trend: ökande\n    iakttagelser: []\n";
    const auto [line, message] = layout_of(other + "  hot:\n  trend: ökande\n    iakttagelser:\n");
    CHECK(line == 6);
    CHECK(contains(message, "hör till `hot` på rad 5"));
    CHECK(contains(message, "`    trend: ökande`"));
    // A key that left its block: blamed when the key stands at the deeper indent elsewhere.
    CHECK(layout_of(other + "  hot:\n    trend: ökande\n  iakttagelser:\n      - vad: x\n    bedömning: y\n").first ==
          7);
    // A key written once (an area moved out by one level) is not blamed: the line after it is.
    CHECK(layout_of(other + "  hot:\n      trend: ökande\n    iakttagelser: []\n").first == 7);
  }

  TEST_CASE("a key indented too far, or between two blocks, says which indent fits") {
    CHECK(contains(layout_of("a:\n  b: 1\n    c: 2\n").second, "Ta bort 2 mellanslag"));
    const auto [line, message] = layout_of("a:\n  b:\n    c: 1\n   d: 2\n");
    CHECK(line == 4);
    CHECK(contains(message, "har 4 (`c` på rad 3) eller 2 (`b` på rad 2)"));
  }

  TEST_CASE("a list item without its dash is told to get one") {
    const auto [line, message] = layout_of("källor:\n  - fritidsledare\n  vaktmästare\n");
    CHECK(line == 3);
    CHECK(contains(message, "Skriv `- vaktmästare`"));
    // A key of the enclosing block, indented into the list, is an indent mistake.
    CHECK(contains(layout_of("a:\n  lista:\n    - x\n    b: 1\n").second, "ge den samma indrag (2 mellanslag)"));
  }

  TEST_CASE("a text continued under a quote or [ ] must be indented more than its key") {
    CHECK(layout_of("a: \"en text\nsom fortsätter\"\n").first == 2);
    CHECK(contains(layout_of("a: [x,\ny]\n").second, "listan inom [ ]"));
  }

  TEST_CASE("typing slips: no space after a colon or a dash") {
    CHECK(contains(layout_of("a:\n  trend:ökande\n  b: 1\n").second, "Skriv \"trend: ökande\""));
    CHECK(layout_of("a:\n  -vad: x\n  - vad: y\n").first == 2);
  }
}

TEST_SUITE("line_scan") {
  // yaml-test-suite's error cases that yaml-cpp 0.7 takes as YAML.
  TEST_CASE("what yaml-cpp wrongly accepts is a problem on its line") {
    for (const char* text :
         {"[a, , b]\n", "[ , a]\n", "key: \"value\"# invalid\n", "a: \"quoted \\' x\"\n", "%YAML 1.2\n...\n",
          "[ a, b ]#invalid\n", "[ a,#invalid\n]\n", "- [-, -]\n", "[-]\n", "block: ># comment\n  scalar\n"}) {
      CAPTURE(text);
      const LineScan scan = scan_lines(text);
      REQUIRE_FALSE(scan.problems.empty());
      CHECK(scan.problems.front().line == 1);
    }
    const LineScan blank = scan_lines("a: >\n   \n # text\n");  // a blank line wider than the text
    REQUIRE(blank.problems.size() == 1);
    CHECK(blank.problems[0].line == 2);
    for (const char* text : {"foo:\n  bar\ninvalid\n", "quoted: \"a\nb\"\n", "flow: [a,\nb]\n"}) {
      CAPTURE(text);
      CHECK(layout_of(text).first ==
            3 - (std::string(text).find('[') != std::string::npos || std::string(text).find('"') != std::string::npos));
    }
  }

  TEST_CASE("quotes inside a double-quoted text: put the text in single quotes") {
    const LineScan scan = scan_lines("- vad: \"brev om \"heder\" och hot\"\n");
    REQUIRE(scan.problems.size() == 1);
    CHECK(contains(scan.problems[0].message, "`- vad: 'brev om \"heder\" och hot'`"));
    const LineScan apostrophes = scan_lines("vad: 'Kiosken 'Hörnet' har stängt'\n");
    REQUIRE(apostrophes.problems.size() == 1);
    CHECK(contains(apostrophes.problems[0].message, "`vad: \"Kiosken 'Hörnet' har stängt\"`"));
  }

  TEST_CASE("valid quoting, comments and lists are no problem") {
    const LineScan scan = scan_lines(
        "a: \"x\" # kommentar\nb: 'it''s'\nc: [a, b, ]\nd: text#inte-kommentar\ne: \"\\\"\"\nf: "
        "{x: 1}\n");
    CHECK(scan.problems.empty());
    CHECK(scan.lines[0].comment == " kommentar");
    CHECK(scan.lines[3].comment_column == std::string::npos);
  }
}
