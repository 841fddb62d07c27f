// SPDX-License-Identifier: EUPL-1.2
#include <doctest/doctest.h>

#include "core/report/questionnaire.hpp"
#include "helpers.hpp"

using namespace lagesbild;
using lagesbild::test::has_rule;
using lagesbild::test::TempDir;

TEST_SUITE("questionnaire") {
  TEST_CASE("dalarna-2019 has the seed's six areas, word for word, in order") {
    auto catalog = test::test_catalog();
    Diagnostics d;
    const Questionnaire* q = catalog.find("dalarna-2019", d);
    REQUIRE(q != nullptr);
    CHECK(d.items().empty());
    CHECK(q->parties == std::vector<std::string>{"kommun", "polis"});
    CHECK(q->sources.size() == 11);
    REQUIRE(q->areas.size() == 6);
    CHECK(q->area_ids() == std::vector<std::string>{"ordningsstörningar", "hot_och_våld",
                                                    "extremism_och_kriminella_nätverk", "ungdomar_och_skolor", "andt",
                                                    "hot_mot_tjänstemän_och_politiker"});
    CHECK(q->areas[0].heading == "Ordningsstörningar och otrygghet");
    CHECK(q->areas[0].question ==
          "Vilka ordningsstörningar och händelser som kan skapa otrygghet i samhället (t. ex. inbrott, "
          "buskörning, bränder eller skadegörelse) har förekommit den senaste månaden?");
    CHECK(q->areas[3].heading == "Ungdomar/skolor");
    CHECK(q->areas[5].question ==
          "Förekommer hot, våld eller trakasserier med anledning av myndighets eller politiska beslut eller "
          "beroende på vilken politisk hemvist man har?");
  }

  TEST_CASE("unknown ids are not found, and are listed by known_ids") {
    auto catalog = test::test_catalog();
    Diagnostics d;
    CHECK(catalog.find("dalarna-2091", d) == nullptr);
    CHECK(d.items().empty());
    CHECK(catalog.known_ids() == std::vector<std::string>{"dalarna-2019"});
  }

  TEST_CASE("a broken questionnaire gets diagnostics like a report") {
    TempDir dir;
    dir.write(
        "trasig.yaml",
        "mall: trasig\nnamn: Trasig\ngiltig_från: 2019-02-30\nparter: [kommun, gemensam]\n"
        "källor: [a]\nområden:\n  - id: x\n    rubrik: X\n  - id: x\n    rubrik: Y\n    fråga: F?\n    extra: 1\n");
    QuestionnaireCatalog catalog({dir.path()});
    Diagnostics d;
    CHECK(catalog.find("trasig", d) == nullptr);
    CHECK(has_rule(d, "ogiltigt-datum"));
    CHECK(has_rule(d, "saknad-nyckel"));  // first area has no fråga
    CHECK(has_rule(d, "mall-id"));        // "gemensam" as a party, and x twice
    CHECK(has_rule(d, "okand-nyckel"));   // extra
    for (const auto& item : d.items()) CHECK(item.file == dir.file("trasig.yaml"));
  }

  TEST_CASE("a file whose id differs from its name is refused") {
    TempDir dir;
    dir.write("ny.yaml",
              "mall: annan\nnamn: N\ngiltig_från: 2024-01-01\nparter: [kommun]\nkällor: [a]\n"
              "områden:\n  - id: x\n    rubrik: X\n    fråga: F?\n");
    QuestionnaireCatalog catalog({dir.path()});
    Diagnostics d;
    CHECK(catalog.find("ny", d) == nullptr);
    CHECK(has_rule(d, "mall-id"));
    Diagnostics by_path;
    CHECK(catalog.find(dir.file("ny.yaml"), by_path) != nullptr);  // by path, the file's own id counts
  }
}
