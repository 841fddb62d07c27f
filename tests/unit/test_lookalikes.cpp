// SPDX-License-Identifier: EUPL-1.2
#include <doctest/doctest.h>

#include <string>

#include "core/yaml/input_bytes.hpp"
#include "core/yaml/lookalikes.hpp"
#include "helpers.hpp"

using namespace lagesbild;
using lagesbild::test::rules_of;

namespace {

using Place = LookalikeHit::Place;

// The one hit in `text`, which must have exactly one.
LookalikeHit only_hit(const std::string& text) {
  const auto hits = find_lookalikes(text);
  REQUIRE(hits.size() == 1);
  return hits[0];
}

std::string fixed_line(const std::string& line) {
  std::vector<LineEdit> edits;
  for (const auto& hit : find_lookalikes(line)) edits.insert(edits.end(), hit.edits.begin(), hit.edits.end());
  return apply_edits(line, edits);
}

}  // namespace

TEST_SUITE("lookalikes") {
  TEST_CASE("every syntax position, with the character named where it stands") {
    CHECK(only_hit("a:\n  \xC2\xA0"
                   "b: 1\n")
              .place == Place::Indent);
    CHECK(only_hit("a:\n  \xC2\xA0"
                   "b: 1\n")
              .line == 2);
    CHECK(only_hit("a:\n  \xC2\xA0"
                   "b: 1\n")
              .byte_column == 2);
    CHECK(only_hit("a:\n  \xE2\x80\x93 b: 1\n").place == Place::ListDash);
    CHECK(only_hit("a:\n  \xE2\x80\xA2 b: 1\n").what->code == 0x2022);
    CHECK(only_hit("a:\n  -\xC2\xA0"
                   "b: 1\n")
              .place == Place::AfterDash);
    CHECK(only_hit("a:\n  \xE2\x80\x8B"
                   "b: 1\n")
              .place == Place::KeyStart);
    CHECK(only_hit("a:\n  \xE2\x80\x8B"
                   "b: 1\n")
              .key == "b");
    CHECK(only_hit("a:\n  b\xC2\xAD"
                   "c: 1\n")
              .place == Place::InKey);
    CHECK(only_hit("trend\xEF\xBC\x9A ok\n").place == Place::Colon);
    CHECK(only_hit("trend:\xC2\xA0ok\n").place == Place::AfterColon);
    CHECK(only_hit("trend: \xE2\x80\x8Bok\n").place == Place::ValueStart);
    CHECK(only_hit("var: \xE2\x80\x9D"
                   "a: b\xE2\x80\x9D\n")
              .place == Place::Quote);
    CHECK(only_hit("var: \"a: b\xE2\x80\x9D\n").closing);
  }

  TEST_CASE("the line as it should be written") {
    CHECK(fixed_line("   \xC2\xA0"
                     "b: 1") == "    b: 1");
    CHECK(fixed_line("  \xE2\x80\x93\xC2\xA0"
                     "b: 1") == "  - b: 1");
    CHECK(fixed_line("var: \xE2\x80\x9D"
                     "Fritidsg\xC3\xA5rden: entr\xC3\xA9n\xE2\x80\x9D") ==
          "var: \"Fritidsg\xC3\xA5rden: entr\xC3\xA9n\"");
    CHECK(fixed_line("var: \xE2\x80\x9D"
                     "a: \"b\"\xE2\x80\x9D") == "var: 'a: \"b\"'");
    CHECK(fixed_line("var: \xE2\x80\x9D"
                     "a: \"b\" it's\xE2\x80\x9D # c") == "var: 'a: \"b\" it''s' # c");
    CHECK(fixed_line("\xEF\xBB\xBF  b\xEF\xBC\x9A\xC2\xA0\xC2\xA0"
                     "1") == "  b:  1");
  }

  TEST_CASE("free text is the writer's own") {
    CHECK(find_lookalikes("vad: \"Hot \xE2\x80\x93 \xE2\x80\x9Dvi kommer\xE2\x80\x9D: sa de\"\n").empty());
    CHECK(find_lookalikes("vad: \xE2\x80\x9DHej\xE2\x80\x9D sa hon\n").empty());
    CHECK(find_lookalikes("vad: \xE2\x80\x9DVi \xC3\xA4r r\xC3\xA4"
                          "dda\xE2\x80\x9D\n")
              .empty());
    CHECK(find_lookalikes("n\xC3\xA4r: kl.\xC2\xA0"
                          "21\xE2\x80\x93"
                          "23\n")
              .empty());
    CHECK(find_lookalikes("b: |\n  \xE2\x80\x93 punkt\n  \xE2\x80\xA2 \xE2\x80\x9D"
                          "a: b\xE2\x80\x9D\n")
              .empty());
    CHECK(find_lookalikes("b: text som\n  \xE2\x80\x93 forts\xC3\xA4tter\n").empty());
    CHECK(find_lookalikes("# \xE2\x80\x93 en kommentar\n  # \xC2\xA0\n").empty());
    CHECK(find_lookalikes("v: \"en text\n  \xE2\x80\x93 som forts\xC3\xA4tter\"\n").empty());
  }

  TEST_CASE("named first and instead of what YAML makes of it") {
    Diagnostics d;
    CHECK_FALSE(prepare_input_text("f.yaml",
                                   "a:\n  b: 1\n \xC2\xA0"
                                   "c: 2\n",
                                   d)
                    .has_value());
    REQUIRE(rules_of(d) == std::vector<std::pair<std::string, int>>{{"forvaxlingsbart-tecken", 3}});
    CHECK(d.items()[0].position.column == 2);
    CHECK(d.items()[0].message.find("hårt mellanslag (U+00A0") != std::string::npos);
    CHECK(d.items()[0].message.find("`  c: 2`") != std::string::npos);
  }

  TEST_CASE("one table: every entry has a name and an origin, and no code twice") {
    for (const auto& l : lookalike_table()) {
      CHECK(!l.name.empty());
      CHECK(!l.origin.empty());
      CHECK(find_lookalike(l.code) == &l);
    }
  }
}

TEST_SUITE("lookalikes") {
  TEST_CASE("lagesbild(5) §7 lists exactly the code's table") {
    const std::string page = lagesbild::test::read_file(std::string(LAGESBILD_TEST_DATA) + "/../man/lagesbild.5");
    const std::size_t from = page.find(".SH §7");
    REQUIRE(from != std::string::npos);
    const std::string section = page.substr(from, page.find(".SH ", from + 1) - from);
    std::size_t listed = 0;
    for (std::size_t at = section.find("U+"); at != std::string::npos; at = section.find("U+", at + 2)) {
      const char32_t code = static_cast<char32_t>(std::stoul(section.substr(at + 2, 4), nullptr, 16));
      CHECK_MESSAGE(find_lookalike(code) != nullptr, "lagesbild(5) §7 lists U+", section.substr(at + 2, 4));
      ++listed;
    }
    CHECK(listed == lookalike_table().size());
  }
}
