// SPDX-License-Identifier: EUPL-1.2
#include <doctest/doctest.h>

#include "core/diag/reporter.hpp"
#include "core/report/field_reader.hpp"
#include "core/yaml/yaml_reader.hpp"
#include "helpers.hpp"

using namespace lagesbild;
using lagesbild::test::rules_of;
using Rules = std::vector<std::pair<std::string, int>>;

namespace {

struct Parsed {
  Diagnostics d;
  YamlDocument doc;
  explicit Parsed(const std::string& text) : doc(parse_yaml("t.yaml", text, d)) {}
  const YamlNode& at(const std::string& key) const { return *doc.root->find(key); }
};

}  // namespace

TEST_SUITE("schema") {
  TEST_CASE("unknown keys get the nearest known key") {
    Parsed p("trend: ökande\nbedomning: x\nhelt_annat: y\n");
    Reporter r(p.doc.source, p.d);
    MappingReader map(r, *p.doc.root, "fokusområdet `andt`");
    map.optional("trend");
    map.optional("bedömning");
    map.finish();
    REQUIRE(rules_of(p.d) == Rules{{"okand-nyckel", 2}, {"okand-nyckel", 3}});
    CHECK(p.d.items()[0].message.find("Menade du `bedömning`?") != std::string::npos);
    CHECK(p.d.items()[1].message.find("Tillåtna nycklar här: trend, bedömning") != std::string::npos);
  }

  TEST_CASE("required keys: absent or empty") {
    Parsed p("a: 1\nb:\n");
    Reporter r(p.doc.source, p.d);
    MappingReader map(r, *p.doc.root, "lägesbilden");
    CHECK(map.required("b") == nullptr);
    CHECK(map.required("c") == nullptr);
    map.finish();
    CHECK(rules_of(p.d) == Rules{{"saknat-varde", 2}, {"okand-nyckel", 1}, {"saknad-nyckel", 1}});
  }

  TEST_CASE("a misspelt required key: one message, the unknown key with its suggestion") {
    Parsed p("uppratad_av: X\n");
    Reporter r(p.doc.source, p.d);
    {
      MappingReader map(r, *p.doc.root, "lägesbilden");
      CHECK(map.required("upprättad_av") == nullptr);
      CHECK(map.misspelled() == std::vector<std::string>{"upprättad_av"});
      map.finish();
    }
    REQUIRE(rules_of(p.d) == Rules{{"okand-nyckel", 1}});
    CHECK(p.d.items()[0].message.find("Menade du `upprättad_av`?") != std::string::npos);
  }

  TEST_CASE("a required key missing is reported even by a reader that returns before finish()") {
    Parsed p("a: 1\n");
    Reporter r(p.doc.source, p.d);
    {
      MappingReader map(r, *p.doc.root, "lägesbilden");
      CHECK(map.required("c") == nullptr);
    }
    CHECK(rules_of(p.d) == Rules{{"saknad-nyckel", 1}});
  }

  TEST_CASE("choices suggest the nearest allowed value") {
    Parsed p("trend: ökad\nstatus: [a]\n");
    Reporter r(p.doc.source, p.d);
    CHECK_FALSE(read_choice(r, p.at("trend"), "trend", {"ökande", "minskande"}).has_value());
    CHECK_FALSE(read_choice(r, p.at("status"), "status", {"klar"}).has_value());
    REQUIRE(rules_of(p.d) == Rules{{"otillatet-varde", 1}, {"fel-typ", 2}});
    CHECK(p.d.items()[0].message.find("Menade du `ökande`?") != std::string::npos);
  }

  TEST_CASE("integers, booleans, dates and periods") {
    Parsed p("a: 4\nb: fyra\nc: 0\nd: true\ne: ja\nf: 2026-02-30\ng: 2026-11\nh: \"true\"\n");
    Reporter r(p.doc.source, p.d);
    CHECK(read_integer(r, p.at("a"), "antal", 1, 10) == 4L);
    CHECK_FALSE(read_integer(r, p.at("b"), "antal", 1, 10).has_value());
    CHECK_FALSE(read_integer(r, p.at("c"), "antal", 1, 10).has_value());
    CHECK(read_bool(r, p.at("d"), "x") == true);
    CHECK_FALSE(read_bool(r, p.at("e"), "x").has_value());
    CHECK_FALSE(read_date(r, p.at("f"), "upprättad").has_value());
    CHECK(read_period(r, p.at("g"), "period") == std::optional<Period>(Period{2026, 11}));
    CHECK_FALSE(read_bool(r, p.at("h"), "x").has_value());  // a quoted "true" is text
    CHECK(rules_of(p.d) ==
          Rules{{"fel-typ", 2}, {"otillatet-varde", 3}, {"fel-typ", 5}, {"ogiltigt-datum", 6}, {"fel-typ", 8}});
    CHECK(p.d.items()[2].message.find("Skriv `true` för ja") != std::string::npos);
    CHECK(p.d.items()[3].message.find("inget datum som finns") != std::string::npos);
  }

  TEST_CASE("free text is scanned for personal data at the exact column") {
    Parsed p("vad: \"Ägaren, 640823-3234, hördes\"\n");
    Reporter r(p.doc.source, p.d);
    read_text(r, p.at("vad"), "vad", TextKind::FreeText);
    REQUIRE(rules_of(p.d) == Rules{{"personnummer", 1}});
    CHECK(p.d.items()[0].position.column == 15);
    CHECK(p.d.items()[0].excerpt == "vad: \"Ägaren, XXXXXX-XXXX, hördes\"");
    CHECK(p.d.items()[0].message.find("3234") == std::string::npos);
  }

  TEST_CASE("text lists accept flow and block lists and a lone text") {
    Parsed p("a: [x, y]\nb:\n  - z\nc: w\nd: {k: v}\n");
    Reporter r(p.doc.source, p.d);
    CHECK(read_text_list(r, p.at("a"), "a", TextKind::Word).size() == 2);
    CHECK(read_text_list(r, p.at("b"), "b", TextKind::Word).size() == 1);
    CHECK(read_text_list(r, p.at("c"), "c", TextKind::Word).size() == 1);
    CHECK(read_text_list(r, p.at("d"), "d", TextKind::Word).empty());
    CHECK(rules_of(p.d) == Rules{{"fel-typ", 5}});
  }
}

TEST_SUITE("schema") {
  TEST_CASE("an identity number never appears in a message") {
    Parsed p("trend: 640823-3234\n");
    Reporter r(p.doc.source, p.d);
    read_choice(r, p.at("trend"), "trend", {"ökande"});
    REQUIRE(p.d.items().size() == 1);
    CHECK(p.d.items()[0].message.find("640823") == std::string::npos);
    CHECK(p.d.items()[0].message.find("XXXXXX-XXXX") != std::string::npos);
  }

  TEST_CASE("the same number twice is reported at each place") {
    Parsed p("vad: A 196408233234, B 6408233234.\n");
    Reporter r(p.doc.source, p.d);
    read_text(r, p.at("vad"), "vad", TextKind::FreeText);
    REQUIRE(rules_of(p.d) == Rules{{"personnummer", 1}, {"personnummer", 1}});
    CHECK(p.d.items()[0].position.column == 8);
    CHECK(p.d.items()[1].position.column == 24);
  }

  TEST_CASE("a text cut by # is a warning, a comment after the text is not") {
    Parsed p("a: se ärende #4711 i veckan\nb: Kommunpolis   # en roll\nc: \"x #1\"\n");
    Reporter r(p.doc.source, p.d);
    CHECK(read_text(r, p.at("a"), "a", TextKind::FreeText) == std::optional<std::string>("se ärende"));
    read_text(r, p.at("b"), "b", TextKind::FreeText);
    read_text(r, p.at("c"), "c", TextKind::FreeText);
    REQUIRE(rules_of(p.d) == Rules{{"text-avklippt", 1}});
    CHECK(p.d.items()[0].position.column == 14);
    CHECK(p.d.items()[0].severity == Severity::Warning);
    // What is lost, and what to type to keep it.
    CHECK(p.d.items()[0].message.find("\"#4711 i veckan\" räknas som en kommentar") != std::string::npos);
    CHECK(p.d.items()[0].message.find("`a: \"se ärende #4711 i veckan\"`") != std::string::npos);
  }
}
