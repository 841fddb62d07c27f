// SPDX-License-Identifier: EUPL-1.2
#include "core/render/joint_summary.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "core/base/text.hpp"
#include "core/render/document_builder.hpp"
#include "core/render/document_parts.hpp"
#include "core/render/picture_parts.hpp"

namespace lagesbild {

namespace {

const Provenance* provenance_of(const JointReport& r, const std::string& party) {
  for (const auto& p : r.parties)
    if (p.party == party) return &p;
  return nullptr;
}

bool is_overdue(const Action& a, const std::optional<Date>& at) {
  return is_open(a) && a.deadline && at && *a.deadline < *at;
}

void meeting(Document& doc, const JointReport& r) {
  paragraph(doc, {Span{"Period: ", true}, Span{swedish_month_year(r.header.period)}});
  const Meeting& m = r.meeting;
  if (!m.date && m.place.empty()) {
    paragraph(doc, {Span{"Möte: ", true}, Span{"ej angivet"}}, "unanswered");
  } else {
    std::string text = m.date ? swedish_date(*m.date) : "datum ej angivet";
    if (!m.place.empty()) text += ", " + m.place;
    paragraph(doc, {Span{"Möte: ", true}, Span{text}});
  }
  if (m.next) paragraph(doc, {Span{"Nästa möte: ", true}, Span{swedish_date(*m.next)}});
  if (m.present.empty()) return;
  label(doc, "Närvarande");
  std::vector<Inline> people;
  for (const auto& a : m.present) people.push_back(plain(attendee_text(a, r)));
  bullet_list(doc, std::move(people), "attendees");
}

void areas_at_a_glance(Document& doc, const JointReport& r, const Questionnaire& q) {
  std::vector<std::vector<Inline>> rows;
  for (const auto& qa : q.areas) {
    const JointArea* area = r.area(qa.id);
    if (!area) continue;
    Inline trend = area->agreed_trend ? plain(trend_with_arrow(area->agreed_trend))
                                      : Inline{Span{"ej överenskommen", false, false, "unanswered"}};
    rows.push_back(
        {plain(qa.heading), std::move(trend), plain(area->priority ? std::to_string(*area->priority) : "–")});
  }
  table(doc, {"Fokusområde", "Gemensam trend", "Prioritet"}, std::move(rows), "glance", "Läget per fokusområde", true);
}

void open_actions(Document& doc, const JointReport& r) {
  heading(doc, 3, "Åtgärder");
  if (r.actions.empty()) {
    paragraph(doc, plain("Inga åtgärder."));
    return;
  }
  const std::optional<Date> at = reference_date(r);
  std::size_t open = 0, late = 0, done = 0, cancelled = 0;
  for (const auto& a : r.actions) {
    open += is_open(a);
    late += is_overdue(a, at);
    done += a.status == words::kDone;
    cancelled += a.status == words::kCancelled;
  }
  const std::string when = r.meeting.date ? "vid mötet" : "när lägesbilden upprättades";
  if (open == r.actions.size()) {
    // "2 öppna åtgärder, varav 1 försenad vid mötet."
    paragraph(doc,
              plain(counted(open, "öppen åtgärd", "öppna åtgärder") +
                    (late ? fmt::format(", varav {} {}", counted(late, "försenad", "försenade"), when) : "") + "."));
  } else {
    // "Av 3 åtgärder är 2 öppna (1 försenad vid mötet) och 1 klar."
    std::vector<std::string> counts = {counted(open, "öppen", "öppna")};
    if (late) counts.back() += fmt::format(" ({} {})", counted(late, "försenad", "försenade"), when);
    if (done) counts.push_back(counted(done, "klar", "klara"));
    if (cancelled) counts.push_back(counted(cancelled, "inställd", "inställda"));
    paragraph(doc, plain(fmt::format("Av {} är {}.", counted(r.actions.size(), "åtgärd", "åtgärder"),
                                     list_alternatives(counts, "och"))));
  }
  std::vector<std::vector<Inline>> rows;
  for (const auto& a : r.actions) {
    if (!is_open(a)) continue;
    Inline status = plain(a.status);
    mark_if_overdue(status, a, at);
    rows.push_back({plain(a.id),
                    plain(a.action),
                    plain(responsible_text(a)),
                    {date_span(date_or_dash(a.deadline))},
                    std::move(status)});
  }
  if (!rows.empty())
    table(doc, {"Id", "Åtgärd", "Ansvarig", "Klart senast", "Status"}, std::move(rows), "open-actions",
          "Öppna åtgärder", true);
}

void promises(Document& doc, const JointReport& r) {
  heading(doc, 3, "Medborgarlöften");
  if (r.promises.empty()) {
    paragraph(doc, plain("Inga medborgarlöften är angivna."));
    return;
  }
  std::vector<Inline> items;
  for (const auto& p : r.promises) {
    Inline item = {Span{p.id, true}, Span{" (" + swedish_period_range(p.valid) + "): " + p.text}};
    std::vector<std::string> serving;
    for (const auto& a : r.actions)
      if (a.promise == p.id) serving.push_back(a.id);
    if (!serving.empty())
      item.push_back(Span{
          fmt::format(" {}: {}.", serving.size() == 1 ? "Åtgärd" : "Åtgärder", list_alternatives(serving, "och"))});
    items.push_back(std::move(item));
  }
  bullet_list(doc, std::move(items), "promises");
}

}  // namespace

std::optional<Date> latest_written(const JointReport& r) {
  std::optional<Date> latest;
  for (const auto& p : r.parties)
    if (p.written && (!latest || *latest < *p.written)) latest = p.written;
  return latest;
}

void mark_if_overdue(Inline& status, const Action& a, const std::optional<Date>& at) {
  if (is_overdue(a, at)) status.push_back(Span{", försenad", true, false, "unanswered"});
}

std::string responsible_text(const Action& a) {
  return capitalised(a.responsible) + (a.unit.empty() ? "" : ", " + a.unit);
}

std::optional<Date> reference_date(const JointReport& r) {
  return r.meeting.date ? r.meeting.date : latest_written(r);
}

std::string attendee_text(const Attendee& a, const JointReport& r) {
  const std::string who = a.name.empty() ? a.role : a.name + ", " + a.role;
  std::string organisation = a.organisation;
  if (organisation.empty() && !a.party.empty()) {
    const Provenance* p = provenance_of(r, a.party);
    organisation = p && !p->organisation.empty() ? p->organisation : capitalised(a.party);
  }
  return organisation.empty() ? who : who + " (" + organisation + ")";
}

std::string party_text(const JointReport& r, const std::string& party) {
  const Provenance* p = provenance_of(r, party);
  return p && !p->organisation.empty() ? fmt::format("{} ({})", p->organisation, party) : capitalised(party);
}

bool summary_fits_first_page(const JointReport& r) {
  // Lines of text beside what every summary has (title, meeting, the table
  // of areas), measured on A4 with the print stylesheet: the open actions'
  // columns hold about 38 and 26 characters a line, a promise about 95.
  constexpr std::size_t kLinesLeft = 16;
  const auto lines = [](const std::string& text, std::size_t per_line) {
    return std::max<std::size_t>(1, (count_code_points(text) + per_line - 1) / per_line);
  };
  std::size_t used = (r.meeting.present.size() + 1) / 2;  // two columns
  for (const auto& a : r.actions)
    if (is_open(a)) used += std::max(lines(a.action, 38), lines(responsible_text(a), 26));
  for (const auto& p : r.promises) used += lines(p.id + " (" + swedish_period_range(p.valid) + "): " + p.text, 95);
  return used <= kLinesLeft;
}

void add_joint_summary(Document& doc, const JointReport& r, const Questionnaire& q) {
  heading(doc, 2, "Sammanfattning");
  meeting(doc, r);
  areas_at_a_glance(doc, r, q);
  open_actions(doc, r);
  promises(doc, r);
}

}  // namespace lagesbild
