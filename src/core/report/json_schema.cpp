// SPDX-License-Identifier: EUPL-1.2
#include "core/report/json_schema.hpp"

#include <fmt/format.h>

#include "core/base/text.hpp"
#include "core/report/json_schema_joint.hpp"
#include "core/report/json_schema_parts.hpp"
#include "core/report/report.hpp"

namespace lagesbild {

using schema::Need;

namespace {

// The keys both kinds begin with (lagesbild(5) §2), in the order files have them.
schema::Properties header(const Questionnaire& q, const std::string& kind) {
  return {
      {"lägesbild",
       schema::any_of(JsonValue::array({JsonValue::object()
                                            .set("enum", JsonValue::array({1}))
                                            .set("errorMessage", "Formatversionen är 1: skriv lägesbild: 1."),
                                        JsonValue::object().set("type", "string").set("pattern", "^0*1$")}),
                      "Formatversionen: 1 (också med nycklarna från format 1.1).", Need::Required)},
      {"mall", schema::choice("mall", fmt::format("Mallens id: {} ({}).", q.id, q.name), {q.id}, Need::Required)},
      {"typ", schema::choice("typ",
                             kind == words::kLocal ? "lokal: en parts egen lägesbild."
                                                   : "gemensam: parternas gemensamma lägesbild.",
                             {kind}, Need::Required)},
      {"kommun", schema::text("kommun", "Kommunens namn, t.ex. Älvdalen.", Need::Required)},
  };
}

// The keys after the party's own (classification, legal ground, registry number).
void classification(schema::Properties& p) {
  p.emplace_back("klassificering", schema::choice("klassificering", "öppen, intern eller sekretess.",
                                                  classification_words(), Need::Required));
  p.emplace_back("sekretessgrund", schema::text("sekretessgrund",
                                                "Lagrummet, t.ex. \"OSL 35 kap. 1 §\". Krävs när klassificeringen "
                                                "är sekretess."));
  p.emplace_back("diarienummer", schema::text("diarienummer", "Ärendets diarienummer, om det finns ett (format 1.1)."));
}

// klassificering: sekretess needs a legal ground that is not empty.
void secrecy_needs_ground(JsonValue& root) {
  root.set("if", JsonValue::object()
                     .set("properties",
                          JsonValue::object().set("klassificering", JsonValue::object().set("const", "sekretess")))
                     .set("required", JsonValue::array({"klassificering"})));
  JsonValue ground = JsonValue::object()
                         .set("type", JsonValue::array({"string", "number"}))
                         .set("pattern", "[^ ]")
                         .set("errorMessage",
                              "klassificeringen är sekretess: ange lagrummet, t.ex. "
                              "sekretessgrund: \"OSL 35 kap. 1 §\".");
  root.set("then", JsonValue::object()
                       .set("required", JsonValue::array({"sekretessgrund"}))
                       .set("properties", JsonValue::object().set("sekretessgrund", std::move(ground))));
}

JsonValue observation(const Questionnaire& q, const std::vector<std::string>* parties) {
  schema::Properties p;
  std::vector<std::string> required;
  if (parties) {
    p.emplace_back("part", schema::choice("part", "Parten som rapporterade iakttagelsen.", *parties, Need::Required));
    required.push_back("part");
  }
  p.emplace_back("vad", schema::text("vad", "Vad har hänt? Platser och situationer, inte personer.", Need::Required));
  p.emplace_back("var", schema::text("var", "Plats (frivilligt)."));
  p.emplace_back("när", schema::text("när", "Datum eller mönster, t.ex. \"helger, kvällstid\" (frivilligt)."));
  p.emplace_back("källa",
                 schema::choice("källa", "Varifrån uppgiften kommer, en av mallens källor (frivilligt).", q.sources));
  p.emplace_back("antal", schema::integer("antal", "Antal händelser, ett heltal (frivilligt).", 1, 100000));
  required.push_back("vad");
  return schema::mapping("En iakttagelse: vad, och frivilligt var, när, källa och antal.", std::move(p), required);
}

std::string area_description(const QuestionnaireArea& area) {
  return fmt::format("{}. {}", area.heading, area.question);
}

const char* const kTrend = "Trenden jämfört med månaden innan: ökande, oförändrad, minskande eller okänd.";

JsonValue local_area(const Questionnaire& q, const QuestionnaireArea& area) {
  schema::Properties p;
  p.emplace_back("trend", schema::choice("trend", kTrend, trend_words()));
  p.emplace_back("iakttagelser", schema::list("Det ni sett under månaden, en iakttagelse per punkt (- vad: ...).",
                                              observation(q, nullptr)));
  p.emplace_back("bedömning", schema::text("bedömning", "Er egen bedömning (frivilligt)."));
  p.emplace_back("inget_att_rapportera",
                 schema::boolean("inget_att_rapportera", "true när det inte finns något att rapportera om området."));
  JsonValue value = schema::mapping(area_description(area), std::move(p), {});
  value.set("title", area.heading);
  return value;
}

}  // namespace

std::string schema_file_name(const std::string& questionnaire_id, PictureKind kind) {
  return fmt::format("{}.{}.schema.json", questionnaire_id, kind == PictureKind::Local ? words::kLocal : words::kJoint);
}

std::string json_schema(const Questionnaire& q, PictureKind kind) {
  const bool local = kind == PictureKind::Local;
  schema::Properties p = header(q, local ? words::kLocal : words::kJoint);
  std::vector<std::string> required = {"lägesbild", "mall", "typ", "kommun"};
  if (local) {
    p.emplace_back("part", schema::choice("part", "Parten som skriver lägesbilden.", q.parties, Need::Required));
    p.emplace_back("organisation", schema::text("organisation",
                                                "Organisationen, t.ex. \"Älvdalens kommun\" eller "
                                                "\"Lokalpolisområde Mora\"."));
  }
  p.emplace_back("period", schema::period("period", "Månaden som beskrivs, ÅÅÅÅ-MM.", Need::Required));
  if (local) {
    p.emplace_back("upprättad", schema::date("upprättad", "Datum då lägesbilden skrevs, ÅÅÅÅ-MM-DD.", Need::Required));
    p.emplace_back("upprättad_av",
                   schema::text("upprättad_av", "Vem som skrev den: en roll räcker, t.ex. Kommunpolis."));
  }
  classification(p);
  if (local) {
    p.emplace_back(
        "källor", schema::choice_list("källor", "Varifrån uppgifterna kommer, en lista ur mallens källor.", q.sources));
    schema::Properties areas;
    for (const auto& area : q.areas) areas.emplace_back(area.id, local_area(q, area));
    p.emplace_back("områden", schema::mapping("Ett avsnitt per område i mallen, med områdets id som nyckel.",
                                              std::move(areas), {}));
    required.insert(required.end(),
                    {"part", "organisation", "period", "upprättad", "upprättad_av", "klassificering", "områden"});
  } else {
    std::vector<std::string> parties = q.parties;
    for (auto& entry : joint_schema_properties(q, observation(q, &parties))) p.push_back(std::move(entry));
    required.insert(required.end(), {"period", "klassificering", "parter", "områden"});
  }
  JsonValue root =
      JsonValue::object()
          .set("$schema", "http://json-schema.org/draft-07/schema#")
          .set("title", fmt::format("{} lägesbild enligt mallen {}", local ? "En parts egen" : "Gemensam", q.id))
          .set("description", fmt::format("{} ({}), enligt {}. Skrivet av lagesbild schema; formatet beskrivs i "
                                          "lagesbild(5). Det ett schema inte kan se (personnummer, att varje område "
                                          "är besvarat) kontrollerar lagesbild validate.",
                                          local ? "En parts egen lägesbild (typ: lokal)"
                                                : "Den gemensamma lägesbilden (typ: gemensam)",
                                          q.name, q.id))
          .set("type", "object")
          .set("additionalProperties", false);
  JsonValue props = JsonValue::object();
  for (auto& [key, value] : p) props.set(key, std::move(value));
  root.set("properties", std::move(props));
  root.set("required", JsonValue::array_of(required));
  secrecy_needs_ground(root);
  return root.dump();
}

}  // namespace lagesbild
