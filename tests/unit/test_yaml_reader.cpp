// SPDX-License-Identifier: EUPL-1.2
#include <doctest/doctest.h>

#include "core/yaml/yaml_reader.hpp"
#include "core/yaml/yaml_tree.hpp"
#include "helpers.hpp"

using namespace lagesbild;
using lagesbild::test::has_rule;
using lagesbild::test::rules_of;
using Rules = std::vector<std::pair<std::string, int>>;

namespace {

YamlDocument parse(const std::string& text, Diagnostics& d) {
  return parse_yaml("t.yaml", text, d);
}

}  // namespace

TEST_SUITE("yaml_reader") {
  TEST_CASE("the tree keeps order, text and positions in characters") {
    Diagnostics d;
    const auto doc = parse("område: åäö\nlista:\n  - \"citerad\"\n  - 12\ntom:\nnoll: ~\n", d);
    CHECK(d.items().empty());
    REQUIRE(doc.root.has_value());
    const YamlNode& root = *doc.root;
    REQUIRE(root.entries.size() == 4);
    CHECK(root.entries[0].key.text == "område");
    CHECK(root.entries[0].value.text == "åäö");
    CHECK(root.entries[0].value.position.line == 1);
    CHECK(root.entries[0].value.position.column == 9);  // "område: " is 8 characters
    const YamlNode* list = root.find("lista");
    REQUIRE(list != nullptr);
    REQUIRE(list->items.size() == 2);
    CHECK(list->items[0].quoted);
    CHECK_FALSE(list->items[1].quoted);
    CHECK(root.find("tom")->is_null());
    CHECK(root.find("tom")->position.line == 5);  // an empty value points at its key
    CHECK(root.find("noll")->explicit_null);
  }

  TEST_CASE("duplicate keys are errors at the second key") {
    Diagnostics d;
    parse("a: 1\nb:\n  c: 1\n  c: 2\na: 3\n", d);
    CHECK(rules_of(d) == Rules{{"dubblett-nyckel", 4}, {"dubblett-nyckel", 5}});
    CHECK(d.items()[1].message.find("rad 1") != std::string::npos);
  }

  TEST_CASE("anchors, aliases and tags are refused") {
    Diagnostics d;
    parse("a: &x 1\nb: *x\nc: !!int 3\n", d);
    CHECK(rules_of(d) == Rules{{"yaml-alias", 1}, {"yaml-alias", 2}, {"yaml-tagg", 3}});
  }

  TEST_CASE("a quoted text closed on a shorter line, a # right after the quote: no crash (fuzzer)") {
    Diagnostics d;
    parse("gemensam_bedomning: \"en text\nsom\"# slut\n", d);
    CHECK(d.has_errors());
    REQUIRE_FALSE(d.items().empty());
    CHECK(d.items()[0].position.line == 2);
    CHECK(d.items()[0].message.find("Skriv `som\" # slut`") != std::string::npos);
  }

  TEST_CASE("a second document is refused") {
    Diagnostics d;
    const auto doc = parse("a: 1\n---\nb: 2\n", d);
    CHECK(rules_of(d) == Rules{{"yaml-flera-dokument", 2}});
    CHECK(doc.root.has_value());
  }

  TEST_CASE("a leading --- and a final ... are one document") {
    Diagnostics d;
    parse("---\na: 1\n...\n", d);
    CHECK(d.items().empty());
  }

  TEST_CASE("an unterminated quote is found even where yaml-cpp accepts it") {
    Diagnostics d;
    const auto doc = parse("a: \"abc\nb: 1\n", d);
    CHECK(rules_of(d) == Rules{{"yaml-citat", 1}});
    CHECK_FALSE(doc.root.has_value());
  }

  TEST_CASE("a quote closed only lines later, across a key, is reported at its start") {
    Diagnostics d;
    parse("a: \"abc\nb: 1\nc: \"x\"\n", d);
    REQUIRE(has_rule(d, "yaml-citat"));
    CHECK(d.items()[0].position.line == 1);
  }

  TEST_CASE("a multi-line quoted text without keys inside is fine") {
    Diagnostics d;
    parse("a: \"en lång text\n  som fortsätter\"\nb: 'it''s'\n", d);
    CHECK(d.items().empty());
  }

  TEST_CASE("syntax errors are translated and positioned") {
    Diagnostics d;
    parse("a: b: c\n", d);
    REQUIRE(rules_of(d) == Rules{{"yaml-syntax", 1}});
    CHECK(d.items()[0].message.find("citattecken") != std::string::npos);
    Diagnostics e;
    parse("a: [1, 2\nb: 3\n", e);
    REQUIRE(rules_of(e).size() == 1);
    CHECK(e.items()[0].message.find("]") != std::string::npos);
  }

  TEST_CASE("deep nesting stops early with a clear message") {
    Diagnostics d;
    const auto doc = parse("a: " + std::string(100000, '[') + "\n", d);
    CHECK(rules_of(d) == Rules{{"yaml-djup", 1}});
    CHECK_FALSE(doc.root.has_value());
  }

  TEST_CASE("an empty file and a comment-only file are empty") {
    Diagnostics d;
    parse("", d);
    parse("# bara en kommentar\n", d);
    CHECK(rules_of(d) == Rules{{"tom-fil", 1}, {"tom-fil", 1}});
  }

  TEST_CASE("a missing file is unreadable") {
    Diagnostics d;
    const auto doc = load_yaml_file("/nonexistent/file.yaml", d);
    CHECK(doc.unreadable);
    CHECK(rules_of(d) == Rules{{"fil", 0}});
  }
}

TEST_SUITE("yaml_reader") {
  TEST_CASE("a missing space after a colon or a dash is named on its own line") {
    Diagnostics d;
    parse("a:\n  trend:ökande\n  b: 1\n", d);
    REQUIRE(rules_of(d) == Rules{{"yaml-syntax", 2}});
    CHECK(d.items()[0].message.find("mellanslag saknas efter kolonet i \"trend:ökande\"") != std::string::npos);
    Diagnostics e;
    parse("a:\n  -vad: x\n  - vad: y\n", e);
    REQUIRE(rules_of(e).size() == 1);
    CHECK(e.items()[0].position.line == 2);
    CHECK(e.items()[0].message.find("efter \"-\"") != std::string::npos);
  }

  TEST_CASE("an unclosed list is reported where it opens") {
    Diagnostics d;
    parse("a: 1\nb: [x, y\nc: 2\n\nd: 3\n", d);
    REQUIRE(rules_of(d) == Rules{{"yaml-syntax", 2}});
    CHECK(d.items()[0].position.column == 4);
  }

  TEST_CASE("control characters written as escapes are refused, and never printed") {
    Diagnostics d;
    parse("a: \"x\\e[2Jy\"\n", d);
    REQUIRE(rules_of(d) == Rules{{"styrtecken", 1}});
    CHECK(d.items()[0].message.find('\x1b') == std::string::npos);
  }

  TEST_CASE("many duplicate keys are found quickly and every one is reported") {
    std::string text;
    for (int i = 0; i < 5000; ++i) text += "k: 1\n";
    Diagnostics d;
    parse(text, d);
    CHECK(d.items().size() == 4999);
    d.sort();
    d.limit_per_file(100);
    REQUIRE(d.items().size() == 101);
    CHECK(d.items().back().rule == "for-manga-fel");
    CHECK(d.items().back().message.find("4899") != std::string::npos);
  }

  TEST_CASE("a long line is quoted as a window around the column") {
    Diagnostics d;
    parse("a: " + std::string(1000, 'x') + " b: c\n", d);
    REQUIRE(d.items().size() == 1);
    CHECK(d.items()[0].excerpt.size() < 200 * 3);
  }
}
