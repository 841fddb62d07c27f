// SPDX-License-Identifier: EUPL-1.2
#include "core/merge/merge.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "core/base/safe_text.hpp"
#include "core/base/text.hpp"
#include "core/diag/reporter.hpp"
#include "core/merge/carry_forward.hpp"
#include "core/os/utf8_path.hpp"
#include "core/report/file_names.hpp"
#include "core/report/party_material.hpp"

namespace lagesbild {

namespace {

// A file name as recorded in the joint picture: safe to show, no identity number.
std::string file_name_of(const std::string& path) {
  return safe_text(base_name(path));
}

void refuse(Diagnostics& d, const LoadedReport& at, Position position, std::string message) {
  Reporter(at.document.source, d).error(position, "hor-inte-ihop", std::move(message));
}

const ReportHeader& header_of(const LoadedReport& r) {
  return r.local ? r.local->header : r.joint->header;
}

// "Älvdalen" and "älvdalen" are the same municipality; Håbo and Habo are
// two, although their file names are the same (lagesbild(5) §4).
bool same_municipality(const std::string& a, const std::string& b) {
  return name_key(a) == name_key(b);
}

// What to do about two names for two municipalities: the advice differs when
// only å, ä, ö tell them apart, which may be a typing slip.
std::string municipality_advice(const std::string& a, const std::string& b) {
  if (file_name_slug(a) == file_name_slug(b))
    return "Namnen skiljer sig bara i å, ä eller ö, så det kan vara två kommuner: gäller filerna samma kommun, "
           "skriv namnet likadant i dem.";
  return "Slå bara ihop lägesbilder för samma kommun.";
}

// "Älvdalen  Centrum " and "Älvdalen centrum" are one place: ASCII case and
// runs of spaces do not count.
std::string normalised_place(const std::string& place) {
  std::string out;
  for (char c : lowercase_ascii(place)) {
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out.push_back(c);
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// Observations grouped by place (in order of first mention), each group in
// the parties' order, so the same place from both parties stands together.
std::vector<Observation> ordered_by_place(std::vector<Observation> observations) {
  std::map<std::string, std::size_t> first_seen;
  for (std::size_t i = 0; i < observations.size(); ++i) {
    const std::string key = normalised_place(observations[i].where);
    if (!key.empty()) first_seen.emplace(key, i);
  }
  const auto rank = [&](const Observation& o) {
    const std::string key = normalised_place(o.where);
    return key.empty() ? observations.size() : first_seen[key];  // no place: last
  };
  std::vector<std::pair<std::size_t, Observation>> ranked;
  for (auto& o : observations) ranked.emplace_back(rank(o), std::move(o));
  std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<Observation> out;
  for (auto& [r, o] : ranked) out.push_back(std::move(o));
  return out;
}

JointArea merge_area(const QuestionnaireArea& qa, const std::vector<const LocalReport*>& reports, bool all_present) {
  JointArea area;
  area.id = qa.id;
  std::vector<Observation> observations;
  std::optional<std::string> common;
  bool all_agree = all_present;
  for (const LocalReport* r : reports) {
    const LocalArea* own = r->area(qa.id);
    std::optional<std::string> trend = own ? own->trend : std::nullopt;
    area.party_trends.emplace_back(r->party, trend);
    if (!trend || (common && *common != *trend)) all_agree = false;
    if (trend && !common) common = trend;
    if (!own) continue;
    for (Observation o : own->observations) {
      o.party = r->party;
      observations.push_back(std::move(o));
    }
    if (!own->assessment.empty()) area.assessments.emplace_back(r->party, own->assessment);
  }
  area.observations = ordered_by_place(std::move(observations));
  // Pre-filled only where every party agrees; otherwise it is the meeting's call.
  if (all_agree && common) area.agreed_trend = common;
  return area;
}

bool unanimous(const JointArea& a, std::string& value) {
  if (a.party_trends.empty()) return false;
  for (const auto& [party, trend] : a.party_trends)
    if (!trend || *trend != *a.party_trends.front().second) return false;
  value = *a.party_trends.front().second;
  return true;
}

// What the meeting wrote in a joint picture: kept on re-merge.
void keep_meeting_work(JointReport& merged, const JointReport& existing, bool material_changed, Diagnostics& d,
                       const LoadedReport& existing_file) {
  Reporter reporter(existing_file.document.source, d);
  // The meeting's marking stays, and a ground a party added since joins it.
  Classification classification = existing.header.classification;
  std::string grounds = existing.header.secrecy_ground;
  tighten_classification(classification, grounds, merged.header.classification, merged.header.secrecy_ground);
  merged.header.classification = classification;
  merged.header.secrecy_ground = grounds;
  for (auto& area : merged.areas) {
    const JointArea* old = existing.area(area.id);
    if (!old) continue;
    const std::optional<std::string> prefilled = area.agreed_trend;
    if (old->agreed_trend) area.agreed_trend = old->agreed_trend;
    area.agreed_assessment = old->agreed_assessment;
    area.priority = old->priority;
    // An agreed trend that merge pre-filled from unanimous parties follows
    // the parties; one the meeting chose is kept, with a word if they moved.
    std::string old_common;
    const bool parties_moved = old->party_trends != area.party_trends;
    if (parties_moved && old->agreed_trend && unanimous(*old, old_common) && *old->agreed_trend == old_common) {
      area.agreed_trend = prefilled;
      reporter.warning(old->position, "gemensam-trend",
                       fmt::format("parternas trender i `{}` har ändrats. Den gemensamma trenden ({}) var ifylld "
                                   "för att alla parter var överens; den är nu {}.",
                                   area.id, *old->agreed_trend, prefilled ? *prefilled : "tom för mötet att bestämma"));
    } else if (parties_moved && old->agreed_trend) {
      reporter.warning(old->position, "gemensam-trend",
                       fmt::format("parternas trender i `{}` har ändrats sedan den gemensamma trenden ({}) "
                                   "skrevs. Kontrollera att den fortfarande gäller.",
                                   area.id, *old->agreed_trend));
    }
  }
  merged.header.registry_number = existing.header.registry_number;
  merged.meeting = existing.meeting;
  merged.promises = existing.promises;
  merged.causes = existing.causes;
  merged.actions = existing.actions;
  merged.actions_from = existing.actions_from;
  std::vector<std::string> now_stale;
  for (auto& approval : merged.approvals) {
    for (const auto& old : existing.approvals)
      if (old.party == approval.party) approval = old;
    if (approval.date && material_changed && !approval.stale) {
      approval.stale = true;  // kept as a record, but no longer counts as approval
      now_stale.push_back(approval.party);
    }
  }
  if (!now_stale.empty())
    reporter.warning(existing.approvals_position, "godkannande",
                     fmt::format("parternas underlag har ändrats efter godkännandet från {}. Godkännandet står kvar "
                                 "men är markerat underlag_ändrat: true och räknas inte förrän parten godkänt igen.",
                                 join(now_stale, ", ")));
}

}  // namespace

void check_inputs_belong_together(const MergeInputs& in, Diagnostics& d) {
  if (in.parties.empty()) return;
  const LoadedReport& first = *in.parties.front();
  const ReportHeader& h = header_of(first);
  const std::string first_name = file_name_of(first.path);
  std::map<std::string, const LoadedReport*> by_party;
  for (const LoadedReport* r : in.parties) {
    const ReportHeader& other = header_of(*r);
    const std::string name = file_name_of(r->path);
    if (r != &first && other.questionnaire != h.questionnaire)
      refuse(d, *r, other.questionnaire_position,
             fmt::format("filerna svarar på olika mallar: {} på {} men {} på {}. Slå bara ihop lägesbilder "
                         "som svarar på samma mall: be parterna använda samma mall den här månaden (lagesbild new "
                         "--mall ID), och byt mall för båda från samma månad.",
                         first_name, h.questionnaire, name, other.questionnaire));
    if (r != &first && !same_municipality(other.municipality, h.municipality))
      refuse(d, *r, other.municipality_position,
             fmt::format("filerna gäller olika kommuner: {} gäller {} men {} gäller {}. {}", first_name, h.municipality,
                         name, other.municipality, municipality_advice(h.municipality, other.municipality)));
    if (r != &first && other.period != h.period)
      refuse(d, *r, other.period_position,
             fmt::format("filerna gäller olika perioder: {} gäller {} men {} gäller {}. Slå bara ihop "
                         "lägesbilder för samma månad.",
                         first_name, to_string(h.period), name, to_string(other.period)));
    const auto [it, inserted] = by_party.emplace(r->local->party, r);
    if (!inserted)
      refuse(d, *r, r->local->party_position,
             fmt::format("två filer för parten {}: {} och {}. Varje part lämnar en lägesbild; välj den "
                         "som gäller.",
                         r->local->party, file_name_of(it->second->path), name));
  }
  if (in.previous) {
    const ReportHeader& p = in.previous->joint->header;
    if (!same_municipality(p.municipality, h.municipality))
      refuse(d, *in.previous, p.municipality_position,
             fmt::format("förra månadens gemensamma lägesbild gäller {}, men parternas filer gäller {}. {}",
                         p.municipality, h.municipality, municipality_advice(p.municipality, h.municipality)));
    if (!(p.period < h.period))
      refuse(d, *in.previous, p.period_position,
             fmt::format("--previous ska vara en tidigare månads gemensamma lägesbild, men den gäller {} "
                         "och parternas filer gäller {}.",
                         to_string(p.period), to_string(h.period)));
  }
}

JointReport merge_reports(const MergeInputs& in, const Questionnaire& q, Diagnostics& d, Carried* carried) {
  JointReport joint;
  const ReportHeader& h = header_of(*in.parties.front());
  joint.header.questionnaire = q.id;
  joint.header.kind = words::kJoint;
  joint.header.municipality = h.municipality;
  joint.header.period = h.period;
  joint.header.classification = Classification::Open;

  std::vector<const LocalReport*> reports;  // in the questionnaire's party order
  for (const auto& party : q.parties) {
    const LoadedReport* found = nullptr;
    for (const LoadedReport* r : in.parties)
      if (r->local->party == party) found = r;
    if (!found) {
      joint.missing_parties.push_back(party);
      Reporter(in.parties.front()->document.source, d)
          .warning({}, "saknad-part",
                   fmt::format("parten {} har ingen lägesbild för {} bland filerna. Den gemensamma lägesbilden "
                               "skrivs ändå och anger att {} saknas; slå ihop igen när filen finns.",
                               party, to_string(h.period), party));
      continue;
    }
    const LocalReport& r = *found->local;
    reports.push_back(&r);
    joint.parties.push_back({r.party, r.organisation, r.written, r.written_by, file_name_of(found->path), r.sources,
                             r.header.registry_number});
    joint.approvals.push_back({r.party, std::nullopt, {}, false, {}});
    // The joint picture is at least as strict as the strictest input.
    tighten_classification(joint.header.classification, joint.header.secrecy_ground, r.header.classification,
                           r.header.secrecy_ground);
  }
  for (const auto& qa : q.areas) joint.areas.push_back(merge_area(qa, reports, joint.missing_parties.empty()));

  joint.material_fingerprint = party_material_fingerprint(joint);
  joint.material_digests = party_material_digests(joint);
  if (in.existing) {
    const JointReport& existing = *in.existing->joint;
    const bool changed = party_material_fingerprint(existing) != joint.material_fingerprint;
    keep_meeting_work(joint, existing, changed, d, *in.existing);
  }
  if (in.previous) {
    const Carried result = carry_forward(joint, *in.previous, q, d);
    if (carried) *carried = result;
  }
  return joint;
}

}  // namespace lagesbild
