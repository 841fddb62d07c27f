// SPDX-License-Identifier: EUPL-1.2
#include <doctest/doctest.h>

#include "core/base/limits.hpp"
#include "core/yaml/input_bytes.hpp"
#include "helpers.hpp"

using namespace lagesbild;
using lagesbild::test::rules_of;

TEST_SUITE("input_bytes") {
  TEST_CASE("a UTF-8 BOM and CRLF line endings are accepted silently") {
    Diagnostics d;
    const auto text = prepare_input_text("f.yaml",
                                         "\xEF\xBB\xBF"
                                         "a: 1\r\nb: ä\r\n",
                                         d);
    REQUIRE(text.has_value());
    CHECK(*text == "a: 1\nb: ä\n");
    CHECK(d.items().empty());
  }

  TEST_CASE("Windows-1252 is recognised, with the first line and column") {
    Diagnostics d;
    CHECK_FALSE(prepare_input_text("f.yaml", "a: 1\nkommun: \xC4lvdalen\nb: \xF6\n", d).has_value());
    REQUIRE(d.items().size() == 1);
    const auto& item = d.items()[0];
    CHECK(item.rule == "teckenkodning");
    CHECK(item.position.line == 2);
    CHECK(item.position.column == 9);
    CHECK(item.message.find("\"Ä\" i Windows-1252") != std::string::npos);
    CHECK(item.message.find("Totalt 2 rader") != std::string::npos);
    CHECK(item.excerpt == "kommun: Älvdalen");
  }

  TEST_CASE("UTF-16 gets its own message") {
    Diagnostics d;
    CHECK_FALSE(prepare_input_text("f.yaml",
                                   std::string("\xFF\xFE"
                                               "a\0:\0 \0"
                                               "1\0",
                                               10),
                                   d)
                    .has_value());
    CHECK(rules_of(d) == std::vector<std::pair<std::string, int>>{{"teckenkodning", 1}});
    CHECK(d.items()[0].message.find("UTF-16") != std::string::npos);
  }

  TEST_CASE("tabs used for indentation are named per line") {
    Diagnostics d;
    CHECK_FALSE(prepare_input_text("f.yaml", "a:\n\tb: 1\n  c: 2\n \td: 3\ne: \"x\ty\"\n", d).has_value());
    CHECK(rules_of(d) == std::vector<std::pair<std::string, int>>{{"tabb", 2}, {"tabb", 4}});
    CHECK(d.items()[1].position.column == 2);
  }

  TEST_CASE("control characters are refused") {
    Diagnostics d;
    CHECK_FALSE(prepare_input_text("f.yaml",
                                   "a: b\x01"
                                   "c\n",
                                   d)
                    .has_value());
    CHECK(rules_of(d) == std::vector<std::pair<std::string, int>>{{"styrtecken", 1}});
    Diagnostics binary;
    CHECK_FALSE(prepare_input_text("f.yaml", std::string("a: b\0c\n", 7), binary).has_value());
    CHECK(rules_of(binary) == std::vector<std::pair<std::string, int>>{{"binar-fil", 0}});
  }

  TEST_CASE("files larger than the limit are refused before parsing") {
    Diagnostics d;
    CHECK_FALSE(prepare_input_text("f.yaml", std::string(limits::kMaxFileBytes + 1, 'a'), d).has_value());
    CHECK(rules_of(d) == std::vector<std::pair<std::string, int>>{{"filstorlek", 0}});
  }
}
