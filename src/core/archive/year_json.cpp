// SPDX-License-Identifier: EUPL-1.2
#include "core/archive/year_json.hpp"

#include <fmt/format.h>

#include "core/base/json.hpp"
#include "core/base/safe_text.hpp"

namespace lagesbild {

namespace {

// Free text from the files: identity numbers masked and bad bytes replaced,
// as everywhere; json_string escapes the rest.
std::string text(const std::string& s) {
  return json_string(safe_text(s, false));
}

std::string text_or_null(const std::string& s) {
  return s.empty() ? "null" : text(s);
}

std::string optional_text(const std::optional<std::string>& s) {
  return s ? text(*s) : "null";
}

std::string string_list(const std::vector<std::string>& items) {
  std::string out = "[";
  for (std::size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + text(items[i]);
  return out + "]";
}

std::string counts(const YearCount& c) {
  return fmt::format("\"iakttagelser\": {}, \"händelser\": {}", c.observations, c.events);
}

std::string joint_state(const MonthSummary& m) {
  return m.joint_final ? "slutlig" : m.joint ? "utkast" : m.joint_broken ? "ogiltig" : "saknas";
}

std::string counted_list(const std::vector<std::pair<std::string, YearCount>>& list, const char* key) {
  std::string out = "[";
  for (std::size_t i = 0; i < list.size(); ++i)
    out += fmt::format("{}{{\"{}\": {}, {}}}", i ? ", " : "", key, text_or_null(list[i].first), counts(list[i].second));
  return out + "]";
}

void area_json(std::string& out, const YearPicture& y, std::size_t a) {
  const YearArea& area = y.areas[a];
  out += fmt::format("\n    {}: {{{}, \"parter\": {{", text(area.id), counts(area.total));
  bool first = true;
  for (const auto& party : y.questionnaire->parties) {
    const auto it = area.parties.find(party);
    out += fmt::format("{}{}: {{{}}}", first ? "" : ", ", text(party),
                       counts(it == area.parties.end() ? YearCount{} : it->second));
    first = false;
  }
  out += "},\n      \"per_månad\": [";
  for (std::size_t i = 0; i < y.summary.months.size(); ++i) {
    const MonthSummary& month = y.summary.months[i];
    const AreaMonth& am = month.areas[a];
    YearCount sum;
    std::string parties;
    for (const auto& [party, pm] : am.parties) {
      sum.observations += pm.observations;
      sum.events += pm.events;
      parties += fmt::format("{}{}: {{\"trend\": {}, \"iakttagelser\": {}, \"händelser\": {}, \"besvarat\": {}}}",
                             parties.empty() ? "" : ", ", text(party), optional_text(pm.trend), pm.observations,
                             pm.events, pm.answered);
    }
    out += fmt::format(
        "{}\n        {{\"period\": \"{}\", {}, \"parter\": {{{}}}, \"gemensam\": {{\"trend\": {}, \"prioritet\": {}, "
        "\"slutlig\": {}}}}}",
        i ? "," : "", to_string(month.period), counts(sum), parties, optional_text(am.agreed_trend),
        am.priority ? std::to_string(*am.priority) : "null",
        !month.joint        ? "null"
        : month.joint_final ? "true"
                            : "false");
  }
  out += fmt::format("\n      ],\n      \"platser\": {},\n      \"källor\": {},\n      \"gemensamma_bedömningar\": [",
                     counted_list(area.places, "plats"), counted_list(area.sources, "källa"));
  for (std::size_t i = 0; i < area.assessments.size(); ++i)
    out +=
        fmt::format("{}{{\"period\": \"{}\", \"text\": {}, \"slutlig\": {}}}", i ? ", " : "",
                    to_string(area.assessments[i].period), text(area.assessments[i].text), area.assessments[i].final);
  out += "],\n      \"orsaksanalyser\": [";
  for (std::size_t i = 0; i < area.causes.size(); ++i) {
    const YearCause& c = area.causes[i];
    out += fmt::format(
        "{}{{\"problem\": {}, \"från\": \"{}\", \"till\": \"{}\", \"brottsutsatt\": {}, \"gärningsperson\": {}, "
        "\"plats\": {}}}",
        i ? ", " : "", text(c.cause.problem), to_string(c.first), to_string(c.last), string_list(c.cause.victim),
        string_list(c.cause.offender), string_list(c.cause.place));
  }
  out += "]}";
}

}  // namespace

std::string year_json(const YearPicture& y) {
  std::string out = "{\n";
  out += fmt::format(
      "  \"kommun\": {},\n  \"från\": \"{}\",\n  \"till\": \"{}\",\n  \"mall\": {},\n  \"klassificering\": \"{}\",\n"
      "  \"sekretessgrund\": {},\n  \"slutliga_månader\": {},\n  \"behöver_åtgärdas\": {},\n",
      text(y.name), to_string(y.from), to_string(y.to), text(y.questionnaire->id), to_string(y.classification),
      text_or_null(y.grounds), y.months_final(), y.needs_attention());
  out += "  \"månader\": [";
  for (std::size_t i = 0; i < y.summary.months.size(); ++i) {
    const MonthSummary& m = y.summary.months[i];
    out += fmt::format(
        "{}\n    {{\"period\": \"{}\", \"gemensam\": \"{}\", \"saknade_parter\": {}, \"ogiltiga_parter\": {}, "
        "\"ofullständiga_parter\": {}}}",
        i ? "," : "", to_string(m.period), joint_state(m), string_list(m.missing_parties),
        string_list(m.broken_parties), string_list(m.incomplete_parties));
  }
  out += "\n  ],\n  \"områden\": {";
  for (std::size_t a = 0; a < y.areas.size(); ++a) {
    if (a) out += ",";
    area_json(out, y, a);
  }
  out += "\n  },\n  \"källor\": [";
  for (std::size_t i = 0; i < y.sources.size(); ++i)
    out += fmt::format("{}\n    {{\"källa\": {}, \"lägesbilder\": {}, \"iakttagelser\": {}}}", i ? "," : "",
                       text(y.sources[i].id), y.sources[i].files, y.sources[i].observations);
  out += y.sources.empty() ? "],\n" : "\n  ],\n";
  out += "  \"åtgärder\": [";
  for (std::size_t i = 0; i < y.actions.size(); ++i) {
    const YearAction& a = y.actions[i];
    out += fmt::format(
        "{}\n    {{\"id\": {}, \"åtgärd\": {}, \"område\": {}, \"ansvarig\": {}, \"ansvarig_funktion\": {}, "
        "\"medborgarlöfte\": {}, \"klart_senast\": {}, \"status\": {}, \"uppföljning\": {}, \"läge\": \"{}\", "
        "\"från_period\": \"{}\", \"senast_i\": \"{}\"}}",
        i ? "," : "", text(a.action.id), text(a.action.action), text(a.action.area), text(a.action.responsible),
        text_or_null(a.action.unit), text_or_null(a.action.promise),
        a.action.deadline ? "\"" + to_string(*a.action.deadline) + "\"" : std::string("null"), text(a.action.status),
        optional_text(a.action.follow_up), state_word(a.state), to_string(a.first), to_string(a.last));
  }
  out += y.actions.empty() ? "],\n" : "\n  ],\n";
  out += "  \"medborgarlöften\": [";
  for (std::size_t i = 0; i < y.promises.size(); ++i) {
    const YearPromise& p = y.promises[i];
    out += fmt::format(
        "{}\n    {{\"id\": {}, \"löfte\": {}, \"gäller\": \"{}\", \"från\": \"{}\", \"till\": \"{}\", "
        "\"åtgärder\": {}}}",
        i ? "," : "", text(p.promise.id), text(p.promise.text), to_string(p.promise.valid), to_string(p.first),
        to_string(p.last), string_list(p.action_ids));
  }
  out += y.promises.empty() ? "],\n" : "\n  ],\n";
  out += fmt::format(
      "  \"ogiltiga_filer\": {},\n  \"dubbletter\": {},\n  \"ogiltiga_filer_utan_kommun\": {},\n"
      "  \"hoppade_över_länkar\": {}\n}}\n",
      string_list(y.summary.invalid_files), string_list(y.summary.duplicates), string_list(y.unattributed_files),
      string_list(y.skipped_links));
  return out;
}

}  // namespace lagesbild
