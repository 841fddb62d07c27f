// SPDX-License-Identifier: EUPL-1.2
#include <doctest/doctest.h>

#include <algorithm>

#include "core/archive/year.hpp"
#include "core/archive/year_document.hpp"
#include "core/archive/year_json.hpp"
#include "helpers.hpp"

using namespace lagesbild;

namespace {

// tests/cli/year/make_year.py says what is in it.
const std::string kYear = std::string(LAGESBILD_TEST_DATA) + "/cli/year/arkiv";

// The picture points at its questionnaire, which the catalog keeps: one
// catalog for the whole test run.
QuestionnaireCatalog& catalog_for_tests() {
  static QuestionnaireCatalog catalog = test::test_catalog();
  return catalog;
}

YearPicture year_of(const std::string& municipality, Period from = {2026, 1}, Period to = {2026, 12}) {
  QuestionnaireCatalog& catalog = catalog_for_tests();
  const Archive archive = read_archive({kYear}, catalog);
  Diagnostics d;
  const Questionnaire& q = *catalog.find("dalarna-2019", d);
  YearChoice choice = year_picture(archive, catalog, q, from, to, municipality);
  REQUIRE(choice.picture);
  return *choice.picture;
}

const YearAction& action(const YearPicture& y, const std::string& id) {
  const auto it =
      std::find_if(y.actions.begin(), y.actions.end(), [&](const YearAction& a) { return a.action.id == id; });
  REQUIRE(it != y.actions.end());
  return *it;
}

}  // namespace

TEST_SUITE("year") {
  TEST_CASE("several municipalities and no --kommun: no picture, and the names there") {
    auto catalog = test::test_catalog();
    const Archive archive = read_archive({kYear}, catalog);
    Diagnostics d;
    const Questionnaire& q = *catalog.find("dalarna-2019", d);
    const YearChoice none = year_picture(archive, catalog, q, {2026, 1}, {2026, 12}, "");
    CHECK_FALSE(none.picture);
    CHECK(none.municipalities == std::vector<std::string>{"Mora", "Älvdalen"});
    CHECK_FALSE(year_picture(archive, catalog, q, {2026, 1}, {2026, 12}, "Orsa").picture);
    CHECK(year_picture(archive, catalog, q, {2026, 1}, {2026, 12}, "alvdalen").picture);  // as in file names
  }

  TEST_CASE("the months' state: final, draft, missing and a broken file") {
    const YearPicture y = year_of("Älvdalen");
    REQUIRE(y.summary.months.size() == 12);
    CHECK(y.months_final() == 9);                   // all but April, July (none) and November (draft)
    CHECK(y.summary.months[10].joint);              // November ...
    CHECK_FALSE(y.summary.months[10].joint_final);  // ... is a draft
    CHECK_FALSE(y.summary.months[6].joint);         // July: nothing at all
    CHECK(y.summary.months[6].missing_parties.size() == 2);
    CHECK(y.summary.months[3].broken_parties == std::vector<std::string>{"polis"});
    CHECK(y.summary.invalid_files.size() == 1);
    CHECK(y.needs_attention());
  }

  TEST_CASE("observations and events over the year agree with the months") {
    const YearPicture y = year_of("Älvdalen");
    for (std::size_t a = 0; a < y.areas.size(); ++a) {
      std::size_t observations = 0, events = 0;
      for (const auto& m : y.summary.months)
        for (const auto& [party, pm] : m.areas[a].parties) {
          observations += pm.observations;
          events += pm.events;
        }
      CHECK(y.areas[a].total.observations == observations);
      CHECK(y.areas[a].total.events == events);
      std::size_t by_place = 0;
      for (const auto& [place, c] : y.areas[a].places) by_place += c.events;
      CHECK(by_place == events);
    }
    // Area 0 (i = 0), kommun (p = 0): (m + 0 + 0) % 4 observations in month m,
    // for the valid months 1..12 without July: 1,2,3,0,1,2,_,0,1,2,3,0.
    const auto it = y.areas[0].parties.find("kommun");
    REQUIRE(it != y.areas[0].parties.end());
    CHECK(it->second.observations == 15);
  }

  TEST_CASE("actions are followed by id, and judged at the end of the window") {
    const YearPicture y = year_of("Älvdalen");
    CHECK(y.reference == Date{2027, 1, 1});
    CHECK(action(y, "Å1").state == YearActionState::Done);
    CHECK(action(y, "Å1").last == Period{2026, 5});
    CHECK(action(y, "Å2").state == YearActionState::Late);  // pågående, deadline 2026-09-30
    CHECK(action(y, "Å2").first == Period{2026, 2});
    CHECK(action(y, "Å3").state == YearActionState::Open);  // deadline 2027-03-31
    CHECK(action(y, "Å4").state == YearActionState::Cancelled);
    CHECK(action(y, "Å5").state == YearActionState::Done);
    // Up to June, Å2's deadline is still ahead.
    CHECK(action(year_of("Älvdalen", {2026, 1}, {2026, 6}), "Å2").state == YearActionState::Open);
    REQUIRE(y.promises.size() == 1);
    CHECK(y.promises[0].action_ids == std::vector<std::string>{"Å3"});
  }

  TEST_CASE("a cause analysis carried month to month is one, from the month it was written") {
    const YearPicture y = year_of("Älvdalen");
    REQUIRE(y.areas[3].causes.size() == 1);
    CHECK(y.areas[3].causes[0].first == Period{2026, 9});
    CHECK(y.areas[3].causes[0].last == Period{2026, 12});
    CHECK(y.areas[0].prioritised_months == 10);
    CHECK(y.areas[0].highest_priority == 1);
  }

  TEST_CASE("the classification is the strictest of the year's files") {
    CHECK(year_of("Älvdalen").classification == Classification::Secret);
    CHECK(year_of("Älvdalen").grounds == "OSL 18 kap. 1 §");
    CHECK(year_of("Älvdalen", {2026, 1}, {2026, 6}).classification == Classification::Internal);
  }

  TEST_CASE("the document has the law's parts, and free text is escaped in every format") {
    const YearPicture y = year_of("Älvdalen");
    const Document doc = year_document(y);
    std::vector<std::string> sections;
    for (const auto& b : doc.blocks)
      if (b.kind == Block::Kind::Heading && b.level == 2) sections.push_back(b.text[0].text);
    CHECK(sections == std::vector<std::string>{"Sammanfattning", "Kartläggning", "Annan information", "Analys",
                                               "Åtgärder", "Underlag"});
    CHECK(doc.marking == "Klassificering: SEKRETESS, OSL 18 kap. 1 §");
    CHECK(doc.running_header.rfind("UNDERLAGET ÄR OFULLSTÄNDIGT", 0) == 0);
    const std::string html = year_html(y, "");
    CHECK(html.find("<script>alert") == std::string::npos);
    CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
    const std::string md = year_markdown(y);
    CHECK(md.find("<script>alert") == std::string::npos);
    CHECK(md.find("lag (2023:196) om kommuners ansvar för brottsförebyggande arbete") != std::string::npos);
    const std::string json = year_json(y);
    CHECK(json.find("\"läge\": \"försenad\"") != std::string::npos);
    CHECK(json.find("<script>alert(1)</script>") != std::string::npos);  // JSON keeps text as written
  }
}
