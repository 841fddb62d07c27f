// SPDX-License-Identifier: EUPL-1.2
#include <doctest/doctest.h>

#include "core/diag/diagnostic_format.hpp"

using namespace lagesbild;

TEST_SUITE("diagnostic_format") {
  TEST_CASE("for people: location, severity, message, rule, line and caret") {
    Diagnostic d{"f.yaml",       {3, 10}, Severity::Error, "otillatet-varde", "`trend` kan inte vara \"ökad\".",
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

TEST_SUITE("diagnostic_format") {
  TEST_CASE("nothing unsafe leaves: bad UTF-8, control characters and identity numbers") {
    Diagnostic d{"anm\xe4lan 640823-3234.yaml", {1, 1}, Severity::Error, "r", "v\x1b[2J 640823-3234",
                 "k: \xe4 640823-3234 \x07"};
    const std::string text = format_for_people(d);
    CHECK(text.find("640823") == std::string::npos);
    CHECK(text.find('\x1b') == std::string::npos);
    CHECK(text.find('\x07') == std::string::npos);
    CHECK(text.find("anm\xEF\xBF\xBDlan XXXXXX-XXXX.yaml:1:1") != std::string::npos);
    Diagnostics list;
    list.add(d);
    const std::string json = format_as_json(list);
    CHECK(json.find("640823") == std::string::npos);
    CHECK(json.find("\\u001b") != std::string::npos);  // escaped, never raw
  }
}
