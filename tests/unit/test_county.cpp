// SPDX-License-Identifier: EUPL-1.2
#include <doctest/doctest.h>

#include "core/archive/county.hpp"
#include "core/archive/summary.hpp"
#include "core/archive/summary_document.hpp"
#include "core/archive/summary_json.hpp"
#include "helpers.hpp"

using namespace lagesbild;

namespace {

const std::string kData = std::string(LAGESBILD_TEST_DATA) + "/cli/summary";

struct Folder {
  QuestionnaireCatalog catalog = test::test_catalog();
  Archive archive;
  const Questionnaire* q = nullptr;
  explicit Folder(const std::string& path) : archive(read_archive({path}, catalog)) {
    Diagnostics d;
    q = catalog.find("dalarna-2019", d);
  }
};

// The county's figures are the municipalities' own, added up: every
// observation and event of every party, every municipality once in the
// trends and deliveries.
void check_sums(const Summary& s, const County& c) {
  REQUIRE(c.months.size() == s.municipalities.front().months.size());
  for (std::size_t i = 0; i < c.months.size(); ++i) {
    CAPTURE(i);
    std::size_t delivered = 0;
    for (const std::size_t n : c.months[i].delivered) delivered += n;
    CHECK(delivered == s.municipalities.size());
    for (std::size_t a = 0; a < s.questionnaire->areas.size(); ++a) {
      CAPTURE(a);
      std::size_t observations = 0, events = 0;
      for (const auto& m : s.municipalities) {
        CHECK(m.months[i].period == c.months[i].period);
        for (const auto& [party, pm] : m.months[i].areas[a].parties) {
          observations += pm.observations;
          events += pm.events;
        }
      }
      const CountyArea& total = c.months[i].areas[a];
      CHECK(total.observations == observations);
      CHECK(total.events == events);
      CHECK(total.trends.rising + total.trends.unchanged + total.trends.falling + total.trends.unknown ==
            s.municipalities.size());
    }
  }
}

AreaMonth area_with(std::optional<std::string> kommun, std::optional<std::string> polis) {
  AreaMonth am;
  am.area = "andt";
  if (kommun) am.parties["kommun"].trend = *kommun;
  if (polis) am.parties["polis"].trend = *polis;
  return am;
}

}  // namespace

TEST_SUITE("county") {
  TEST_CASE("the county's totals are the sum of the municipalities' figures") {
    for (const char* folder : {"/lan", "/arkiv"}) {
      CAPTURE(folder);
      Folder f(kData + folder);
      const Summary s = summarise(f.archive, *f.q, {2026, 11}, 12, {2026, 11, 28}, "");
      REQUIRE(s.municipalities.size() >= 2);
      const auto c = county_of(s);
      REQUIRE(c);
      check_sums(s, *c);
    }
  }

  TEST_CASE("the county of tests/cli/summary/lan, figure by figure") {
    // make_county.py: observations (k + m + i + p) % 4 of municipality k
    // (Falun, Mora, Orsa), month m (0 = August), area i, party p.
    Folder f(kData + "/lan");
    const Summary s = summarise(f.archive, *f.q, {2026, 11}, 4, {2026, 11, 28}, "");
    const auto c = county_of(s);
    REQUIRE(c);
    REQUIRE(c->months.size() == 4);
    // August, area 0: Falun 0+1, Mora 1+2, Orsa nothing.
    CHECK(c->months[0].areas[0].observations == 4);
    CHECK(c->months[0].areas[0].events == 0 + 1 + 1 + 3);
    // October, area 0: Falun 2+3, Mora 3+0, Orsa kommun 0 (its police file is broken).
    CHECK(c->months[2].areas[0].observations == 8);
    using D = Delivery;
    CHECK(c->deliveries[0] == std::vector<D>{D::PartiesOnly, D::Draft, D::Final, D::Final});                    // Falun
    CHECK(c->deliveries[1] == std::vector<D>{D::PartiesOnly, D::PartiesOnly, D::PartiesOnly, D::PartiesOnly});  // Mora
    CHECK(c->deliveries[2] == std::vector<D>{D::Missing, D::PartiesOnly, D::PartiesOnly, D::Draft});            // Orsa
    CHECK(c->months[3].delivered == std::array<std::size_t, kDeliveries>{1, 1, 1, 0});
    // November, the last area: Falun agreed TRENDS[(3+5+2)%4] = minskande;
    // Mora has no police file (okänd); Orsa's draft left it open (okänd).
    const TrendCounts& t = c->months[3].areas[5].trends;
    CHECK(t.falling == 1);
    CHECK(t.unknown == 2);
    // August, area 0 (even: the parties agree on TRENDS[0] = ökande) for
    // Falun and Mora, without joint pictures; Orsa has none.
    CHECK(c->months[0].areas[0].trends.rising == 2);
    CHECK(c->rising_months[0][0] >= 1);
  }

  TEST_CASE("the trend a municipality counts with") {
    const std::vector<std::string> parties = {"kommun", "polis"};
    // No joint picture: the parties' own, if they give the same.
    CHECK(county_trend(area_with("ökande", "ökande"), parties) == "ökande");
    CHECK(county_trend(area_with("ökande", "minskande"), parties) == "okänd");
    CHECK(county_trend(area_with("ökande", std::nullopt), parties) == "okänd");
    CHECK(county_trend(area_with(std::nullopt, std::nullopt), parties) == "okänd");
    // A joint picture's agreed trend wins, also over parties who agree.
    AreaMonth joint = area_with("ökande", "ökande");
    joint.joint = true;
    joint.agreed_trend = "oförändrad";
    CHECK(county_trend(joint, parties) == "oförändrad");
    joint.agreed_trend.reset();  // not yet agreed
    CHECK(county_trend(joint, parties) == "okänd");
  }

  TEST_CASE("one municipality has no county: its JSON and document stay as they were") {
    Folder f(kData + "/lan");
    const Summary one = summarise(f.archive, *f.q, {2026, 11}, 4, {2026, 11, 28}, "Falun");
    CHECK_FALSE(county_of(one));
    CHECK(summary_json(one).find("\"totalt\"") == std::string::npos);
    CHECK(summary_markdown(one, Classification::Internal, "").find("Länets bild") == std::string::npos);
    const Summary all = summarise(f.archive, *f.q, {2026, 11}, 4, {2026, 11, 28}, "");
    CHECK(summary_json(all).find("\"totalt\": {\"kommuner\": 3") != std::string::npos);
    const std::string html = summary_html(all, Classification::Internal, "", "");
    CHECK(html.find(">Länets bild</h2>") != std::string::npos);
    CHECK(html.find("<th scope=\"row\">Orsa</th><td>saknas</td><td>bara kommun</td>") != std::string::npos);
  }
}
