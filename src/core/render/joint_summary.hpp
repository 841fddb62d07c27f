// SPDX-License-Identifier: EUPL-1.2
// The first page of the joint picture's document (lagesbild(5) §6): what a
// kommunstyrelse reads when it reads one page. The period, the meeting and
// who came, the agreed trend and priority of every area, the open actions
// with those past their deadline marked, and the citizen promises.
#pragma once

#include <optional>
#include <string>

#include "core/render/document.hpp"
#include "core/report/questionnaire.hpp"
#include "core/report/report.hpp"

namespace lagesbild {

// The latest date a party wrote its picture.
std::optional<Date> latest_written(const JointReport& r);

// The document's own date, and the date actions are judged overdue against:
// the meeting's, or without one the latest date a party wrote its picture,
// so that the same file always gives the same document.
std::optional<Date> reference_date(const JointReport& r);

// Adds ", försenad" to an action's status when it is open and its deadline
// is before `at` (the reference date).
void mark_if_overdue(Inline& status, const Action& a, const std::optional<Date>& at);

// "Kommun, Fritidsförvaltningen": the responsible party and unit.
std::string responsible_text(const Action& a);

// "Säkerhetssamordnare (Älvdalens kommun)": a person at the meeting, with
// their party's organisation from `parter` when they name none.
std::string attendee_text(const Attendee& a, const JointReport& r);

// "Älvdalens kommun (kommun)": a party as the document names it.
std::string party_text(const JointReport& r, const std::string& party);

void add_joint_summary(Document& doc, const JointReport& r, const Questionnaire& q);

// Whether the summary fits the first A4 page, roughly, by the lines its
// attendees, open actions and promises take. When it does, the areas begin
// on the next page; when it does not, they follow it directly rather than
// leave the rest of its second page empty.
bool summary_fits_first_page(const JointReport& r);

}  // namespace lagesbild
