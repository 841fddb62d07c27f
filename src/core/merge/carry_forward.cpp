// SPDX-License-Identifier: EUPL-1.2
#include "core/merge/carry_forward.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "core/diag/reporter.hpp"

namespace lagesbild {

namespace {

void carry_actions(JointReport& joint, const LoadedReport& from, const Questionnaire& q, Diagnostics& d,
                   Carried& carried) {
  const JointReport& previous = *from.joint;
  Reporter reporter(from.document.source, d);
  for (Action action : previous.actions) {
    if (!is_open(action)) continue;
    const bool already =
        std::any_of(joint.actions.begin(), joint.actions.end(), [&](const Action& a) { return a.id == action.id; });
    if (already) continue;  // carried before, and perhaps edited at the meeting
    if (!action.from_period) action.from_period = previous.header.period;
    if (!action.area.empty() && !q.area(action.area)) {
      // The questionnaire was revised and the area is gone: the action is
      // carried all the same, without an area, and the meeting is told.
      reporter.warning(action.position, "omrade-saknas",
                       fmt::format("åtgärden {} hörde till området `{}`, som inte finns i mallen {}. Den förs över "
                                   "utan område; ange ett nytt område vid mötet om det behövs.",
                                   action.id, action.area, q.id));
      action.area.clear();
    }
    if (!action.promise.empty() && !joint.promise(action.promise)) {
      // An action outlives the promise it served: it goes on, and says so.
      reporter.warning(action.position, "lofte-galler-inte",
                       fmt::format("åtgärden {} hörde till medborgarlöftet {}, som inte gäller {}. Den förs över "
                                   "utan löfte; ange ett löfte vid mötet om den hör till ett nytt.",
                                   action.id, action.promise, to_string(joint.header.period)));
      action.promise.clear();
    }
    joint.actions.push_back(std::move(action));
    ++carried.actions;
  }
}

// Priorities, and the cause analyses of the areas that had one: last
// month's reasons for acting, which the carried actions still cite.
void carry_priorities_and_causes(JointReport& joint, const JointReport& previous, Carried& carried) {
  for (auto& area : joint.areas) {
    const JointArea* old = previous.area(area.id);
    if (area.priority || !old || !old->priority) continue;
    area.priority = old->priority;
    ++carried.priorities;
  }
  for (CauseAnalysis cause : previous.causes) {
    const JointArea* old = previous.area(cause.area);
    if (!old || !old->priority || !joint.area(cause.area)) continue;
    const bool already = std::any_of(joint.causes.begin(), joint.causes.end(), [&](const CauseAnalysis& c) {
      return c.problem == cause.problem && c.area == cause.area;
    });
    if (already) continue;
    if (!cause.from_period) cause.from_period = previous.header.period;
    joint.causes.push_back(std::move(cause));
    ++carried.causes;
  }
}

}  // namespace

Carried carry_forward(JointReport& joint, const LoadedReport& from, const Questionnaire& q, Diagnostics& d) {
  Carried carried;
  const JointReport& previous = *from.joint;
  // Carried once already: what the meeting did with it since (edited,
  // removed) stands.
  if (joint.actions_from && *joint.actions_from == previous.header.period) return carried;
  carried.done = true;
  joint.actions_from = previous.header.period;
  // Promises first: the actions carried next may serve them.
  for (const Promise& promise : previous.promises) {
    if (!promise.valid.contains(joint.header.period) || joint.promise(promise.id)) continue;
    joint.promises.push_back(promise);
    ++carried.promises;
  }
  carry_actions(joint, from, q, d, carried);
  carry_priorities_and_causes(joint, previous, carried);
  if (!joint.meeting.date && previous.meeting.next) {
    joint.meeting.date = previous.meeting.next;
    carried.meeting_date = true;
  }
  if (joint.meeting.place.empty() && !previous.meeting.place.empty()) {
    joint.meeting.place = previous.meeting.place;
    carried.meeting_place = true;
  }
  if (joint.header.registry_number.empty() && !previous.header.registry_number.empty()) {
    joint.header.registry_number = previous.header.registry_number;
    carried.registry_number = true;
  }
  return carried;
}

}  // namespace lagesbild
