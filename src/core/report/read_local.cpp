// SPDX-License-Identifier: EUPL-1.2
// A party's own picture (lagesbild(5) §2).
#include "core/report/read_local.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "core/base/text.hpp"
#include "core/diag/reporter.hpp"
#include "core/report/field_reader.hpp"
#include "core/report/read_meeting.hpp"
#include "core/report/read_observation.hpp"
#include "core/report/report_loader.hpp"

namespace lagesbild {

namespace {

LocalArea read_local_area(Reporter& reporter, const YamlEntry& entry, const Questionnaire& q) {
  LocalArea area;
  area.id = entry.key.text;
  area.position = entry.key.position;
  area.trend_position = area.position;  // also when the area is no mapping
  MappingReader map(reporter, entry.value, fmt::format("fokusområdet `{}`", area.id));
  if (!map.is_mapping()) return area;
  area.trend_position = map.key_position("trend").value_or(area.position);
  if (const auto* n = map.optional("trend")) {
    area.trend = read_choice(reporter, *n, "trend", trend_words());
    area.trend_written = true;
  }
  const YamlNode* list = map.optional("iakttagelser");
  if (list) {
    if (!list->is_sequence()) {
      reporter.error(list->position, "fel-typ",
                     "`iakttagelser` ska vara en lista: varje iakttagelse börjar med `- vad:` på en egen rad.");
    } else {
      for (const auto& item : list->items) area.observations.push_back(read_observation(reporter, item, q, nullptr));
    }
  }
  if (const auto* n = map.optional("bedömning"))
    area.assessment = read_text(reporter, *n, "bedömning", TextKind::FreeText).value_or("");
  const YamlNode* nothing = map.optional("inget_att_rapportera");
  if (nothing) {
    const auto value = read_bool(reporter, *nothing, "inget_att_rapportera");
    area.nothing_to_report = value.value_or(false);
    area.nothing_misspelt = !value.has_value();
  }
  if (area.nothing_to_report && !area.observations.empty()) {
    reporter.error(nothing->position, "dubbelt-svar",
                   fmt::format("fokusområdet `{}` har både iakttagelser och inget_att_rapportera: true. "
                               "Välj ett: ta bort raden inget_att_rapportera eller iakttagelserna.",
                               area.id));
  }
  const auto misspelled = map.misspelled();
  area.trend_key_misspelt = std::find(misspelled.begin(), misspelled.end(), "trend") != misspelled.end();
  map.finish();
  return area;
}

}  // namespace

LocalReport read_local_report(Reporter& reporter, MappingReader& root, const Questionnaire& q) {
  LocalReport report;
  report.header = read_header(reporter, root);
  if (const auto* n = root.required("part", fmt::format("Skriv {}.", list_alternatives(q.parties, "eller")))) {
    report.party = read_choice(reporter, *n, "part", q.parties).value_or("");
    report.party_position = n->position;
  }
  // Empty texts are allowed here: a fresh file has them, and completeness names them.
  if (const YamlNode* n = root.node().find("organisation"); n && !n->is_null()) {
    report.organisation = read_text(reporter, *n, "organisation", TextKind::Word).value_or("");
  }
  report.organisation_present = root.key_position("organisation").has_value();
  report.organisation_position = root.key_position("organisation").value_or(root.node().position);
  root.allow("organisation");
  if (const auto* n = root.required("upprättad", "Skriv datumet då lägesbilden skrevs, t.ex. 2026-12-02."))
    report.written = read_date(reporter, *n, "upprättad");
  if (const YamlNode* n = root.node().find("upprättad_av"); n && !n->is_null()) {
    report.written_by = read_text(reporter, *n, "upprättad_av", TextKind::FreeText).value_or("");
  }
  report.written_by_present = root.key_position("upprättad_av").has_value();
  report.written_by_position = root.key_position("upprättad_av").value_or(root.node().position);
  root.allow("upprättad_av");
  if (const auto* n = root.optional("källor")) report.sources = read_choice_list(reporter, *n, "källor", q.sources);
  report_joint_only_keys(reporter, root);
  if (report.written && report.header.period.year != 0 &&
      *report.written < Date{report.header.period.year, report.header.period.month, 1}) {
    reporter.warning(root.node().find("upprättad")->position, "upprattad-fore-period",
                     fmt::format("upprättad ({}) ligger före perioden {} som lägesbilden beskriver. "
                                 "Kontrollera datumet och perioden.",
                                 to_string(*report.written), to_string(report.header.period)));
  }
  const YamlNode* areas = root.required("områden", "Varje fokusområde i mallen ska besvaras under `områden:`.");
  report.areas_position = root.key_position("områden").value_or(Position{1, 1});
  if (areas) {
    MappingReader map(reporter, *areas, "`områden`");
    for (const auto& qa : q.areas) map.allow(qa.id, qa.heading);
    if (map.is_mapping()) {
      for (const auto& entry : areas->entries) {
        if (!q.area(entry.key.text)) continue;  // reported by finish() with a suggestion
        report.areas.push_back(read_local_area(reporter, entry, q));
      }
    }
    const auto areas_misspelled = map.misspelled();
    report.misspelled.insert(report.misspelled.end(), areas_misspelled.begin(), areas_misspelled.end());
    map.finish();
  }
  const auto header_misspelled = root.misspelled();
  report.misspelled.insert(report.misspelled.end(), header_misspelled.begin(), header_misspelled.end());
  return report;
}

namespace {

void check_filled_in(Reporter& reporter, const std::string& value, Position at, const std::string& key,
                     const std::string& hint, bool key_present, Severity severity) {
  if (value.find_first_not_of(" \n") != std::string::npos) return;
  if (key_present) {
    reporter.report(severity, at, "saknat-varde", fmt::format("`{}` är inte ifylld. {}", key, hint));
  } else {
    reporter.report(severity, at, "saknad-nyckel",
                    fmt::format("lägesbilden saknar nyckeln `{}`. Lägg till en rad `{}: ...`. {}", key, key, hint));
  }
}

}  // namespace

void check_complete(Reporter& reporter, const LocalReport& report, const Questionnaire& q, Severity severity) {
  const auto misspelled = [&](const std::string& key) {
    return std::find(report.misspelled.begin(), report.misspelled.end(), key) != report.misspelled.end();
  };
  if (!misspelled("organisation"))
    check_filled_in(reporter, report.organisation, report.organisation_position, "organisation",
                    fmt::format("Skriv er organisation, t.ex. \"{}\" eller \"Lokalpolisområde Mora\".",
                                municipality_organisation(report.header.municipality)),
                    report.organisation_present, severity);
  if (!misspelled("upprättad_av"))
    check_filled_in(reporter, report.written_by, report.written_by_position, "upprättad_av",
                    "Skriv en roll, t.ex. Säkerhetssamordnare eller Kommunpolis.", report.written_by_present, severity);
  for (const auto& qa : q.areas) {
    const LocalArea* area = report.area(qa.id);
    if (!area && misspelled(qa.id)) continue;
    if (!area) {
      reporter.report(severity, report.areas_position, "obesvarat-omrade",
                      fmt::format("fokusområdet `{}` ({}) saknas under `områden`. Lägg till det med en "
                                  "trend och iakttagelser, eller inget_att_rapportera: true.",
                                  qa.id, qa.heading));
      continue;
    }
    if (area->observations.empty() && !area->nothing_to_report && !area->nothing_misspelt) {
      reporter.report(severity, area->position, "obesvarat-omrade",
                      fmt::format("fokusområdet `{}` ({}) är inte besvarat. Skriv minst en iakttagelse "
                                  "under `iakttagelser`, eller inget_att_rapportera: true om det inte "
                                  "finns något att rapportera.",
                                  qa.id, qa.heading));
    }
    if (!area->trend_written && !area->trend_key_misspelt) {
      reporter.report(severity, area->trend_position, "saknad-trend",
                      fmt::format("fokusområdet `{}` saknar trend. Skriv trend: och ett av {} "
                                  "(jämfört med månaden innan).",
                                  qa.id, list_alternatives(trend_words(), "eller")));
    }
  }
}

}  // namespace lagesbild
