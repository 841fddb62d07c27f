// SPDX-License-Identifier: EUPL-1.2
#include "core/archive/year.hpp"

#include <algorithm>

#include "core/base/safe_text.hpp"
#include "core/base/text.hpp"
#include "core/report/report_loader.hpp"

namespace lagesbild {

namespace {

// Most events first, so that the places where most happened lead; then by
// name, so that the order never depends on the order files were read in.
std::vector<std::pair<std::string, YearCount>> ranked(const std::map<std::string, YearCount>& counts) {
  std::vector<std::pair<std::string, YearCount>> out(counts.begin(), counts.end());
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    if (a.second.events != b.second.events) return a.second.events > b.second.events;
    return a.second.observations > b.second.observations;
  });
  return out;
}

void add(YearCount& c, const Observation& o) {
  c.observations += 1;
  c.events += static_cast<std::size_t>(o.count.value_or(1));
}

// The file that counts for a month and party: the last valid one in path
// order, as summary counts it, so that the year's and the summary's figures agree.
const ArchiveFile* counted_file(const Archive& archive, const std::string& key, const Period& p,
                                const std::string& party) {
  const ArchiveFile* counted = nullptr;
  for (const ArchiveFile* f : archive.find(key, p, party))
    if (f->valid && (party == words::kJoint ? f->joint.has_value() : f->local.has_value())) counted = f;
  return counted;
}

struct Tally {
  std::map<std::string, YearCount> places, sources;
};

void later_date(std::optional<Date>& latest, const std::optional<Date>& d) {
  if (d && (!latest || *latest < *d)) latest = d;
}

void read_local(YearPicture& y, std::vector<Tally>& tallies, std::map<std::string, YearSource>& sources,
                const LocalReport& r) {
  later_date(y.latest_date, r.written);
  for (const auto& id : r.sources) {
    auto& s = sources[id];
    s.id = id;
    s.files += 1;
  }
  for (std::size_t a = 0; a < y.areas.size(); ++a) {
    const LocalArea* area = r.area(y.areas[a].id);
    if (!area) continue;
    for (const auto& o : area->observations) {
      add(y.areas[a].total, o);
      add(y.areas[a].parties[r.party], o);
      add(tallies[a].places[safe_text(o.where, false)], o);
      add(tallies[a].sources[o.source], o);
      if (o.source.empty()) continue;
      auto& s = sources[o.source];
      s.id = o.source;
      s.observations += 1;
    }
  }
}

void read_joint(YearPicture& y, const JointReport& r, bool final) {
  const Period p = r.header.period;
  later_date(y.latest_date, r.meeting.date);
  for (auto& area : y.areas) {
    const JointArea* ja = r.area(area.id);
    if (!ja) continue;
    if (!ja->agreed_assessment.empty()) area.assessments.push_back({p, ja->agreed_assessment, final});
    if (ja->priority) {
      area.prioritised_months += 1;
      if (!area.highest_priority || *ja->priority < *area.highest_priority) area.highest_priority = ja->priority;
    }
  }
  // A cause analysis carried month to month is one analysis: kept as last written.
  for (const auto& c : r.causes) {
    auto it = std::find_if(y.areas.begin(), y.areas.end(), [&](const YearArea& a) { return a.id == c.area; });
    if (it == y.areas.end()) continue;
    auto same = std::find_if(it->causes.begin(), it->causes.end(),
                             [&](const YearCause& yc) { return yc.cause.problem == c.problem; });
    const Period first = c.from_period && *c.from_period < p ? *c.from_period : p;
    if (same == it->causes.end()) {
      it->causes.push_back({c, first, p});
    } else {
      same->cause = c;
      same->last = p;
      if (first < same->first) same->first = first;
    }
  }
  // An action is followed up month by month under its id (lagesbild(5) §3):
  // the latest joint picture holding it says how it stands.
  for (const auto& a : r.actions) {
    auto same =
        std::find_if(y.actions.begin(), y.actions.end(), [&](const YearAction& ya) { return ya.action.id == a.id; });
    const Period first = a.from_period && *a.from_period < p ? *a.from_period : p;
    if (same == y.actions.end()) {
      y.actions.push_back({a, first, p, YearActionState::Open});
    } else {
      same->action = a;
      same->last = p;
      if (first < same->first) same->first = first;
    }
  }
  for (const auto& promise : r.promises) {
    auto same = std::find_if(y.promises.begin(), y.promises.end(),
                             [&](const YearPromise& yp) { return yp.promise.id == promise.id; });
    if (same == y.promises.end()) {
      y.promises.push_back({promise, p, p, {}});
    } else {
      same->promise = promise;
      same->last = p;
    }
  }
}

YearActionState state_of(const Action& a, const Date& reference) {
  if (a.status == words::kDone) return YearActionState::Done;
  if (a.status == words::kCancelled) return YearActionState::Cancelled;
  if (a.deadline && *a.deadline < reference) return YearActionState::Late;
  return YearActionState::Open;
}

std::string chosen_key(const Archive& archive, const std::string& only, std::vector<std::string>& names) {
  std::vector<std::pair<std::string, std::string>> real;
  for (const auto& m : archive.municipalities())
    if (m.first.rfind("fil:", 0) != 0) real.push_back(m);
  // Broken files named like no municipality that writes its name are only
  // candidates when nothing else is there.
  if (real.empty()) real = archive.municipalities();
  for (const auto& m : real) names.push_back(m.second);
  if (only.empty()) return real.size() == 1 ? real.front().first : std::string();
  for (const auto& m : real)
    if (archive.answers_to(m.first, only)) return m.first;
  return {};
}

}  // namespace

const char* state_word(YearActionState state) {
  switch (state) {
    case YearActionState::Done:
      return "klar";
    case YearActionState::Cancelled:
      return "inställd";
    case YearActionState::Late:
      return "försenad";
    case YearActionState::Open:
      return "öppen";
  }
  return "";
}

std::size_t YearPicture::months_final() const {
  return static_cast<std::size_t>(
      std::count_if(summary.months.begin(), summary.months.end(), [](const MonthSummary& m) { return m.joint_final; }));
}

bool YearPicture::needs_attention() const {
  if (!unattributed_files.empty() || !skipped_links.empty() || !summary.invalid_files.empty() ||
      !summary.duplicates.empty())
    return true;
  return std::any_of(summary.months.begin(), summary.months.end(), [](const MonthSummary& m) {
    return !m.joint_final || !m.missing_parties.empty() || !m.incomplete_parties.empty();
  });
}

YearChoice year_picture(const Archive& archive, QuestionnaireCatalog& catalog, const Questionnaire& q,
                        const Period& from, const Period& to, const std::string& only_municipality) {
  YearChoice choice;
  const std::string key = chosen_key(archive, only_municipality, choice.municipalities);
  if (key.empty()) return choice;

  YearPicture y;
  y.from = from;
  y.to = to;
  y.questionnaire = &q;
  const Period after = next_period(to);
  y.reference = Date{after.year, after.month, 1};
  int months = 1;
  for (Period p = from; p != to; p = next_period(p)) ++months;
  // `today` only judges overdue actions in the summary: the year judges them
  // at its own end, so that the same files give the same document any day.
  Summary s = summarise(archive, q, to, months, y.reference, std::string(), from);
  for (auto& m : s.municipalities)
    if (m.key == key) y.summary = std::move(m);
  y.name = y.summary.name;
  y.unattributed_files = s.unattributed_files;
  y.skipped_links = s.skipped_links;

  for (const auto& qa : q.areas) y.areas.push_back({qa.id, {}, {}, {}, {}, {}, {}, 0, std::nullopt});
  std::vector<Tally> tallies(y.areas.size());
  std::map<std::string, YearSource> sources;
  bool first_file = true;
  for (Period p = from;; p = next_period(p)) {
    std::vector<const ArchiveFile*> files;
    for (const auto& party : q.parties)
      if (const ArchiveFile* f = counted_file(archive, key, p, party)) files.push_back(f);
    if (const ArchiveFile* f = counted_file(archive, key, p, words::kJoint)) files.push_back(f);
    for (const ArchiveFile* f : files) {
      // Read again for its texts. A file changed since the archive read it
      // valid is left out here, as its figures cannot be told apart.
      Diagnostics ignored;
      LoadedReport loaded = load_report(f->path, catalog, ignored);
      if (ignored.has_errors()) continue;
      const ReportHeader* h = loaded.local ? &loaded.local->header : loaded.joint ? &loaded.joint->header : nullptr;
      if (!h) continue;
      if (first_file) {
        y.classification = h->classification;
        y.grounds = h->secrecy_ground;
        first_file = false;
      } else {
        tighten_classification(y.classification, y.grounds, h->classification, h->secrecy_ground);
      }
      if (loaded.local) read_local(y, tallies, sources, *loaded.local);
      if (loaded.joint) read_joint(y, *loaded.joint, f->final);
    }
    if (p == to) break;
  }
  for (std::size_t a = 0; a < y.areas.size(); ++a) {
    y.areas[a].places = ranked(tallies[a].places);
    y.areas[a].sources = ranked(tallies[a].sources);
  }
  // The questionnaire's sources in its order, then any other (a revised questionnaire's).
  for (const auto& id : q.sources)
    if (const auto it = sources.find(id); it != sources.end()) {
      y.sources.push_back(it->second);
      sources.erase(it);
    }
  for (const auto& [id, source] : sources) y.sources.push_back(source);
  for (auto& a : y.actions) a.state = state_of(a.action, y.reference);
  for (auto& p : y.promises)
    for (const auto& a : y.actions)
      if (a.action.promise == p.promise.id) p.action_ids.push_back(a.action.id);
  choice.picture = std::move(y);
  return choice;
}

}  // namespace lagesbild
