// SPDX-License-Identifier: EUPL-1.2
#include "core/report/json_schema_parts.hpp"

#include <fmt/format.h>

#include "core/base/limits.hpp"
#include "core/base/text.hpp"

namespace lagesbild::schema {

namespace {

// Dates and months as report/field_reader reads them: a year from 1900, a
// month 01-12, a day the month can have (29 February every year: a leap
// year is validate's to check).
const char* const kYear = "(?:19|[2-9][0-9])[0-9]{2}";
const char* const kMonth = "(?:0[1-9]|1[0-2])";
const char* const kMonthDay =
    "(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|"
    "02-(?:0[1-9]|1[0-9]|2[0-9]))";

JsonValue types(std::initializer_list<JsonValue> names) {
  return JsonValue::array(names);
}

// Admits only the empty value (null): an optional key left empty.
JsonValue empty_value() {
  return JsonValue::object().set(
      "not", JsonValue::object().set("type", types({"string", "number", "boolean", "object", "array"})));
}

// Admits a number or true/false, which the readers take as text.
JsonValue number_or_boolean() {
  return JsonValue::object().set("not", JsonValue::object().set("type", types({"string", "object", "array", "null"})));
}

// A text as a JSON string, with validate's limit on its length.
JsonValue string_value(const std::string& message, bool nonempty) {
  JsonValue s = JsonValue::object().set("type", "string");
  if (nonempty) s.set("pattern", "[^ \\n]");
  s.set("maxLength", static_cast<long>(limits::kMaxTextCharacters));
  s.set("errorMessage", message);
  return s;
}

JsonValue pattern_value(const std::string& pattern, const std::string& message) {
  return JsonValue::object().set("type", "string").set("pattern", pattern).set("errorMessage", message);
}

}  // namespace

JsonValue any_of(JsonValue alternatives, const std::string& description, Need need) {
  if (need == Need::Optional) alternatives.push(empty_value());
  JsonValue out = JsonValue::object().set("description", description);
  if (alternatives.items().size() == 1) {
    for (const auto& [key, value] : alternatives.items().front().members()) out.set(key, value);
    return out;
  }
  return out.set("anyOf", std::move(alternatives));
}

JsonValue text(const std::string& key, const std::string& description, Need need) {
  const bool required = need == Need::Required;
  const std::string message = fmt::format(
      "`{}` ska vara en text{}. Sätt texten inom citattecken om den "
      "innehåller kolon eller #.",
      key, required ? " och får inte vara tom" : "");
  JsonValue alternatives = JsonValue::array({string_value(message, required)});
  if (required) {
    alternatives.push(number_or_boolean());
  } else {
    // Numbers, true/false and the empty value in one: nothing to complete.
    alternatives.push(
        JsonValue::object().set("not", JsonValue::object().set("type", types({"string", "object", "array"}))));
  }
  return any_of(std::move(alternatives), description, Need::Required);
}

JsonValue choice(const std::string& key, const std::string& description, const std::vector<std::string>& allowed,
                 Need need) {
  JsonValue value =
      JsonValue::object()
          .set("enum", JsonValue::array_of(allowed))
          .set("errorMessage", fmt::format("`{}` ska vara {}.", key, list_alternatives(allowed, "eller")));
  return any_of(JsonValue::array({std::move(value)}), description, need);
}

JsonValue choice_list(const std::string& key, const std::string& description, const std::vector<std::string>& allowed) {
  const JsonValue one =
      JsonValue::object()
          .set("enum", JsonValue::array_of(allowed))
          .set("errorMessage", fmt::format("`{}` kan bara innehålla {}.", key, list_alternatives(allowed, "och")));
  JsonValue many = JsonValue::object().set("type", "array").set("items", one);
  return any_of(JsonValue::array({std::move(many), one}), description, Need::Optional);
}

JsonValue text_list(const std::string& key, const std::string& description) {
  const JsonValue one = text(key, description);
  JsonValue many = JsonValue::object().set("type", "array").set("items", one);
  // A lone text is a list of one; the lone text's own alternatives admit the empty value.
  return any_of(JsonValue::array({std::move(many), one}), description, Need::Required);
}

JsonValue date(const std::string& key, const std::string& description, Need need) {
  return any_of(JsonValue::array({pattern_value(
                    fmt::format("^{}-{}$", kYear, kMonthDay),
                    fmt::format("`{}` ska vara ett datum som finns, skrivet ÅÅÅÅ-MM-DD, t.ex. 2026-12-02.", key))}),
                description, need);
}

JsonValue period(const std::string& key, const std::string& description, Need need) {
  return any_of(
      JsonValue::array({pattern_value(fmt::format("^{}-{}$", kYear, kMonth),
                                      fmt::format("`{}` ska vara en månad skriven ÅÅÅÅ-MM, t.ex. 2026-11.", key))}),
      description, need);
}

JsonValue period_range(const std::string& key, const std::string& description, Need need) {
  const std::string message = fmt::format(
      "`{}` ska vara ett år, t.ex. 2026, eller månader skrivna ÅÅÅÅ-MM..ÅÅÅÅ-MM, t.ex. "
      "2026-01..2026-12.",
      key);
  const std::string month = fmt::format("{}-{}", kYear, kMonth);
  JsonValue year = JsonValue::object()
                       .set("type", "integer")
                       .set("minimum", 1900L)
                       .set("maximum", 9999L)
                       .set("errorMessage", message);
  JsonValue text = pattern_value(fmt::format("^ *(?:{}|{} *\\.\\. *{}) *$", kYear, month, month), message);
  return any_of(JsonValue::array({std::move(year), std::move(text)}), description, need);
}

JsonValue integer(const std::string& key, const std::string& description, long min, long max, Need need) {
  const std::string message = fmt::format("`{}` ska vara ett heltal mellan {} och {}.", key, min, max);
  JsonValue number = JsonValue::object();
  if (max - min < 5) {
    // Few enough to complete: prioritet 1, 2 or 3.
    JsonValue values = JsonValue::array();
    for (long v = min; v <= max; ++v) values.push(v);
    number.set("enum", std::move(values));
  } else {
    number.set("type", "integer").set("minimum", min).set("maximum", max);
  }
  number.set("errorMessage", message);
  // Digits in quotes are a number to the readers too.
  JsonValue digits = pattern_value("^[0-9]{1,9}$", message);
  return any_of(JsonValue::array({std::move(number), std::move(digits)}), description, need);
}

JsonValue boolean(const std::string& key, const std::string& description) {
  JsonValue value =
      JsonValue::object()
          .set("type", "boolean")
          .set("errorMessage", fmt::format("`{}` ska vara true (ja) eller false (nej), utan citattecken.", key));
  return any_of(JsonValue::array({std::move(value)}), description, Need::Optional);
}

JsonValue mapping(const std::string& description, Properties properties, const std::vector<std::string>& required,
                  Need need) {
  JsonValue props = JsonValue::object();
  for (auto& [key, value] : properties) props.set(key, std::move(value));
  JsonValue object =
      JsonValue::object().set("type", "object").set("additionalProperties", false).set("properties", std::move(props));
  if (!required.empty()) object.set("required", JsonValue::array_of(required));
  return any_of(JsonValue::array({std::move(object)}), description, need);
}

JsonValue list(const std::string& description, JsonValue item, Need need) {
  JsonValue value = JsonValue::object().set("type", "array").set("items", std::move(item));
  return any_of(JsonValue::array({std::move(value)}), description, need);
}

}  // namespace lagesbild::schema
