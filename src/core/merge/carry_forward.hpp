// SPDX-License-Identifier: EUPL-1.2
// What a joint picture takes over from last month's (merge --previous,
// lagesbild(5) §3 and §6): the open actions to follow up, and as proposals
// for the meeting to confirm or delete the promises in force, each area's
// priority, the cause analyses of prioritised areas, the meeting date that
// last month's meeting set, its place and the registry number (a case is
// usually filed under one number for the year). Done once per month:
// `åtgärder_från` records it, so what the meeting deleted does not come back.
#pragma once

#include <cstddef>

#include "core/report/report_loader.hpp"

namespace lagesbild {

// What one carry brought, for the command to say.
struct Carried {
  bool done = false;  // a carry happened in this run
  std::size_t actions = 0, promises = 0, priorities = 0, causes = 0;
  bool meeting_date = false, meeting_place = false, registry_number = false;
};

// Carries from `previous` (a valid joint picture of an earlier month) into
// `joint`, unless `joint` says it has carried from that month already.
// Nothing already in `joint` is replaced.
Carried carry_forward(JointReport& joint, const LoadedReport& previous, const Questionnaire& q, Diagnostics& d);

}  // namespace lagesbild
