// SPDX-License-Identifier: EUPL-1.2
#include "core/archive/summary.hpp"

#include <algorithm>

#include "core/base/safe_text.hpp"
#include "core/base/text.hpp"
#include "core/diag/source_text.hpp"

namespace lagesbild {

bool Summary::needs_attention() const {
  if (municipalities.empty() || !unattributed_files.empty() || !skipped_links.empty()) return true;
  for (const auto& m : municipalities) {
    if (!m.invalid_files.empty() || !m.overdue.empty() || !m.duplicates.empty()) return true;
    if (!m.months.empty() && (!m.months.back().missing_parties.empty() || !m.months.back().incomplete_parties.empty()))
      return true;
  }
  return false;
}

bool Summary::covers(const std::optional<Period>& period) const {
  return !period || (!(*period < from) && !(to < *period));
}

namespace {

MonthSummary month_of(const Archive& archive, const std::string& key, const Period& period, const Questionnaire& q,
                      std::vector<std::string>& duplicates) {
  MonthSummary month;
  month.period = period;
  for (const auto& qa : q.areas) month.areas.push_back({qa.id, {}, false, std::nullopt, std::nullopt});
  for (const auto& party : q.parties) {
    const ArchiveFile* valid = nullptr;
    std::vector<std::string> candidates;
    for (const ArchiveFile* f : archive.find(key, period, party)) {
      // A revised questionnaire keeps most area ids: count what it shares.
      if (f->valid && f->local) valid = f;
      candidates.push_back(safe_text(f->path));
    }
    if (candidates.size() > 1) duplicates.push_back(to_string(period) + " " + party + ": " + join(candidates, ", "));
    if (!valid) {
      month.missing_parties.push_back(party);
      if (!candidates.empty()) month.broken_parties.push_back(party);
      continue;
    }
    if (!valid->complete) month.incomplete_parties.push_back(party);
    if (valid->questionnaire && valid->questionnaire->id != q.id)
      month.other_questionnaires.push_back(party + ": " + valid->questionnaire->id);
    for (auto& area : month.areas) {
      const LocalFigures::Area* answer = valid->local->area(area.area);
      if (!answer && valid->questionnaire && !valid->questionnaire->area(area.area)) continue;  // not asked
      PartyMonth pm;
      if (answer) {
        pm.trend = answer->trend;
        pm.observations = answer->observations;
        pm.events = answer->events;
        pm.answered = answer->answered;
      }
      area.parties[party] = pm;
    }
  }
  for (const ArchiveFile* f : archive.find(key, period, words::kJoint)) {
    if (!f->valid || !f->joint) {
      month.joint_broken = true;
      continue;
    }
    month.joint = true;
    month.joint_final = f->final;
    for (auto& area : month.areas) {
      const JointFigures::Area* joint = f->joint->area(area.area);
      area.joint = true;
      if (joint) {
        area.agreed_trend = joint->agreed_trend;
        area.priority = joint->priority;
      }
    }
  }
  month.joint_broken = month.joint_broken && !month.joint;  // a valid one counts
  return month;
}

}  // namespace

Summary summarise(const Archive& archive, const Questionnaire& q, const Period& to, int months, const Date& today,
                  const std::string& only_municipality, const std::optional<Period>& start) {
  Summary s;
  s.to = to;
  s.today = today;
  s.questionnaire = &q;
  s.from = to;
  for (int i = 1; i < months && !(start && !(*start < s.from)); ++i) s.from = previous_period(s.from);
  for (const auto& [key, name] : archive.municipalities()) {
    if (!only_municipality.empty() && !archive.answers_to(key, only_municipality)) continue;
    MunicipalitySummary m;
    m.key = key;
    m.name = name;
    for (Period p = s.from;; p = next_period(p)) {
      m.months.push_back(month_of(archive, key, p, q, m.duplicates));
      if (p == to) break;
    }
    // Overdue actions: in the latest valid joint picture up to the window's end.
    const ArchiveFile* latest = nullptr;
    for (const auto& f : archive.files) {
      if (f.municipality_key != key) continue;
      if (!f.valid && s.covers(f.period)) m.invalid_files.push_back(safe_text(f.path));
      if (f.valid && f.joint && f.period && !(to < *f.period) && (!latest || *latest->period < *f.period)) latest = &f;
    }
    if (latest) {
      m.latest_joint = latest->period;
      for (const auto& a : latest->joint->open_actions) {
        const bool open = is_open(a);
        if (open && a.deadline && *a.deadline < today) m.overdue.push_back({a, *latest->period});
      }
    }
    s.municipalities.push_back(std::move(m));
  }
  for (const auto& f : archive.files)
    if (!f.valid && f.municipality_key.empty() && s.covers(f.period)) s.unattributed_files.push_back(safe_text(f.path));
  for (const auto& link : archive.skipped_links) s.skipped_links.push_back(safe_text(link));
  return s;
}

}  // namespace lagesbild
