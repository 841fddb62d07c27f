#include <doctest/doctest.h>

#include "core/archive/summary.hpp"
#include "helpers.hpp"

using namespace lagesbild;

namespace {

const std::string kArchive = std::string(LAGESBILD_TEST_DATA) + "/cli/summary/arkiv";

// tests/cli/summary/make_archive.py: observations = (month + area + party) % 4.
std::size_t expected_count(int month_index, int area, int party) {
  return static_cast<std::size_t>((month_index + area + party) % 4);
}

}  // namespace

TEST_SUITE("summary") {
  TEST_CASE("the archive is read and attributed, broken files by their name") {
    auto catalog = test::test_catalog();
    const Archive archive = read_archive({kArchive}, catalog);
    CHECK(archive.files.size() == 28);
    CHECK(archive.municipalities() == std::vector<std::pair<std::string, std::string>>{
                                          {"mora", "Mora"}, {"alvdalen", "Älvdalen"}});  // Swedish order
    const auto broken = archive.find("alvdalen", {2026, 6}, "kommun");
    REQUIRE(broken.size() == 1);
    CHECK_FALSE(broken[0]->valid);
    CHECK(archive.find("alvdalen", {2026, 3}, "polis").empty());
    REQUIRE(archive.find("alvdalen", {2026, 11}, "gemensam").size() == 1);
    CHECK_FALSE(archive.find("alvdalen", {2026, 11}, "gemensam")[0]->final);  // nobody approved
  }

  TEST_CASE("every figure of a year, to the single observation") {
    auto catalog = test::test_catalog();
    const Archive archive = read_archive({kArchive}, catalog);
    Diagnostics d;
    const Questionnaire& q = *catalog.find("dalarna-2019", d);
    const Summary s = summarise(archive, q, {2026, 11}, 12, {2026, 11, 28}, "");
    REQUIRE(s.municipalities.size() == 2);
    const MunicipalitySummary& m = s.municipalities[1];
    REQUIRE(m.name == "Älvdalen");
    REQUIRE(m.months.size() == 12);
    CHECK(m.months.front().period == Period{2025, 12});
    for (int month = 0; month < 12; ++month) {
      const MonthSummary& ms = m.months[static_cast<std::size_t>(month)];
      CAPTURE(month);
      for (int area = 0; area < 6; ++area) {
        const AreaMonth& am = ms.areas[static_cast<std::size_t>(area)];
        for (int party = 0; party < 2; ++party) {
          const std::string id = party == 0 ? "kommun" : "polis";
          const bool missing =
              (ms.period == Period{2026, 3} && party == 1) || (ms.period == Period{2026, 6} && party == 0);
          CHECK(am.parties.count(id) == (missing ? 0U : 1U));
          if (!missing) CHECK(am.parties.at(id).observations == expected_count(month, area, party));
        }
        CHECK(am.joint == (ms.period.month >= 9 && ms.period.year == 2026));
      }
    }
    CHECK(m.months[2 + 1].missing_parties == std::vector<std::string>{"polis"});  // 2026-03
    CHECK(m.months[6].missing_parties == std::vector<std::string>{"kommun"});     // 2026-06, broken
    CHECK(m.months[11].areas[0].priority == 1L);
    CHECK(m.invalid_files.size() == 1);
    REQUIRE(m.overdue.size() == 2);
    CHECK(m.overdue[0].action.id == "Å1");
    CHECK(m.overdue[1].action.id == "Å4");  // Å2 is klar, Å3 not yet due
    CHECK(s.needs_attention());
  }

  TEST_CASE("--kommun limits the summary, and a short window ends where asked") {
    auto catalog = test::test_catalog();
    const Archive archive = read_archive({kArchive}, catalog);
    Diagnostics d;
    const Questionnaire& q = *catalog.find("dalarna-2019", d);
    const Summary s = summarise(archive, q, {2026, 10}, 2, {2026, 10, 15}, "Mora");
    REQUIRE(s.municipalities.size() == 1);
    CHECK(s.municipalities[0].months.size() == 2);
    CHECK(s.municipalities[0].months[1].missing_parties == std::vector<std::string>{"polis"});
    CHECK(s.municipalities[0].overdue.empty());
  }
}
