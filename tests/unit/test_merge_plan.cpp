// SPDX-License-Identifier: EUPL-1.2
#include <doctest/doctest.h>

#include "core/merge/merge_plan.hpp"
#include "core/report/schema_location.hpp"
#include "helpers.hpp"

using namespace lagesbild;
using lagesbild::test::example_path;
using lagesbild::test::has_rule;
using lagesbild::test::TempDir;

TEST_SUITE("merge_plan") {
  TEST_CASE("the example month becomes a joint picture with September's open actions") {
    TempDir dir;
    QuestionnaireCatalog catalog = test::test_catalog();
    const MergePlan plan =
        plan_merge({{example_path("2026-10_alvdalen_kommun.yaml"), example_path("2026-10_alvdalen_polis.yaml")},
                    example_path("2026-09_alvdalen_gemensam.yaml"),
                    dir.file("2026-10_alvdalen_gemensam.yaml"),
                    {}},
                   catalog);
    REQUIRE(plan.failure == MergeFailure::None);
    CHECK(plan.output == dir.file("2026-10_alvdalen_gemensam.yaml"));
    CHECK_FALSE(plan.updates_existing);
    CHECK(plan.carried > 0);
    CHECK(plan.read_files.size() == 3);
    CHECK(plan.text.find("typ: gemensam") != std::string::npos);
  }

  TEST_CASE("a joint picture given as a party's file is refused, and nothing is planned") {
    QuestionnaireCatalog catalog = test::test_catalog();
    const MergePlan plan =
        plan_merge({{example_path("2026-10_alvdalen_kommun.yaml"), example_path("2026-09_alvdalen_gemensam.yaml")},
                    {},
                    "/tmp/unused_gemensam.yaml",
                    {}},
                   catalog);
    CHECK(plan.failure == MergeFailure::InvalidInput);
    CHECK(has_rule(plan.diagnostics, "fel-typ"));
    CHECK(plan.text.empty());
  }

  TEST_CASE("a document name for the joint picture is wrong use") {
    QuestionnaireCatalog catalog = test::test_catalog();
    const MergePlan plan =
        plan_merge({{example_path("2026-10_alvdalen_kommun.yaml")}, {}, "gemensam.pdf", {}}, catalog);
    CHECK(plan.failure == MergeFailure::Usage);
    CHECK(plan.closing_message.find("lagesbild render") != std::string::npos);
  }

  TEST_CASE(
      "the first line names the joint schema, and a modeline from another machine is no own "
      "comment") {
    TempDir dir;
    dir.write("dalarna-2019.gemensam.schema.json", "{}\n");
    QuestionnaireCatalog catalog = test::test_catalog();
    const MergeRequest request{
        {example_path("2026-10_alvdalen_kommun.yaml"), example_path("2026-10_alvdalen_polis.yaml")},
        {},
        dir.file("2026-10_alvdalen_gemensam.yaml"),
        {dir.path()}};
    const MergePlan first = plan_merge(request, catalog);
    REQUIRE(first.failure == MergeFailure::None);
    const std::string modeline =
        "# yaml-language-server: $schema=" + file_uri(dir.file("dalarna-2019.gemensam.schema.json")) + "\n";
    CHECK(first.text.rfind(modeline, 0) == 0);
    // Written where the schema lay elsewhere, e.g. by a Windows PC.
    const std::string text = first.text.substr(first.text.find('\n') + 1);
    dir.write("2026-10_alvdalen_gemensam.yaml",
              "# yaml-language-server: $schema=file:///C:/Program%20Files/lagesbild/scheman/x.json\n" + text);
    const MergePlan again = plan_merge(request, catalog);
    CHECK(again.failure == MergeFailure::None);
    CHECK(again.updates_existing);
    CHECK(again.text.rfind(modeline, 0) == 0);
  }
}
