// SPDX-License-Identifier: EUPL-1.2
#include <doctest/doctest.h>

#include "core/yaml/yaml_reader.hpp"
#include "core/yaml/yaml_tree.hpp"
#include "core/yaml/yaml_writer.hpp"

using namespace lagesbild;

TEST_SUITE("yaml_writer") {
  TEST_CASE("whatever the text, it reads back as the same text") {
    for (const std::string text : {"Älvdalen",
                                   "",
                                   " leading",
                                   "a: b",
                                   "# not a comment",
                                   "- dash",
                                   "true",
                                   "null",
                                   "~",
                                   "123",
                                   "1.5",
                                   "2026-11",
                                   "\"quoted\"",
                                   "back\\slash",
                                   "line\nbreak",
                                   "tab\there",
                                   "[x]",
                                   "{y}",
                                   "&anchor",
                                   "*alias",
                                   "!tag",
                                   "%",
                                   "@",
                                   "`",
                                   "trailing:",
                                   "ja",
                                   "it's",
                                   "x #y",
                                   "OSL 35 kap. 1 §"}) {
      CAPTURE(text);
      for (const std::string& written : {yaml_scalar(text), yaml_quoted(text)}) {
        Diagnostics d;
        const auto doc = parse_yaml("t.yaml", "k: " + written + "\n", d);
        REQUIRE(d.items().empty());
        const YamlNode* value = doc.root->find("k");
        REQUIRE(value != nullptr);
        if (text.empty() && written.empty()) continue;
        CHECK(value->text == text);
        // Texts that would read back as another type are quoted.
        if (text == "true" || text == "123" || text == "null") CHECK(value->quoted);
      }
    }
  }

  TEST_CASE("plain where it is safe, so files stay readable") {
    CHECK(yaml_scalar("Älvdalen") == "Älvdalen");
    CHECK(yaml_scalar("2026-11") == "2026-11");
    CHECK(yaml_scalar("a: b") == "\"a: b\"");
  }
}
