// SPDX-License-Identifier: EUPL-1.2
#include <doctest/doctest.h>

#include <algorithm>
#include <set>

#include "core/diag/reporter.hpp"
#include "core/report/read_local.hpp"
#include "core/report/report_loader.hpp"
#include "helpers.hpp"

using namespace lagesbild;
using lagesbild::test::has_rule;
using lagesbild::test::rules_of;
using lagesbild::test::TempDir;
using Rules = std::vector<std::pair<std::string, int>>;

namespace {

const std::string kExample = test::read_file(test::example_path("2026-10_alvdalen_kommun.yaml"));

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  REQUIRE_MESSAGE(at != std::string::npos, from);
  return text.replace(at, from.size(), to);
}

// Loads text as a report file and runs validate's checks.
Diagnostics check(const std::string& text, const std::string& name = "report.yaml") {
  TempDir dir;
  dir.write(name, text);
  auto catalog = test::test_catalog();
  Diagnostics d;
  LoadedReport loaded = load_report(dir.file(name), catalog, d);
  Reporter r(loaded.document.source, d);
  if (loaded.local) check_complete(r, *loaded.local, *loaded.questionnaire, Severity::Error);
  d.sort();
  return d;
}

}  // namespace

TEST_SUITE("report_loader") {
  TEST_CASE("the shipped examples are valid and read completely") {
    auto catalog = test::test_catalog();
    Diagnostics d;
    LoadedReport loaded = load_report(test::example_path("2026-10_alvdalen_kommun.yaml"), catalog, d);
    CHECK(d.items().empty());
    REQUIRE(loaded.local.has_value());
    const LocalReport& r = *loaded.local;
    CHECK(r.header.municipality == "Älvdalen");
    CHECK(r.header.period == Period{2026, 10});
    CHECK(r.party == "kommun");
    CHECK(r.header.classification == Classification::Internal);
    REQUIRE(r.areas.size() == 6);
    CHECK(r.areas[0].id == "ordningsstörningar");
    CHECK(r.areas[0].trend == std::optional<std::string>("ökande"));
    REQUIRE(r.areas[0].observations.size() == 3);
    CHECK(r.areas[0].observations[0].count == 4L);
    CHECK(r.areas[0].observations[0].source == "vaktmästare");
    CHECK(r.areas[5].nothing_to_report);
  }

  TEST_CASE("each rule of a party's picture, at its line") {
    CHECK(rules_of(check(replaced(kExample, "trend: ökande", "trend: ökad"))) == Rules{{"otillatet-varde", 21}});
    CHECK(rules_of(check(replaced(kExample, "part: kommun", "part: polisen"))) == Rules{{"otillatet-varde", 8}});
    CHECK(rules_of(check(replaced(kExample, "källa: vaktmästare", "källa: granne"))) == Rules{{"otillatet-varde", 26}});
    CHECK(rules_of(check(replaced(kExample, "antal: 4", "antal: 0"))) == Rules{{"otillatet-varde", 27}});
    CHECK(rules_of(check(replaced(kExample, "upprättad: 2026-11-04", "upprättad: 2026-11-31"))) ==
          Rules{{"ogiltigt-datum", 11}});
    CHECK(rules_of(check(replaced(kExample, "period: 2026-10", "period: 2026-13"))) == Rules{{"ogiltig-period", 10}});
    CHECK(rules_of(check(replaced(kExample, "lägesbild: 1", "lägesbild: 2"))) == Rules{{"formatversion", 4}});
    CHECK(rules_of(check(replaced(kExample, "mall: dalarna-2019", "mall: dalarna"))) == Rules{{"okand-mall", 5}});
    CHECK(rules_of(check(replaced(kExample, "typ: lokal", "typ: egen"))) == Rules{{"otillatet-varde", 6}});
    CHECK(rules_of(check(replaced(kExample, "klassificering: intern", "klassificering: sekretess"))) ==
          Rules{{"sekretessgrund", 14}});
    CHECK(rules_of(check(replaced(kExample, "organisation: Älvdalens kommun\n", ""))) == Rules{{"saknad-nyckel", 4}});
    // A misspelt key is one mistake: reported as unknown with "Menade du", not also as missing.
    CHECK(rules_of(check(replaced(kExample, "      - vad: Upprepad", "      - vd: Upprepad"))) ==
          Rules{{"okand-nyckel", 23}});
    CHECK(rules_of(check(replaced(kExample, "  hot_och_våld:", "  hot_och_vald:"))) == Rules{{"okand-nyckel", 38}});
    CHECK(rules_of(check(replaced(kExample, "upprättad_av:", "uppratad_av:"))) == Rules{{"okand-nyckel", 12}});
    CHECK(rules_of(check(replaced(kExample, "upprättad_av: Säkerhetssamordnare\n", ""))) ==
          Rules{{"saknad-nyckel", 4}});
    CHECK(rules_of(check(replaced(kExample, "inget_att_rapportera: true", "inget_att_rapportera: ja"))) ==
          Rules{{"fel-typ", 84}});  // not also "unanswered"
  }

  TEST_CASE("sekretess with a legal ground is fine") {
    const auto text = replaced(replaced(kExample, "klassificering: intern", "klassificering: sekretess"),
                               "sekretessgrund: \"\"", "sekretessgrund: \"OSL 35 kap. 1 §\"");
    CHECK(check(text).items().empty());
  }

  TEST_CASE("an area answered twice") {
    const auto text = replaced(kExample, "    inget_att_rapportera: true",
                               "    inget_att_rapportera: true\n    iakttagelser:\n      - vad: Hot via brev.");
    CHECK(rules_of(check(text)) == Rules{{"dubbelt-svar", 84}});
  }

  TEST_CASE("completeness names each unanswered area at its line") {
    auto text = replaced(kExample, "    trend: okänd\n", "");
    text = replaced(text, "    inget_att_rapportera: true\n", "");
    CHECK(rules_of(check(text)) == Rules{{"saknad-trend", 49}, {"obesvarat-omrade", 81}});
  }

  TEST_CASE("a file named by the convention must match its content") {
    CHECK(rules_of(check(kExample, "2026-10_alvdalen_polis.yaml")) == Rules{{"filnamn", 1}});
    CHECK(check(kExample, "2026-10_alvdalen_kommun.yaml").items().empty());
    CHECK(check(kExample, "min-fil.yaml").items().empty());
  }

  TEST_CASE("a written date before the period is a warning") {
    const auto d = check(replaced(kExample, "upprättad: 2026-11-04", "upprättad: 2026-09-30"));
    REQUIRE(rules_of(d) == Rules{{"upprattad-fore-period", 11}});
    CHECK(d.items()[0].severity == Severity::Warning);
  }

  TEST_CASE("every problem in one run") {
    auto text = replaced(kExample, "trend: ökande", "trend: ökad");
    text = replaced(text, "antal: 4", "antal: fyra");
    text = replaced(text, "kommun: Älvdalen\n", "kommun: Älvdalen\nkommun: Mora\n");
    CHECK(check(text).error_count() == 3);
  }
}

TEST_SUITE("report_loader") {
  TEST_CASE("a report's mall is an id, never a path to another file") {
    auto catalog = test::test_catalog();
    Diagnostics d;
    load_report_text("x.yaml", "lägesbild: 1\nmall: ../../../../etc/passwd\ntyp: lokal\n", catalog, d);
    REQUIRE(rules_of(d) == Rules{{"okand-mall", 2}});
    CHECK(d.items()[0].file == "x.yaml");
    CHECK(d.items()[0].message.find("ska vara en malls id") != std::string::npos);
  }

  TEST_CASE("the strictest classification and its whole grounds, the same in any order of the files") {
    const std::vector<std::pair<Classification, std::string>> files = {
        {Classification::Internal, ""},
        {Classification::Secret, "OSL 18 kap. 1 § och 2 §"},
        {Classification::Secret, "OSL 18 kap. 1 §; OSL 35 kap. 1 §"},
        {Classification::Secret, "OSL 35 kap. 1 §"},
        {Classification::Open, "ingen"},
    };
    std::vector<std::size_t> order = {0, 1, 2, 3, 4};
    std::set<std::vector<std::string>> seen;
    do {
      Classification c = Classification::Open;
      std::string grounds;
      for (const std::size_t i : order) tighten_classification(c, grounds, files[i].first, files[i].second);
      CHECK(c == Classification::Secret);
      std::vector<std::string> parts;
      for (std::size_t start = 0; start < grounds.size();) {
        std::size_t end = std::min(grounds.find("; ", start), grounds.size());
        parts.push_back(grounds.substr(start, end - start));
        start = end + 2;
      }
      std::sort(parts.begin(), parts.end());
      CHECK(parts == std::vector<std::string>{"OSL 18 kap. 1 §", "OSL 18 kap. 1 § och 2 §", "OSL 35 kap. 1 §"});
      seen.insert(parts);
    } while (std::next_permutation(order.begin(), order.end()));
    CHECK(seen.size() == 1);
  }
}
