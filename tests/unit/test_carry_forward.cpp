// SPDX-License-Identifier: EUPL-1.2
#include <doctest/doctest.h>

#include "core/merge/carry_forward.hpp"
#include "core/report/joint_writer.hpp"
#include "helpers.hpp"

using namespace lagesbild;
using lagesbild::test::has_rule;
using lagesbild::test::TempDir;

namespace {

using Edits = std::vector<std::pair<std::string, std::string>>;

// September's example joint picture as `previous`, after text replacements,
// and an empty October picture to carry into.
struct Fixture {
  TempDir dir;
  QuestionnaireCatalog catalog = test::test_catalog();
  Diagnostics d;
  LoadedReport previous;
  JointReport october;

  explicit Fixture(const Edits& edits = {}) {
    std::string text = test::read_file(test::example_path("2026-09_alvdalen_gemensam.yaml"));
    for (const auto& [from, to] : edits) {
      const auto at = text.find(from);
      REQUIRE_MESSAGE(at != std::string::npos, from);
      text.replace(at, from.size(), to);
    }
    dir.write("2026-09_alvdalen_gemensam.yaml", text);
    previous = load_report(dir.file("2026-09_alvdalen_gemensam.yaml"), catalog, d);
    REQUIRE_MESSAGE(!d.has_errors(), "the edited example has errors");
    REQUIRE(previous.joint.has_value());
    october.header.period = {2026, 10};
    for (const auto& area : previous.joint->areas) {
      october.areas.emplace_back();
      october.areas.back().id = area.id;
    }
  }

  const Questionnaire& q() const { return *previous.questionnaire; }
};

}  // namespace

TEST_SUITE("carry_forward") {
  TEST_CASE(
      "open actions, promises in force, priorities, cause analyses, the meeting date, place and "
      "registry number come along") {
    Fixture f;
    const Carried c = carry_forward(f.october, f.previous, f.q(), f.d);
    CHECK(c.done);
    CHECK(c.actions == 2);  // Å1 pågående, Å3 planerad; Å2 is klar
    CHECK(c.promises == 2);
    CHECK(c.priorities == 1);
    CHECK(c.causes == 1);
    CHECK(c.meeting_date);
    CHECK(f.october.actions_from == Period{2026, 9});
    CHECK(f.october.meeting.date == Date{2026, 11, 11});  // September's nästa_möte
    CHECK(c.meeting_place);
    CHECK(f.october.meeting.place == "Kommunhuset, Älvdalen");
    CHECK(c.registry_number);
    CHECK(f.october.header.registry_number == "KS 2026/118");
    CHECK(f.october.area("ordningsstörningar")->priority == 1);
    REQUIRE(f.october.causes.size() == 1);
    CHECK(f.october.causes[0].from_period == Period{2026, 9});
    CHECK(f.october.actions[0].promise == "M2");
    CHECK(f.october.meeting.present.empty());  // who comes is this meeting's to write
  }

  TEST_CASE("what the picture has already is not replaced") {
    Fixture f;
    f.october.meeting.place = "Rådhuset";
    f.october.header.registry_number = "KS 2026/130";
    const Carried c = carry_forward(f.october, f.previous, f.q(), f.d);
    CHECK_FALSE(c.meeting_place);
    CHECK_FALSE(c.registry_number);
    CHECK(f.october.meeting.place == "Rådhuset");
    CHECK(f.october.header.registry_number == "KS 2026/130");
  }

  TEST_CASE("only once per month: what the meeting deleted does not come back") {
    Fixture f;
    carry_forward(f.october, f.previous, f.q(), f.d);
    f.october.promises.clear();
    f.october.causes.clear();
    f.october.areas[0].priority.reset();
    const Carried again = carry_forward(f.october, f.previous, f.q(), f.d);
    CHECK_FALSE(again.done);
    CHECK(f.october.promises.empty());
    CHECK(f.october.causes.empty());
    CHECK_FALSE(f.october.areas[0].priority.has_value());
  }

  TEST_CASE("a promise no longer in force stays behind, and its open action goes on without it") {
    Fixture f(Edits{{"gäller: 2026-07..2027-06", "gäller: 2026-03..2026-09"}});
    const Carried c = carry_forward(f.october, f.previous, f.q(), f.d);
    CHECK(c.promises == 1);
    CHECK(f.october.promise("M2") == nullptr);
    CHECK(f.october.actions[0].id == "Å1");
    CHECK(f.october.actions[0].promise.empty());
    CHECK(has_rule(f.d, "lofte-galler-inte"));
  }

  TEST_CASE("the cause analysis of an area no longer prioritised stays behind") {
    Fixture f(Edits{{"prioritet: 1 ", "prioritet: ~ "}});
    const Carried c = carry_forward(f.october, f.previous, f.q(), f.d);
    CHECK(c.priorities == 0);
    CHECK(c.causes == 0);
    CHECK(f.october.causes.empty());
  }

  TEST_CASE("the shipped joint example is exactly as merge writes it") {
    Fixture f;
    CHECK(joint_report_text(*f.previous.joint, f.q()) ==
          test::read_file(test::example_path("2026-09_alvdalen_gemensam.yaml")));
  }
}
