// SPDX-License-Identifier: EUPL-1.2
#include <doctest/doctest.h>

#include "core/yaml/comment_scan.hpp"

using namespace lagesbild;

namespace {

std::vector<std::string> texts(const std::string& yaml) {
  std::vector<std::string> out;
  for (const auto& c : find_comments(yaml)) out.push_back(std::to_string(c.line) + ":" + c.text);
  return out;
}

}  // namespace

TEST_SUITE("comment_scan") {
  TEST_CASE("whole-line and trailing comments") {
    CHECK(texts("# rubrik\na: 1  # efter\n  # indragen\n") ==
          std::vector<std::string>{"1:rubrik", "2:efter", "3:indragen"});
  }

  TEST_CASE("a # inside a text is not a comment") {
    CHECK(texts("a: \"nr # 3\"\nb: 'x # y'\nc: nr#3\nd: \"två\n  rader # inne\"\n").empty());
    CHECK(texts("e: Det \"sade\" han # men detta\n") == std::vector<std::string>{"1:men detta"});
    CHECK(texts("f: 'it''s # inne'\n") == std::vector<std::string>{});
  }

  TEST_CASE("block texts are content until the indent returns") {
    CHECK(texts("a: |\n  # inte kommentar\n  text\nb: 1 # kommentar\n") == std::vector<std::string>{"4:kommentar"});
    CHECK(texts("- >-\n  # inne\n# ute\n") == std::vector<std::string>{"3:ute"});
  }

  TEST_CASE("comments_not_in finds what people added, counting repeats") {
    const std::string generated = "# a\nx: 1 # b\n# a\n";
    CHECK(comments_not_in("# a\nx: 2 # b\n# a\n", generated).empty());
    CHECK(comments_not_in("x: 2\n", generated).empty());  // removing comments loses nothing
    const auto extra = comments_not_in("# a\n# a\n# a\n# ny\n", generated);
    REQUIRE(extra.size() == 2);
    CHECK(extra[0].line == 3);
    CHECK(extra[1].text == "ny");
  }
}
