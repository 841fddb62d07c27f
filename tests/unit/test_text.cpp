// SPDX-License-Identifier: EUPL-1.2
#include <doctest/doctest.h>

#include "core/base/text.hpp"
#include "core/base/word_match.hpp"

using namespace lagesbild;

TEST_SUITE("text") {
  TEST_CASE("valid UTF-8 has no invalid offset, Windows-1252 bytes are found") {
    CHECK(find_invalid_utf8("Älvdalen – öppen") == std::string_view::npos);
    CHECK(find_invalid_utf8("ab\xE4"
                            "c") == 2);
    CHECK(find_invalid_utf8("\xC0\x80") == 0);        // overlong
    CHECK(find_invalid_utf8("\xED\xA0\x80") == 0);    // surrogate
    CHECK(find_invalid_utf8("ok\xF0\x9F\x98") == 2);  // truncated
  }

  TEST_CASE("code points are what an editor counts as columns") {
    CHECK(count_code_points("åäö") == 3);
    CHECK(count_code_points("a–b") == 3);
    CHECK(encode_utf8(decode_utf8("Hot mot tjänstemän 😀")) == "Hot mot tjänstemän 😀");
  }

  TEST_CASE("edit distance counts characters and ignores case") {
    CHECK(edit_distance("hot_och_vald", "hot_och_våld") == 1);
    CHECK(edit_distance("Ökande", "ökande") == 0);
    CHECK(edit_distance("", "abc") == 3);
  }

  TEST_CASE("nearest suggests likely typos only") {
    const std::vector<std::string> trends = {"ökande", "oförändrad", "minskande", "okänd"};
    CHECK(nearest("ökad", trends) == std::optional<std::string>("ökande"));
    CHECK(nearest("okand", trends) == std::optional<std::string>("okänd"));
    CHECK_FALSE(nearest("blå", trends).has_value());
    CHECK_FALSE(nearest("ökande", trends).has_value());  // exact is no suggestion
  }

  TEST_CASE("a sure respelling: one candidate near, none other, and near enough for the word's length") {
    const std::vector<std::string> keys = {"trend", "iakttagelser", "bedömning", "upprättad", "upprättad_av", "id"};
    CHECK(sure_respelling("Trend", keys) == std::optional<std::string>("trend"));  // capitals only
    CHECK(sure_respelling("tremd", keys) == std::optional<std::string>("trend"));  // one letter in five
    CHECK(sure_respelling("iaktagelser", keys) == std::optional<std::string>("iakttagelser"));
    CHECK(sure_respelling("bedomning", keys) == std::optional<std::string>("bedömning"));
    CHECK(sure_respelling("ID", keys) == std::optional<std::string>("id"));
    CHECK(sure_respelling("När", {"vad", "var", "när"}) == std::optional<std::string>("när"));  // var is two away
    CHECK_FALSE(sure_respelling("vadd", {"vad", "var"}).has_value());  // var is only one farther
    CHECK_FALSE(sure_respelling("trenden", keys).has_value());         // two letters in seven: a guess
    CHECK(sure_respelling("upprattad", keys) == std::optional<std::string>("upprättad"));
    CHECK_FALSE(sure_respelling("upprättad_", keys).has_value());  // upprättad or upprättad_av?
    CHECK_FALSE(sure_respelling("ip", keys).has_value());          // a short word: any letter is a guess
    CHECK_FALSE(sure_respelling("trend", keys).has_value());       // already known
    CHECK(sure_respelling("trend", {"trend", "trend"}) == std::nullopt);
    CHECK(sure_respelling("Trend", {"trend", "trend"}) == std::optional<std::string>("trend"));
  }

  TEST_CASE("file name slugs are lower-case ASCII") {
    CHECK(file_name_slug("Älvdalen") == "alvdalen");
    CHECK(file_name_slug("Malung-Sälen") == "malung-salen");
    CHECK(file_name_slug("Övre  Norrland ") == "ovre-norrland");
    CHECK(file_name_slug("Falu kommun") == "falu-kommun");
    CHECK(file_name_slug("ÜBERSTADT") == "uberstadt");  // every Latin-1 capital has its small letter
  }

  TEST_CASE("name keys keep the letters that tell Håbo from Habo") {
    CHECK(name_key("Håbo") == "håbo");
    CHECK(name_key("HÅBO") == "håbo");
    CHECK(name_key("Habo") == "habo");
    CHECK(name_key("Malung Sälen") == name_key("malung-sälen"));
    CHECK(name_key("Upplands  Väsby ") == "upplands-väsby");
  }

  TEST_CASE("word wrap keeps words whole") {
    const auto lines = wrap_words("ett två tre fyra", 8);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0] == "ett två");
    CHECK(lines[1] == "tre fyra");
  }

  TEST_CASE("alternatives are listed in Swedish") {
    CHECK(list_alternatives({"a", "b", "c"}, "eller") == "a, b eller c");
    CHECK(list_alternatives({"a"}, "eller") == "a");
  }
}

TEST_SUITE("text") {
  TEST_CASE("suggestions for capitals and for words cut short or inflected") {
    const std::vector<std::string> trends = {"ökande", "oförändrad", "minskande", "okänd"};
    CHECK(nearest("Oförändrad", trends) == std::optional<std::string>("oförändrad"));
    CHECK(nearest("minska", trends) == std::optional<std::string>("minskande"));
    CHECK(nearest("ökat", trends) == std::optional<std::string>("ökande"));
    CHECK(nearest("Trend", {"trend", "iakttagelser"}) == std::optional<std::string>("trend"));
    CHECK_FALSE(nearest("minsk", {"minskande", "minskning"}).has_value());  // not unique
  }

  TEST_CASE("decomposed letters from a Mac are composed") {
    CHECK(compose_nordic_letters("ordningssto\xCC\x88rningar") == "ordningsstörningar");
    CHECK(compose_nordic_letters("A\xCC\x8A"
                                 "a\xCC\x88") == "Åä");
    CHECK(compose_nordic_letters("plain") == "plain");
  }

  TEST_CASE("control characters, raw or C1") {
    CHECK(has_control_characters("a\x1b[2J", true));
    CHECK(
        has_control_characters("a\xC2\x9B"
                               "b",
                               true));
    CHECK_FALSE(has_control_characters("rad\nrad\tflik å", true));
    CHECK(has_control_characters("rad\nrad", false));
  }
}

TEST_SUITE("text") {
  TEST_CASE("FNV-1a checksums as 16 hex digits") {
    CHECK(fnv1a_hex("") == "cbf29ce484222325");
    CHECK(fnv1a_hex("a") == "af63dc4c8601ec8c");
  }
}

TEST_CASE("a heading typed as a key is found among the headings by its words") {
  const std::vector<std::string> headings = {"Ordningsstörningar och otrygghet", "Hot och våld",
                                             "Hot mot kommunala tjänstemän och politiker",
                                             "Alkohol, narkotika, dopning och tobak"};
  CHECK(best_by_words("Alkohol och narkotika", headings) == std::optional<std::size_t>(3));
  CHECK(best_by_words("hot och våld", headings) == std::optional<std::size_t>(1));
  CHECK(best_by_words("ALKOHOL", headings) == std::optional<std::size_t>(3));
  CHECK(best_by_words("Hot", headings) == std::nullopt);  // two headings hold it
  CHECK(best_by_words("Trafik", headings) == std::nullopt);
  CHECK(significant_words("Ungdomar/skolor och ÅÄÖ") == std::vector<std::string>{"ungdomar", "skolor", "åäö"});
}
