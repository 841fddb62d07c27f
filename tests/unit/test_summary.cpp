// SPDX-License-Identifier: EUPL-1.2
#include <doctest/doctest.h>

#include "core/archive/summary.hpp"
#include "core/archive/summary_document.hpp"
#include "core/archive/summary_json.hpp"
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
                                          {"mora", "Mora"}, {"älvdalen", "Älvdalen"}});  // Swedish order
    const auto broken = archive.find("älvdalen", {2026, 6}, "kommun");
    REQUIRE(broken.size() == 1);
    CHECK_FALSE(broken[0]->valid);
    CHECK(archive.find("älvdalen", {2026, 3}, "polis").empty());
    REQUIRE(archive.find("älvdalen", {2026, 11}, "gemensam").size() == 1);
    CHECK_FALSE(archive.find("älvdalen", {2026, 11}, "gemensam")[0]->final);  // nobody approved

    // The broken June file counts in a window that has June, not in one that does not.
    Diagnostics d;
    const Questionnaire& q = *catalog.find("dalarna-2019", d);
    CHECK(summarise(archive, q, {2026, 11}, 6, {2026, 11, 28}, "Älvdalen").municipalities[0].invalid_files.size() == 1);
    CHECK(summarise(archive, q, {2026, 11}, 5, {2026, 11, 28}, "Älvdalen").municipalities[0].invalid_files.empty());
    CHECK(summarise(archive, q, {2026, 5}, 3, {2026, 11, 28}, "Älvdalen").municipalities[0].invalid_files.empty());
  }

  TEST_CASE("Håbo and Habo, whose file names are the same, stay two municipalities") {
    // A national archive kept by county: uppsala/2026-10_habo_kommun.yaml is
    // Håbo's, jonkoping/2026-10_habo_kommun.yaml is Habo's (lagesbild(5) §4).
    test::TempDir uppsala;
    test::TempDir jonkoping;
    const std::string report = test::read_file(test::example_path("2026-10_alvdalen_kommun.yaml"));
    const auto named = [&](const std::string& name) {
      const std::string written = "kommun: Älvdalen";
      std::string text = report;
      text.replace(text.find(written), written.size(), "kommun: " + name);
      return text;
    };
    uppsala.write("2026-10_habo_kommun.yaml", named("Håbo"));
    jonkoping.write("2026-10_habo_kommun.yaml", named("Habo"));
    // Unreadable, so named only by the file name, which both could own: the
    // one beside Habo's file is Habo's ...
    jonkoping.write("2026-10_habo_polis.yaml", "lägesbild: [\n");
    // ... one in a folder of neither is nobody's ...
    test::TempDir elsewhere;
    elsewhere.write("2026-10_habo_gemensam.yaml", "lägesbild: [\n");
    // ... one that only Mora could own is Mora's ...
    uppsala.write("2026-10_mora_kommun.yaml", named("Mora"));
    uppsala.write("2026-10_mora_polis.yaml", "lägesbild: [\n");
    // ... and one whose municipality has no readable file stands alone.
    elsewhere.write("2026-10_orsa_polis.yaml", "lägesbild: [\n");
    auto catalog = test::test_catalog();
    const Archive archive = read_archive({uppsala.path(), jonkoping.path(), elsewhere.path()}, catalog);
    CHECK(archive.municipalities() == std::vector<std::pair<std::string, std::string>>{
                                          {"habo", "Habo"}, {"håbo", "Håbo"}, {"mora", "Mora"}, {"fil:orsa", "orsa"}});
    CHECK(archive.find("håbo", {2026, 10}, "kommun").size() == 1);
    CHECK(archive.find("habo", {2026, 10}, "kommun").size() == 1);
    CHECK(archive.find("habo", {2026, 10}, "polis").size() == 1);
    CHECK(archive.find("håbo", {2026, 10}, "polis").empty());
    CHECK(archive.find("habo", {2026, 10}, "gemensam").empty());
    CHECK(archive.find("håbo", {2026, 10}, "gemensam").empty());
    CHECK(archive.find("mora", {2026, 10}, "polis").size() == 1);
    CHECK(archive.find("fil:orsa", {2026, 10}, "polis").size() == 1);

    // --kommun: the name as written, in any case; the file name part when no
    // municipality is written so.
    CHECK(archive.answers_to("håbo", "HÅBO"));
    CHECK_FALSE(archive.answers_to("håbo", "habo"));
    CHECK(archive.answers_to("habo", "habo"));
    CHECK(archive.answers_to("mora", "mora"));
    CHECK_FALSE(archive.answers_to("mora", "Orsa"));

    Diagnostics d;
    const Questionnaire& q = *catalog.find("dalarna-2019", d);
    const Summary s = summarise(archive, q, {2026, 10}, 1, {2026, 11, 5}, "Håbo");
    REQUIRE(s.municipalities.size() == 1);
    CHECK(s.municipalities[0].name == "Håbo");
    CHECK(s.municipalities[0].invalid_files.empty());
    REQUIRE(s.unattributed_files.size() == 1);  // whatever --kommun is: it could be Håbo's
    CHECK(s.unattributed_files[0].find("2026-10_habo_gemensam.yaml") != std::string::npos);
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
          if (missing) continue;
          const std::size_t n = expected_count(month, area, party);
          CHECK(am.parties.at(id).observations == n);
          CHECK(am.parties.at(id).events == n * (n + 1) / 2);  // antal 2, 3 ... from the second on
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

  TEST_CASE("--from: months before the start are neither counted nor missing") {
    auto catalog = test::test_catalog();
    const Archive archive = read_archive({kArchive}, catalog);
    Diagnostics d;
    const Questionnaire& q = *catalog.find("dalarna-2019", d);
    const Summary s = summarise(archive, q, {2026, 11}, 12, {2026, 11, 28}, "Mora", Period{2026, 10});
    CHECK(s.from == Period{2026, 10});
    REQUIRE(s.municipalities.size() == 1);
    CHECK(s.municipalities[0].months.size() == 2);
    // A start earlier than the window changes nothing: --months still counts.
    CHECK(summarise(archive, q, {2026, 11}, 3, {2026, 11, 28}, "", Period{2025, 1}).from == Period{2026, 9});
  }
}

TEST_SUITE("summary document") {
  TEST_CASE("a final joint picture's trend and priority are decisions, a draft's are marked") {
    auto catalog = test::test_catalog();
    // The examples: September's joint picture is final, October has none.
    const Archive final_archive = read_archive({test::example_path("")}, catalog);
    Diagnostics d;
    const Questionnaire& q = *catalog.find("dalarna-2019", d);
    const std::string final_md =
        summary_markdown(summarise(final_archive, q, {2026, 10}, 2, {2026, 11, 5}, ""), Classification::Open, "");
    CHECK(final_md.find("| Älvdalen | 1 av 2 | 2 | 1 (1) | 0 | 0 |") != std::string::npos);
    CHECK(final_md.find("- Slutlig: september 2026") != std::string::npos);
    CHECK(final_md.find("| 2026-09 | saknas | – | saknas | – | ↑ ökande | 1 |") != std::string::npos);
    CHECK(final_md.find("(utkast) |") == std::string::npos);

    // tests/cli/summary/arkiv: nobody approved its joint pictures.
    const Archive draft_archive = read_archive({kArchive}, catalog);
    const Summary drafts = summarise(draft_archive, q, {2026, 11}, 1, {2026, 11, 28}, "Älvdalen");
    const std::string draft_md = summary_markdown(drafts, Classification::Open, "");
    CHECK(draft_md.find(
              "- Inte slutlig (gemensam trend och prioritet är ett utkast eller inte godkända): november 2026") !=
          std::string::npos);
    CHECK(draft_md.find("| ? okänd (utkast) | 1 (utkast) |") != std::string::npos);
    CHECK(summary_json(drafts).find("\"slutlig\": false") != std::string::npos);
    CHECK(summary_html(drafts, Classification::Open, "", "").find("?*</text>") != std::string::npos);
  }
}
