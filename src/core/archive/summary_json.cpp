// SPDX-License-Identifier: EUPL-1.2
// The summary for scripts. The shape is a contract (see lagesbild(1)).
#include "core/archive/summary_json.hpp"

#include <fmt/format.h>

#include "core/archive/county.hpp"
#include "core/archive/summary.hpp"
#include "core/base/json.hpp"
#include "core/base/safe_text.hpp"
#include "core/diag/source_text.hpp"
#include "core/report/questionnaire.hpp"

namespace lagesbild {

namespace {

std::string optional_string(const std::optional<std::string>& s) {
  return s ? json_string(*s) : "null";
}

// Format 1.1's keys are optional: null where a file has none.
std::string text_or_null(const std::string& s) {
  return s.empty() ? "null" : json_string(s);
}

std::string string_list(const std::vector<std::string>& items) {
  std::string out = "[";
  for (std::size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + json_string(items[i]);
  return out + "]";
}

// The county's totals (lagesbild(1), summary: "totalt"), per period as the
// municipalities' "perioder" name them.
std::string county_json(const County& c, const Summary& s) {
  const Questionnaire& q = *s.questionnaire;
  std::string out = fmt::format(",\n  \"totalt\": {{\"kommuner\": {}, \"perioder\": [", s.municipalities.size());
  for (std::size_t i = 0; i < c.months.size(); ++i) {
    const CountyMonth& month = c.months[i];
    out += fmt::format("{}\n    {{\"period\": \"{}\", \"leveranser\": {{", i ? "," : "", to_string(month.period));
    for (std::size_t d = 0; d < kDeliveries; ++d)
      out += fmt::format("{}\"{}\": {}", d ? ", " : "", delivery_key(static_cast<Delivery>(d)), month.delivered[d]);
    out += "}, \"områden\": {";
    for (std::size_t a = 0; a < month.areas.size(); ++a) {
      const CountyArea& area = month.areas[a];
      out += fmt::format(
          "{}\n      {}: {{\"iakttagelser\": {}, \"händelser\": {}, \"trender\": {{{}: {}, {}: {}, {}: {}, {}: {}}}}}",
          a ? "," : "", json_string(q.areas[a].id), area.observations, area.events, json_string(words::kRising),
          area.trends.rising, json_string(words::kUnchanged), area.trends.unchanged, json_string(words::kFalling),
          area.trends.falling, json_string(words::kUnknown), area.trends.unknown);
    }
    out += "}}";
  }
  return out + (c.months.empty() ? "]}" : "\n  ]}");
}

}  // namespace

std::string summary_json(const Summary& s) {
  std::string out = "{\n";
  out +=
      fmt::format("  \"från\": \"{}\",\n  \"till\": \"{}\",\n  \"i_dag\": \"{}\",\n  \"mall\": {},\n",
                  to_string(s.from), to_string(s.to), to_string(s.today), json_string(safe_text(s.questionnaire->id)));
  out += "  \"kommuner\": [";
  for (std::size_t k = 0; k < s.municipalities.size(); ++k) {
    const auto& m = s.municipalities[k];
    out += k ? ",\n    {" : "\n    {";
    out += fmt::format("\"kommun\": {},\n      \"perioder\": [", json_string(m.name));
    for (std::size_t i = 0; i < m.months.size(); ++i) {
      const auto& month = m.months[i];
      out += i ? ",\n        {" : "\n        {";
      out += fmt::format(
          "\"period\": \"{}\", \"saknade_parter\": {}, \"ogiltiga_parter\": {}, \"ofullständiga_parter\": {}, "
          "\"gemensam_ogiltig\": {}, ",
          to_string(month.period), string_list(month.missing_parties), string_list(month.broken_parties),
          string_list(month.incomplete_parties), month.joint_broken);
      if (!month.other_questionnaires.empty())
        out += fmt::format("\"andra_mallar\": {}, ", string_list(month.other_questionnaires));
      out += "\"områden\": {";
      for (std::size_t a = 0; a < month.areas.size(); ++a) {
        const auto& area = month.areas[a];
        out += fmt::format("{}\n          {}: {{", a ? "," : "", json_string(area.area));
        bool first = true;
        for (const auto& [party, pm] : area.parties) {
          out += fmt::format("{}{}: {{\"trend\": {}, \"iakttagelser\": {}, \"händelser\": {}, \"besvarat\": {}}}",
                             first ? "" : ", ", json_string(party), optional_string(pm.trend), pm.observations,
                             pm.events, pm.answered);
          first = false;
        }
        // slutlig: null without a joint picture; false for a draft, whose
        // trend and priority are not yet decisions.
        out += fmt::format("{}\"gemensam\": {{\"trend\": {}, \"prioritet\": {}, \"slutlig\": {}}}}}", first ? "" : ", ",
                           optional_string(area.agreed_trend), area.priority ? std::to_string(*area.priority) : "null",
                           !month.joint        ? "null"
                           : month.joint_final ? "true"
                                               : "false");
      }
      out += "}}";
    }
    out += "\n      ],\n      \"försenade_åtgärder\": [";
    for (std::size_t i = 0; i < m.overdue.size(); ++i) {
      const auto& o = m.overdue[i];
      out += fmt::format(
          "{}\n        {{\"id\": {}, \"åtgärd\": {}, \"ansvarig\": {}, \"ansvarig_funktion\": {}, "
          "\"medborgarlöfte\": {}, \"klart_senast\": \"{}\", \"status\": {}, \"period\": \"{}\", "
          "\"från_period\": {}}}",
          i ? "," : "", json_string(o.action.id), json_string(o.action.action), json_string(o.action.responsible),
          text_or_null(o.action.unit), text_or_null(o.action.promise), to_string(*o.action.deadline),
          json_string(o.action.status), to_string(o.period),
          o.action.from_period ? "\"" + to_string(*o.action.from_period) + "\"" : std::string("null"));
    }
    out += m.overdue.empty() ? "]" : "\n      ]";
    out += fmt::format(",\n      \"ogiltiga_filer\": {},\n      \"dubbletter\": {}}}", string_list(m.invalid_files),
                       string_list(m.duplicates));
  }
  out += s.municipalities.empty() ? "]" : "\n  ]";
  if (const auto county = county_of(s)) out += county_json(*county, s);
  out += fmt::format(",\n  \"ogiltiga_filer_utan_kommun\": {},\n  \"hoppade_över_länkar\": {}\n}}\n",
                     string_list(s.unattributed_files), string_list(s.skipped_links));
  return out;
}

}  // namespace lagesbild
