// SPDX-License-Identifier: EUPL-1.2
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

  TEST_CASE("examples name the file's own municipality, and diarienummer is offered") {
    NewReport r = example();
    r.municipality = "Mora";
    r.registry_number = "KS 2026/123";
    const std::string text = new_report_text(dalarna(), r);
    CHECK(text.find("t.ex. \"Mora kommun\"") != std::string::npos);
    CHECK(text.find("Älvdalens kommun") == std::string::npos);
    CHECK(text.find("diarienummer: KS 2026/123") != std::string::npos);
    CHECK(municipality_organisation("Älvdalen") == "Älvdalens kommun");
    CHECK(municipality_organisation("Leksand") == "Leksands kommun");
    CHECK(municipality_organisation("Orsa") == "Orsa kommun");
    CHECK(municipality_organisation("Vännäs") == "Vännäs kommun");
    CHECK(municipality_organisation("Falun") == "Falu kommun");
  }
}

namespace {

LoadedReport loaded_from(const std::string& text, Diagnostics& d) {
  static auto catalog = test::test_catalog();
  return load_report_text("formular.yaml", text, catalog, d);
}

// Every answer of two readings of a party's picture, field by field.
void check_same_answers(const LocalReport& a, const LocalReport& b) {
  CHECK(a.header.municipality == b.header.municipality);
  CHECK(a.party == b.party);
  CHECK(to_string(a.header.period) == to_string(b.header.period));
  CHECK(a.written.has_value() == b.written.has_value());
  CHECK(a.organisation == b.organisation);
  CHECK(a.written_by == b.written_by);
  CHECK(a.header.classification == b.header.classification);
  CHECK(a.header.secrecy_ground == b.header.secrecy_ground);
  CHECK(a.header.registry_number == b.header.registry_number);
  CHECK(a.sources == b.sources);
  REQUIRE(a.areas.size() == b.areas.size());
  for (std::size_t i = 0; i < a.areas.size(); ++i) {
    const LocalArea& x = a.areas[i];
    const LocalArea* y = b.area(x.id);
    REQUIRE(y != nullptr);
    CHECK(x.trend == y->trend);
    CHECK(x.assessment == y->assessment);
    CHECK(x.nothing_to_report == y->nothing_to_report);
    REQUIRE(x.observations.size() == y->observations.size());
    for (std::size_t j = 0; j < x.observations.size(); ++j) {
      CHECK(x.observations[j].what == y->observations[j].what);
      CHECK(x.observations[j].where == y->observations[j].where);
      CHECK(x.observations[j].when == y->observations[j].when);
      CHECK(x.observations[j].source == y->observations[j].source);
      CHECK(x.observations[j].count == y->observations[j].count);
    }
  }
}

}  // namespace

TEST_SUITE("new_report with answers (the web page's form)") {
  TEST_CASE("no answers: the same bytes as a new file") {
    NewReport blank = example();
    for (const auto& area : dalarna().areas) blank.areas.push_back(FilledArea{area.id, "", {}, "", false});
    CHECK(new_report_text(dalarna(), blank) == new_report_text(dalarna(), example()));
  }

  TEST_CASE("the example pictures are written again with every answer and read back the same") {
    for (const std::string name : {"2026-10_alvdalen_kommun.yaml", "2026-10_alvdalen_polis.yaml"}) {
      CAPTURE(name);
      Diagnostics first;
      const LoadedReport original = loaded_from(test::read_file(test::example_path(name)), first);
      REQUIRE(original.local);
      const std::string text = new_report_text(dalarna(), new_report_of(*original.local, dalarna()));
      Diagnostics second;
      const LoadedReport again = loaded_from(text, second);
      REQUIRE(again.local);
      Reporter reporter(again.document.source, second);
      check_complete(reporter, *again.local, dalarna(), Severity::Error);
      CHECK(rules_of(second).empty());
      check_same_answers(*original.local, *again.local);
      // ... and writing what was read gives the same text: the form and the text agree.
      CHECK(new_report_text(dalarna(), new_report_of(*again.local, dalarna())) == text);
      // The questions stay as comments.
      for (const auto& area : dalarna().areas) CHECK(text.find(". " + area.heading + "\n") != std::string::npos);
    }
  }

  TEST_CASE("texts that YAML would read otherwise are written so that they read back as typed") {
    NewReport r = example();
    r.sources = {"fritidsledare", "annan"};
    FilledArea area{"ordningsstörningar", "ökande", {}, "", false};
    const std::vector<std::string> hostile = {"Skylt: \"Stängt\" # 2",
                                              "- börjar som en lista",
                                              "ja",
                                              "no",
                                              "null",
                                              "1.0",
                                              "* stjärna & ankare !tagg",
                                              "{klammer}",
                                              "[hakar]",
                                              "flera\nrader\n\nmed tom rad",
                                              "slutar med mellanslag ",
                                              " börjar med mellanslag",
                                              "Håbo – “citat” ’apostrof’",
                                              "text: med kolon",
                                              "|",
                                              ">",
                                              "@ snabel",
                                              "% procent",
                                              "`backtick`"};
    for (const auto& text : hostile) {
      Observation o;
      o.what = text;
      o.where = text;
      o.when = text;
      o.count = 3;
      area.observations.push_back(o);
    }
    area.assessment = "Två rader:\nandra # raden";
    r.areas.push_back(area);
    r.areas.push_back(FilledArea{"andt", "okänd", {}, "Kort: bedömning #1", true});
    const std::string text = new_report_text(dalarna(), r);
    Diagnostics d;
    const LoadedReport read = loaded_from(text, d);
    REQUIRE(read.local);
    CAPTURE(text);
    CHECK(!d.has_errors());
    const LocalArea* first = read.local->area("ordningsstörningar");
    REQUIRE(first != nullptr);
    REQUIRE(first->observations.size() == hostile.size());
    for (std::size_t i = 0; i < hostile.size(); ++i) {
      CHECK(first->observations[i].what == hostile[i]);
      CHECK(first->observations[i].where == hostile[i]);
      CHECK(first->observations[i].when == hostile[i]);
      CHECK(first->observations[i].count == 3);
    }
    CHECK(first->assessment == "Två rader:\nandra # raden");
    CHECK(read.local->sources == r.sources);
    const LocalArea* second = read.local->area("andt");
    REQUIRE(second != nullptr);
    CHECK(second->nothing_to_report);
    CHECK(second->assessment == "Kort: bedömning #1");
    CHECK(second->trend == std::optional<std::string>("okänd"));
  }
}
