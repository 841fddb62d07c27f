// SPDX-License-Identifier: EUPL-1.2
// The joint picture (lagesbild(5) §3).
#include "core/report/read_joint.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "core/base/text.hpp"
#include "core/diag/reporter.hpp"
#include "core/report/field_reader.hpp"
#include "core/report/party_material.hpp"
#include "core/report/read_action_plan.hpp"
#include "core/report/read_meeting.hpp"
#include "core/report/read_observation.hpp"
#include "core/report/report_loader.hpp"

namespace lagesbild {

namespace {

std::vector<Provenance> read_parties(Reporter& reporter, MappingReader& root, const Questionnaire& q) {
  std::vector<Provenance> parties;
  const YamlNode* list = root.required("parter", "Listan anger vilka parters filer som slogs ihop.");
  if (!list) return parties;
  std::set<std::string> seen;
  for_each_item(reporter, *list, "parter", "Varje part börjar med `- part:`.", [&](const YamlNode& item) {
    MappingReader map(reporter, item, "en part i `parter`");
    if (!map.is_mapping()) return;
    Provenance p;
    if (const auto* n = map.required("part")) {
      p.party = read_choice(reporter, *n, "part", q.parties).value_or("");
      if (!p.party.empty() && !seen.insert(p.party).second)
        reporter.error(n->position, "dubblett-part", fmt::format("parten `{}` står två gånger i `parter`.", p.party));
    }
    if (const auto* n = map.optional("organisation"))
      p.organisation = read_text(reporter, *n, "organisation", TextKind::Word).value_or("");
    if (const auto* n = map.optional("upprättad")) p.written = read_date(reporter, *n, "upprättad");
    if (const auto* n = map.optional("upprättad_av"))
      p.written_by = read_text(reporter, *n, "upprättad_av", TextKind::FreeText).value_or("");
    if (const auto* n = map.optional("fil")) p.file = read_text(reporter, *n, "fil", TextKind::Word).value_or("");
    if (const auto* n = map.optional("källor")) p.sources = read_choice_list(reporter, *n, "källor", q.sources);
    if (const auto* n = map.optional("diarienummer"))
      p.registry_number = read_text(reporter, *n, "diarienummer", TextKind::Word).value_or("");
    map.finish();
    if (!p.party.empty()) parties.push_back(std::move(p));
  });
  return parties;
}

JointArea read_joint_area(Reporter& reporter, const YamlEntry& entry, const Questionnaire& q,
                          const std::vector<std::string>& parties) {
  JointArea area;
  area.id = entry.key.text;
  area.position = entry.key.position;
  MappingReader map(reporter, entry.value, fmt::format("fokusområdet `{}`", area.id));
  if (!map.is_mapping()) return area;
  area.agreed_trend_position = map.key_position("trend").value_or(area.position);
  if (const auto* trend = map.optional("trend")) {
    MappingReader trends(reporter, *trend, fmt::format("trenden för `{}`", area.id));
    for (const auto& party : parties) {
      std::optional<std::string> value;
      if (const auto* n = trends.optional(party)) value = read_choice(reporter, *n, "trend", trend_words());
      area.party_trends.emplace_back(party, value);
    }
    area.agreed_trend_position = trends.key_position(words::kJoint).value_or(area.agreed_trend_position);
    if (const auto* n = trends.optional(words::kJoint))
      area.agreed_trend = read_choice(reporter, *n, "trend", trend_words());
    trends.finish();
  } else {
    for (const auto& party : parties) area.party_trends.emplace_back(party, std::nullopt);
  }
  if (const auto* list = map.optional("iakttagelser")) {
    for_each_item(
        reporter, *list, "iakttagelser", "Varje iakttagelse börjar med `- part:`.",
        [&](const YamlNode& item) { area.observations.push_back(read_observation(reporter, item, q, &parties)); });
  }
  if (const auto* assessments = map.optional("bedömningar")) {
    MappingReader by_party(reporter, *assessments, fmt::format("bedömningarna för `{}`", area.id));
    for (const auto& party : parties) {
      if (const auto* n = by_party.optional(party)) {
        auto text = read_text(reporter, *n, "bedömning", TextKind::FreeText).value_or("");
        if (!text.empty()) area.assessments.emplace_back(party, text);
      }
    }
    by_party.finish();
  }
  if (const auto* n = map.optional("gemensam_bedömning"))
    area.agreed_assessment = read_text(reporter, *n, "gemensam_bedömning", TextKind::FreeText).value_or("");
  if (const auto* n = map.optional("prioritet")) area.priority = read_integer(reporter, *n, "prioritet", 1, 3);
  map.finish();
  return area;
}

std::vector<std::string> read_causes(Reporter& reporter, const YamlNode* node, const std::string& key) {
  std::vector<std::string> out;
  if (!node) return out;
  for (auto& [text, position] : read_text_list(reporter, *node, key, TextKind::FreeText)) {
    if (!text.empty()) out.push_back(text);
  }
  return out;
}

std::vector<CauseAnalysis> read_cause_analysis(Reporter& reporter, const YamlNode& list, const Questionnaire& q) {
  std::vector<CauseAnalysis> causes;
  for_each_item(reporter, list, "orsaksanalys", "Varje problem börjar med `- problem:`.", [&](const YamlNode& item) {
    MappingReader map(reporter, item, "ett problem i `orsaksanalys`");
    if (!map.is_mapping()) return;
    CauseAnalysis c;
    c.position = item.position;
    if (const auto* n = map.required("problem", "Beskriv problemet kort."))
      c.problem = read_nonempty_text(reporter, *n, "problem", TextKind::FreeText).value_or("");
    if (const auto* n = map.required("område", "Ange vilket fokusområde problemet hör till."))
      c.area = read_choice(reporter, *n, "område", q.area_ids()).value_or("");
    if (const auto* n = map.optional("orsaker")) {
      MappingReader triangle(reporter, *n, "`orsaker` (problemtriangeln)");
      c.victim = read_causes(reporter, triangle.optional("brottsutsatt"), "brottsutsatt");
      c.offender = read_causes(reporter, triangle.optional("gärningsperson"), "gärningsperson");
      c.place = read_causes(reporter, triangle.optional("plats"), "plats");
      triangle.finish();
    }
    if (const auto* n = map.optional("från_period")) c.from_period = read_period(reporter, *n, "från_period");
    map.finish();
    causes.push_back(std::move(c));
  });
  return causes;
}

std::vector<Approval> read_approvals(Reporter& reporter, const YamlNode& node,
                                     const std::vector<std::string>& parties) {
  std::vector<Approval> approvals;
  MappingReader map(reporter, node, "`godkännande`");
  for (const auto& party : parties) {
    Approval a;
    a.party = party;
    a.position = map.key_position(party).value_or(node.position);
    if (const auto* n = map.optional(party)) {
      a.position = n->position;
      MappingReader fields(reporter, *n, fmt::format("godkännandet för `{}`", party));
      if (fields.is_mapping()) {
        if (const auto* d = fields.required("datum", "Skriv datumet för godkännandet, t.ex. 2026-12-10."))
          a.date = read_date(reporter, *d, "datum");
        if (const auto* by = fields.required("av", "Skriv vem (en roll) som godkände."))
          a.by = read_nonempty_text(reporter, *by, "av", TextKind::FreeText).value_or("");
        if (const auto* stale = fields.optional("underlag_ändrat"))
          a.stale = read_bool(reporter, *stale, "underlag_ändrat").value_or(false);
        fields.finish();
      }
    }
    approvals.push_back(std::move(a));
  }
  map.finish();
  return approvals;
}

}  // namespace

JointReport read_joint_report(Reporter& reporter, MappingReader& root, const Questionnaire& q) {
  JointReport report;
  report.header = read_header(reporter, root);
  report.parties = read_parties(reporter, root, q);
  const std::vector<std::string> parties = report.party_ids();
  report.parties_position = root.key_position("parter").value_or(Position{1, 1});
  report.material_position = root.key_position("underlag").value_or(Position{1, 1});
  if (const auto* n = root.optional("underlag")) read_material(reporter, *n, report, q);
  if (const auto* n = root.optional("åtgärder_från")) report.actions_from = read_period(reporter, *n, "åtgärder_från");
  if (const auto* n = root.optional("saknade_parter"))
    report.missing_parties = read_choice_list(reporter, *n, "saknade_parter", q.parties);
  report.areas_position = root.key_position("områden").value_or(Position{1, 1});
  if (const YamlNode* areas = root.required("områden")) {
    MappingReader map(reporter, *areas, "`områden`");
    for (const auto& qa : q.areas) map.allow(qa.id, qa.heading);
    if (map.is_mapping()) {
      for (const auto& entry : areas->entries) {
        if (q.area(entry.key.text)) report.areas.push_back(read_joint_area(reporter, entry, q, parties));
      }
    }
    const auto misspelled = map.misspelled();  // reported by finish() as a misspelling, not missing too
    map.finish();
    for (const auto& qa : q.areas) {
      if (!report.area(qa.id) && std::find(misspelled.begin(), misspelled.end(), qa.id) == misspelled.end())
        reporter.error(report.areas_position, "obesvarat-omrade",
                       fmt::format("fokusområdet `{}` ({}) saknas under `områden`. Kör `lagesbild merge` "
                                   "igen, eller lägg till området.",
                                   qa.id, qa.heading));
    }
  }
  if (const auto* n = root.optional("möte")) report.meeting = read_meeting(reporter, *n, q);
  if (const auto* n = root.optional("medborgarlöften"))
    report.promises = read_promises(reporter, *n, report.header.period);
  if (const auto* n = root.optional("orsaksanalys")) report.causes = read_cause_analysis(reporter, *n, q);
  std::vector<std::string> promise_ids;
  for (const auto& p : report.promises)
    if (!p.id.empty() && std::find(promise_ids.begin(), promise_ids.end(), p.id) == promise_ids.end())
      promise_ids.push_back(p.id);
  if (const auto* n = root.optional("åtgärdsplan")) report.actions = read_action_plan(reporter, *n, q, promise_ids);
  if (const auto* n = root.optional("godkännande")) {
    report.approvals_position = n->position;
    report.approvals = read_approvals(reporter, *n, parties);
  } else {
    for (const auto& party : parties) report.approvals.push_back({party, std::nullopt, {}, false, {}});
  }
  return report;
}

void check_final(Reporter& reporter, const JointReport& report, const Questionnaire& q) {
  check_party_material(reporter, report, Severity::Error);
  for (const auto& qa : q.areas) {
    const JointArea* area = report.area(qa.id);
    if (!area) continue;  // reported as missing already
    if (area->agreed_assessment.empty())
      reporter.warning(area->position, "ej-slutlig",
                       fmt::format("fokusområdet `{}` saknar gemensam bedömning. Skriv den under "
                                   "gemensam_bedömning, så att dokumentet inte visar \"ej skriven\".",
                                   qa.id));
    if (!area->agreed_trend)
      reporter.error(area->agreed_trend_position, "ej-slutlig",
                     fmt::format("fokusområdet `{}` saknar gemensam trend. Skriv trend: gemensam: och ett av {}.",
                                 qa.id, list_alternatives(trend_words(), "eller")));
    if (area->priority) {
      bool analysed = false;
      for (const auto& c : report.causes) analysed = analysed || c.area == qa.id;
      if (!analysed)
        reporter.error(area->position, "ej-slutlig",
                       fmt::format("fokusområdet `{}` har prioritet {} men ingen orsaksanalys. Lägg till ett "
                                   "problem med område: {} under `orsaksanalys`.",
                                   qa.id, *area->priority, qa.id));
    }
  }
  for (const auto& approval : report.approvals) {
    if (approval.date && approval.stale)
      reporter.error(approval.position, "ej-slutlig",
                     fmt::format("parten `{}` godkände innan parternas underlag ändrades. Godkänn igen: skriv "
                                 "dagens datum och ta bort underlag_ändrat: true.",
                                 approval.party));
    if (!approval.date)
      reporter.error(approval.position.line ? approval.position : report.approvals_position, "ej-slutlig",
                     fmt::format("parten `{}` har inte godkänt den gemensamma lägesbilden. Skriv under "
                                 "godkännande: {}: {{datum: ÅÅÅÅ-MM-DD, av: roll}}.",
                                 approval.party, approval.party));
  }
  for (const auto& missing : report.missing_parties)
    reporter.error({1, 1}, "ej-slutlig",
                   fmt::format("parten `{}` lämnade ingen lägesbild till sammanställningen. Slå ihop igen "
                               "med `lagesbild merge` när filen finns.",
                               missing));
}

}  // namespace lagesbild
