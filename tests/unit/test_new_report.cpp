#include <doctest/doctest.h>

#include "core/diag/reporter.hpp"
#include "core/report/new_report.hpp"
#include "core/report/read_local.hpp"
#include "core/report/report_loader.hpp"
#include "helpers.hpp"

using namespace lagesbild;
using lagesbild::test::rules_of;
using lagesbild::test::TempDir;

namespace {

const Questionnaire& dalarna() {
  static auto catalog = test::test_catalog();
  Diagnostics d;
  return *catalog.find("dalarna-2019", d);
}

NewReport example() {
  NewReport r;
  r.municipality = "Älvdalen";
  r.party = "polis";
  r.period = {2026, 11};
  r.written = {2026, 12, 2};
  return r;
}

}  // namespace

TEST_SUITE("new_report") {
  TEST_CASE("every area, in order, with heading and question as comments") {
    const std::string text = new_report_text(dalarna(), example());
    std::size_t last = 0;
    for (const auto& area : dalarna().areas) {
      const auto key = text.find("  " + area.id + ":\n");
      REQUIRE(key != std::string::npos);
      CHECK(key > last);
      last = key;
      CHECK(text.find(". " + area.heading + "\n") != std::string::npos);
    }
    CHECK(text.find("  # (t. ex. inbrott, buskörning, bränder eller skadegörelse) har förekommit den\n"
                    "  # senaste månaden?\n  ordningsstörningar:\n") != std::string::npos);
    CHECK(text.find("period: 2026-11") != std::string::npos);
    CHECK(text.find("upprättad: 2026-12-02") != std::string::npos);
    CHECK(text.find("kommun: Älvdalen\n") != std::string::npos);
    CHECK(text.find('\t') == std::string::npos);
  }

  TEST_CASE("a fresh file is valid YAML but not complete: each area is named") {
    TempDir dir;
    dir.write("2026-11_alvdalen_polis.yaml", new_report_text(dalarna(), example()));
    auto catalog = test::test_catalog();
    Diagnostics d;
    LoadedReport loaded = load_report(dir.file("2026-11_alvdalen_polis.yaml"), catalog, d);
    REQUIRE(loaded.local.has_value());
    Reporter r(loaded.document.source, d);
    check_complete(r, *loaded.local, *loaded.questionnaire, Severity::Error);
    std::size_t unanswered = 0, no_trend = 0, empty = 0;
    for (const auto& item : d.items()) {
      unanswered += item.rule == "obesvarat-omrade";
      no_trend += item.rule == "saknad-trend";
      empty += item.rule == "saknat-varde";  // organisation, upprättad_av
    }
    CHECK(unanswered == 6);
    CHECK(no_trend == 6);
    CHECK(empty == 2);  // organisation and upprättad_av are left empty, not ""
    CHECK(d.items().size() == 14);
  }

  TEST_CASE("filled in by an official, it validates") {
    NewReport r = example();
    r.organisation = "Lokalpolisområde Mora";
    r.written_by = "Kommunpolis";
    std::string text = new_report_text(dalarna(), r);
    // What an official does in the editor: a trend and an answer per area.
    std::size_t at = 0;
    while ((at = text.find("    trend:                      #", at)) != std::string::npos) {
      text.replace(at, 10, "    trend: okänd");
      at = text.find("    # inget_att_rapportera: true", at);
      text.replace(at, 6, "    ");
    }
    TempDir dir;
    dir.write("f.yaml", text);
    auto catalog = test::test_catalog();
    Diagnostics d;
    LoadedReport loaded = load_report(dir.file("f.yaml"), catalog, d);
    REQUIRE(loaded.local.has_value());
    Reporter reporter(loaded.document.source, d);
    check_complete(reporter, *loaded.local, *loaded.questionnaire, Severity::Error);
    CHECK(rules_of(d).empty());
  }
}
