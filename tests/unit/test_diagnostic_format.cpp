#include <doctest/doctest.h>

#include "core/diagnostic_format.hpp"

using namespace lagesbild;

TEST_SUITE("diagnostic_format") {
  TEST_CASE("for people: location, severity, message, rule, line and caret") {
    Diagnostic d{"f.yaml", {3, 10}, Severity::Error, "otillatet-varde", "`trend` kan inte vara \"ökad\".",
                 "  trend: ökad"};
    CHECK(format_for_people(d) ==
          "f.yaml:3:10: fel: `trend` kan inte vara \"ökad\". [otillatet-varde]\n"
          " 3 |   trend: ökad\n"
          "   |          ^\n");
  }

  TEST_CASE("a whole-file diagnostic has no line") {
    Diagnostic d{"f.yaml", {}, Severity::Warning, "fil", "meddelande", ""};
    CHECK(format_for_people(d) == "f.yaml: varning: meddelande [fil]\n");
  }

  TEST_CASE("JSON escapes text and names every field") {
    Diagnostics list;
    list.add({"a \"b\".yaml", {1, 2}, Severity::Warning, "r", "rad1\nrad2 \\ å", ""});
    CHECK(format_as_json(list) ==
          "[\n  {\"file\": \"a \\\"b\\\".yaml\", \"line\": 1, \"column\": 2, \"severity\": \"warning\", "
          "\"rule\": \"r\", \"message\": \"rad1\\nrad2 \\\\ å\"}\n]\n");
    CHECK(format_as_json(Diagnostics{}) == "[]\n");
  }
}
