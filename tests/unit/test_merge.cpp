// SPDX-License-Identifier: EUPL-1.2
#include <doctest/doctest.h>

#include "core/merge/merge.hpp"
#include "core/report/joint_writer.hpp"
#include "core/report/party_material.hpp"
#include "helpers.hpp"

using namespace lagesbild;
using lagesbild::test::has_rule;
using lagesbild::test::rules_of;
using lagesbild::test::TempDir;

namespace {

struct Fixture {
  TempDir dir;
  QuestionnaireCatalog catalog = test::test_catalog();
  std::vector<LoadedReport> reports;
  Diagnostics d;

  // Loads an example party file after applying text replacements.
  const LoadedReport& add(const std::string& party,
                          const std::vector<std::pair<std::string, std::string>>& edits = {}) {
    std::string text = test::read_file(test::example_path("2026-10_alvdalen_" + party + ".yaml"));
    for (const auto& [from, to] : edits) {
      const auto at = text.find(from);
      REQUIRE_MESSAGE(at != std::string::npos, from);
      text.replace(at, from.size(), to);
    }
    const std::string name = party + std::to_string(reports.size()) + ".yaml";
    dir.write(name, text);
    reports.reserve(8);
    reports.push_back(load_report(dir.file(name), catalog, d));
    REQUIRE(reports.back().local.has_value());
    return reports.back();
  }

  MergeInputs inputs() const {
    MergeInputs in;
    for (const auto& r : reports) in.parties.push_back(&r);
    return in;
  }

  const Questionnaire& q() const { return *reports.front().questionnaire; }
};

}  // namespace

TEST_SUITE("merge") {
  TEST_CASE("nothing is lost: every observation with its party, trends and assessments verbatim") {
    Fixture f;
    f.add("kommun");
    f.add("polis");
    Diagnostics d;
    check_inputs_belong_together(f.inputs(), d);
    CHECK(d.items().empty());
    const JointReport j = merge_reports(f.inputs(), f.q(), d);
    CHECK(d.items().empty());
    CHECK(j.party_ids() == std::vector<std::string>{"kommun", "polis"});
    CHECK(j.parties[1].organisation == "Lokalpolisområde Mora");
    CHECK(j.parties[0].file == "kommun0.yaml");
    std::size_t observations = 0;
    for (const auto& a : j.areas) observations += a.observations.size();
    CHECK(observations == 8 + 8);
    const JointArea* order = j.area("ordningsstörningar");
    REQUIRE(order != nullptr);
    CHECK(order->party_trends ==
          std::vector<std::pair<std::string, std::optional<std::string>>>{{"kommun", "ökande"}, {"polis", "ökande"}});
    CHECK(order->agreed_trend == std::optional<std::string>("ökande"));  // both agree
    CHECK(j.area("hot_och_våld")->agreed_trend == std::nullopt);         // they do not
    REQUIRE(order->assessments.size() == 2);
    CHECK(order->assessments[1].second.rfind("Skadegörelsen i centrum ligger över", 0) == 0);
  }

  TEST_CASE("underlag says whose text in which area was edited by hand, also after writing and reading") {
    Fixture f;
    f.add("kommun");
    f.add("polis");
    Diagnostics d;
    JointReport j = merge_reports(f.inputs(), f.q(), d);
    CHECK_FALSE(party_material_edited(j));
    REQUIRE(j.material_digests.size() == 2 * (1 + j.areas.size()));
    f.dir.write("gemensam.yaml", joint_report_text(j, f.q()));
    LoadedReport read = load_report(f.dir.file("gemensam.yaml"), f.catalog, d);
    REQUIRE(read.joint.has_value());
    JointReport& edited = *read.joint;
    CHECK(edited.material_digests.size() == j.material_digests.size());
    CHECK(party_material_edits(edited).empty());
    edited.areas[1].assessments.back().second = "Inga våldsbrott alls.";  // the police's, in hot_och_våld
    edited.parties[0].written_by = "Någon annan";
    REQUIRE(party_material_edited(edited));
    const auto edits = party_material_edits(edited);
    REQUIRE(edits.size() == 2);
    CHECK((edits[0].part == "parter" && edits[0].party == "kommun"));
    CHECK((edits[1].part == "hot_och_våld" && edits[1].party == "polis"));
  }

  TEST_CASE("observations stand together by place, in the parties' order") {
    Fixture f;
    f.add("kommun");
    f.add("polis");
    Diagnostics d;
    const JointReport j = merge_reports(f.inputs(), f.q(), d);
    const auto& obs = j.area("ordningsstörningar")->observations;
    REQUIRE(obs.size() == 5);
    CHECK(obs[0].party == "kommun");
    CHECK(obs[1].party == "polis");
    CHECK(obs[0].where == obs[1].where);  // Älvdalen centrum, Dalgatan from both
    CHECK(obs[4].where == "Evertsberg");
    const auto& youth = j.area("ungdomar_och_skolor")->observations;
    REQUIRE(youth.size() == 3);
    CHECK(youth[1].where == "Älvdalen centrum, vid matbutiken");
    CHECK(youth[2].where == "Älvdalen centrum, vid matbutiken");
  }

  TEST_CASE("the joint picture is as strict as the strictest input") {
    Fixture f;
    f.add("kommun");
    f.add("polis", {{"klassificering: intern", "klassificering: sekretess"},
                    {"sekretessgrund: \"\"", "sekretessgrund: \"OSL 18 kap. 1 §\""}});
    Diagnostics d;
    const JointReport j = merge_reports(f.inputs(), f.q(), d);
    CHECK(j.header.classification == Classification::Secret);
    CHECK(j.header.secrecy_ground == "OSL 18 kap. 1 §");
  }

  TEST_CASE("files that do not belong together are refused, naming the difference") {
    Fixture f;
    f.add("kommun");
    f.add("polis", {{"period: 2026-10", "period: 2026-09"}, {"kommun: Älvdalen", "kommun: Mora"}});
    f.add("polis");
    Diagnostics d;
    check_inputs_belong_together(f.inputs(), d);
    REQUIRE(rules_of(d).size() == 3);
    CHECK(d.items()[0].message.find("olika kommuner") != std::string::npos);
    CHECK(d.items()[1].message.find("gäller 2026-10 men polis1.yaml gäller 2026-09") != std::string::npos);
    CHECK(d.items()[2].message.find("två filer för parten polis") != std::string::npos);
  }

  TEST_CASE("Håbo and Habo are two municipalities, though their file names are the same") {
    Fixture f;
    f.add("kommun", {{"kommun: Älvdalen", "kommun: Håbo"}});
    f.add("polis", {{"kommun: Älvdalen", "kommun: Habo"}});
    Diagnostics d;
    check_inputs_belong_together(f.inputs(), d);
    REQUIRE(rules_of(d).size() == 1);
    CHECK(d.items()[0].message.find("gäller Håbo men polis1.yaml gäller Habo") != std::string::npos);
    CHECK(d.items()[0].message.find("skiljer sig bara i å, ä eller ö") != std::string::npos);

    Fixture same;
    same.add("kommun", {{"kommun: Älvdalen", "kommun: HÅBO"}});
    same.add("polis", {{"kommun: Älvdalen", "kommun: Håbo"}});
    Diagnostics none;
    check_inputs_belong_together(same.inputs(), none);
    CHECK(none.items().empty());  // case does not count
  }

  TEST_CASE("a missing party is warned about and recorded, no trend is agreed for it") {
    Fixture f;
    f.add("kommun");
    Diagnostics d;
    const JointReport j = merge_reports(f.inputs(), f.q(), d);
    CHECK(rules_of(d) == std::vector<std::pair<std::string, int>>{{"saknad-part", 0}});
    CHECK(j.missing_parties == std::vector<std::string>{"polis"});
    CHECK(j.area("ordningsstörningar")->agreed_trend == std::nullopt);
  }

  TEST_CASE("the written joint picture reads back as the same picture") {
    Fixture f;
    f.add("kommun", {{"var: Älvdalsskolan", "var: \"Skolan: # 'A' & <B> \\\\ ok\""}});
    f.add("polis");
    Diagnostics d;
    JointReport j = merge_reports(f.inputs(), f.q(), d);
    j.causes.push_back({"Problem: ett", "andt", {"a", "b: c"}, {}, {"#plats"}, Period{2026, 9}, {}});
    // Format 1.1: the meeting (texts with commas and colons in `{...}`), promises, unit and
    // promise.
    j.header.registry_number = "KS 2026/123";
    j.meeting.date = Date{2026, 12, 10};
    j.meeting.place = "Kommunhuset, Älvdalen";
    j.meeting.present.push_back({"kommun", "Säkerhetssamordnare", "", "", {}});
    j.meeting.present.push_back({"", "Rektor: högstadiet", "Skolan {A}, B", "", {}});
    j.meeting.next = Date{2027, 1, 14};
    j.promises.push_back({"M1", "Vi ska öka vuxennärvaron: fredagar.", PeriodRange{{2026, 1}, {2026, 12}}, {}});
    j.promises.push_back({"M2", "Ett löfte för en vår", PeriodRange{{2026, 3}, {2027, 6}}, {}});
    Action a;
    a.id = "Å1";
    a.action = "Gör något";
    a.responsible = "gemensam";
    a.deadline = Date{2027, 1, 31};
    a.status = "pågående";
    a.follow_up = "gul";
    a.from_period = Period{2026, 9};
    a.unit = "Fritidsförvaltningen";
    a.promise = "M1";
    j.actions.push_back(a);
    j.approvals[0].date = Date{2026, 11, 20};
    j.approvals[0].by = "Säkerhetssamordnare";
    const std::string text = joint_report_text(j, f.q());
    TempDir dir;
    dir.write("j.yaml", text);
    Diagnostics back_d;
    LoadedReport back = load_report(dir.file("j.yaml"), f.catalog, back_d);
    CHECK(back_d.items().empty());
    REQUIRE(back.joint.has_value());
    CHECK(joint_report_text(*back.joint, f.q()) == text);
    CHECK(back.joint->causes[0].victim[1] == "b: c");
    CHECK(back.joint->meeting.present[1].organisation == "Skolan {A}, B");
    CHECK(back.joint->promises[1].valid == PeriodRange{{2026, 3}, {2027, 6}});
    CHECK(back.joint->actions[0].unit == "Fritidsförvaltningen");
    CHECK(back.joint->area("ordningsstörningar")->observations.size() == 5);
    bool found = false;
    for (const auto& o : back.joint->area("ordningsstörningar")->observations)
      found = found || o.where == "Skolan: # 'A' & <B> \\ ok";
    CHECK(found);
  }
}
