// SPDX-License-Identifier: EUPL-1.2
// The monthly summary over a window of months: per municipality, month,
// area and party the trend and the number of observations; the agreed
// trend and priority; who is missing; and the overdue actions.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/archive/archive.hpp"

namespace lagesbild {

struct PartyMonth {
  std::optional<std::string> trend;
  std::size_t observations = 0;  // rows under iakttagelser
  std::size_t events = 0;        // the sum of their antal, 1 where none is given
  // Observations or "nothing to report": a file left as `new` wrote it has
  // neither, and its zeros would read as a month where nothing happened.
  bool answered = false;
};

struct AreaMonth {
  std::string area;
  std::map<std::string, PartyMonth> parties;  // parties with a valid file that month
  bool joint = false;                         // a valid joint picture exists that month
  std::optional<std::string> agreed_trend;
  std::optional<long> priority;
};

struct MonthSummary {
  Period period;
  std::vector<AreaMonth> areas;              // in the questionnaire's order
  std::vector<std::string> missing_parties;  // no valid file (absent or broken)
  std::vector<std::string> broken_parties;   // of those, the ones whose file is there but broken
  // A valid file with areas unanswered (as `new` wrote it): counted, but
  // not delivered, as status says ("giltig men inte komplett").
  std::vector<std::string> incomplete_parties;
  std::vector<std::string> other_questionnaires;  // "polis: dalarna-2024": counted by shared area ids
  bool joint = false;
  bool joint_final = false;
  bool joint_broken = false;  // a joint picture is there, but none of them valid
};

struct OverdueAction {
  Action action;
  Period period;  // the joint picture it stands in
};

struct MunicipalitySummary {
  std::string key;  // Archive::municipalities()
  std::string name;
  std::vector<MonthSummary> months;  // oldest first
  std::vector<OverdueAction> overdue;
  std::optional<Period> latest_joint;
  std::vector<std::string> invalid_files;
  std::vector<std::string> duplicates;  // "2026-10 polis: a.yaml, b.yaml": which counts is unclear
};

struct Summary {
  Period from, to;
  Date today;
  const Questionnaire* questionnaire = nullptr;
  std::vector<MunicipalitySummary> municipalities;
  std::vector<std::string> unattributed_files;  // broken and not even named like a report
  std::vector<std::string> skipped_links;
  // Something for a person to look at: no pictures at all, a broken or
  // doubled file, a skipped link, a missing party in the latest month, an
  // overdue action.
  bool needs_attention() const;
  // A file of a month in the window, or of no known month: its problems
  // are reported (the report and the log agree on which files count).
  bool covers(const std::optional<Period>& period) const;
};

// The window is the `months` months ending at `to`, but starts no earlier
// than `start` (summary --from): months before the collaboration began are
// neither counted nor missing.
Summary summarise(const Archive& archive, const Questionnaire& q, const Period& to, int months, const Date& today,
                  const std::string& only_municipality, const std::optional<Period>& start = std::nullopt);

}  // namespace lagesbild
