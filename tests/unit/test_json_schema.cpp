// SPDX-License-Identifier: EUPL-1.2
#include <doctest/doctest.h>

#include "core/base/json_value.hpp"
#include "core/report/json_schema.hpp"
#include "core/report/schema_location.hpp"
#include "helpers.hpp"

using namespace lagesbild;

TEST_SUITE("json schema") {
  TEST_CASE("JSON values keep their order, escape text and put lists of words on one line") {
    JsonValue v = JsonValue::object().set("b", 1).set("a", "x\"y").set("list", JsonValue::array({"ö", 2, true}));
    v.set("b", JsonValue());
    CHECK(v.dump() == "{\n  \"b\": null,\n  \"a\": \"x\\\"y\",\n  \"list\": [\"ö\", 2, true]\n}\n");
    CHECK(JsonValue::object().dump() == "{}\n");
  }

  TEST_CASE("the schema carries the questionnaire: areas with their questions, sources, parties") {
    QuestionnaireCatalog catalog = test::test_catalog();
    Diagnostics d;
    const Questionnaire* q = catalog.find("dalarna-2019", d);
    REQUIRE(q);
    const std::string local = json_schema(*q, PictureKind::Local);
    for (const auto& area : q->areas) {
      CHECK(local.find("\"" + area.id + "\": {") != std::string::npos);
      CHECK(local.find(area.question) != std::string::npos);
    }
    CHECK(local.find("\"enum\": [\"ökande\", \"oförändrad\", \"minskande\", \"okänd\"]") != std::string::npos);
    CHECK(local.find("\"medborgardialog\"") != std::string::npos);
    CHECK(local.find("\"möte\"") == std::string::npos);
    const std::string joint = json_schema(*q, PictureKind::Joint);
    for (const char* key : {"\"möte\"", "\"medborgarlöften\"", "\"ansvarig_funktion\"", "\"närvarande\"",
                            "\"enum\": [\"kommun\", \"polis\", \"gemensam\"]", "\"enum\": [1, 2, 3]"})
      CHECK_MESSAGE(joint.find(key) != std::string::npos, key);
    CHECK(schema_file_name("dalarna-2019", PictureKind::Joint) == "dalarna-2019.gemensam.schema.json");
  }

  TEST_CASE("the modeline is one word: a file URI with what a URI may not hold percent-encoded") {
#ifdef _WIN32
    CHECK(file_uri("C:\\Program Files\\lägesbild\\a.json") == "file:///C:/Program%20Files/l%C3%A4gesbild/a.json");
    CHECK(schema_modeline("C:\\x\\a.json") == "# yaml-language-server: $schema=file:///C:/x/a.json\n");
#else
    CHECK(file_uri("/usr/share/lagesbild/schemas/a.json") == "file:///usr/share/lagesbild/schemas/a.json");
    CHECK(file_uri("/srv/lägesbild/Mina filer/a.json") == "file:///srv/l%C3%A4gesbild/Mina%20filer/a.json");
    CHECK(schema_modeline("/x/a.json") == "# yaml-language-server: $schema=file:///x/a.json\n");
#endif
    CHECK(schema_modeline("").empty());
    CHECK(is_schema_modeline("yaml-language-server: $schema=file:///x/a.json"));
    CHECK_FALSE(is_schema_modeline("Mötet flyttades"));
  }
}
