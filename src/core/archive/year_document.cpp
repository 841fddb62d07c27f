// SPDX-License-Identifier: EUPL-1.2
#include "core/archive/year_document.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "core/archive/summary_document.hpp"
#include "core/base/text.hpp"
#include "core/render/document_builder.hpp"
#include "core/render/document_parts.hpp"
#include "core/render/html_writer.hpp"
#include "core/render/joint_summary.hpp"
#include "core/render/markdown_writer.hpp"
#include "core/render/picture_parts.hpp"
#include "core/report/questionnaire.hpp"

namespace lagesbild {

namespace {

constexpr const char* kLaw = "lag (2023:196) om kommuners ansvar för brottsförebyggande arbete";

std::string range_text(const YearPicture& y) {
  return swedish_period_range(PeriodRange{y.from, y.to});
}

std::string count_text(const YearCount& c) {
  return fmt::format("{} ({})", c.observations, c.events);
}

bool listed(const std::vector<std::string>& list, const std::string& item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

// How a month's joint picture stands: only a final one is the meeting's decision.
std::string joint_state(const MonthSummary& m) {
  return m.joint_final ? "slutlig" : m.joint ? "utkast" : m.joint_broken ? "ogiltig fil" : "saknas";
}

std::string party_state(const MonthSummary& m, const std::string& party) {
  if (listed(m.broken_parties, party)) return "ogiltig fil";
  if (listed(m.missing_parties, party)) return "saknas";
  if (listed(m.incomplete_parties, party)) return "ofullständig";
  return "lämnad";
}

struct StateCounts {
  std::size_t done = 0, cancelled = 0, late = 0, open = 0;
};

StateCounts count_states(const YearPicture& y) {
  StateCounts c;
  for (const auto& a : y.actions) {
    switch (a.state) {
      case YearActionState::Done:
        ++c.done;
        break;
      case YearActionState::Cancelled:
        ++c.cancelled;
        break;
      case YearActionState::Late:
        ++c.late;
        break;
      case YearActionState::Open:
        ++c.open;
        break;
    }
  }
  return c;
}

Inline state_cell(const YearAction& a) {
  Inline cell = plain(a.action.status);
  if (a.action.follow_up) {
    cell.push_back(Span{", "});
    cell.push_back(Span{*a.action.follow_up, false, false, "uppfoljning-" + file_name_slug(*a.action.follow_up)});
  }
  if (a.state == YearActionState::Late) cell.push_back(Span{", försenad", true, false, "unanswered"});
  return cell;
}

// "2026-02 – 2026-12", each month unbroken but the line free to break
// between them, so that the column stays narrow on A4.
Inline months_cell(const Period& first, const Period& last) {
  if (first == last) return {date_span(to_string(first))};
  return {date_span(to_string(first)), Span{" – "}, date_span(to_string(last))};
}

std::string area_heading(const Questionnaire& q, const std::string& id) {
  const QuestionnaireArea* qa = q.area(id);
  return qa ? qa->heading : id;
}

// The holes first, so that nobody takes a year with holes for a whole one.
void mark_gaps(Document& doc, const YearPicture& y) {
  if (!y.needs_attention()) return;
  std::vector<std::string> what;
  std::size_t missing = 0, drafts = 0;
  for (const auto& m : y.summary.months) {
    missing += !m.joint && !m.joint_broken;
    drafts += m.joint && !m.joint_final;
  }
  what.push_back(
      fmt::format("{} av {} månader har en slutlig gemensam lägesbild", y.months_final(), y.summary.months.size()));
  if (drafts) what.push_back(fmt::format("{} är utkast", drafts));
  if (missing) what.push_back(fmt::format("{} saknar gemensam lägesbild", missing));
  const std::size_t broken = y.summary.invalid_files.size() + y.unattributed_files.size();
  if (broken)
    what.push_back(broken == 1 ? "en fil är ogiltig och räknas inte"
                               : fmt::format("{} filer är ogiltiga och räknas inte", broken));
  doc.running_header = "UNDERLAGET ÄR OFULLSTÄNDIGT · " + doc.running_header;
  Block gaps;
  gaps.kind = Block::Kind::Notice;
  gaps.text = plain("Underlaget är ofullständigt: " + join(what, ", ") + ". Se avsnittet Underlag.");
  gaps.role = "draft";
  doc.blocks.insert(doc.blocks.begin() + 1, std::move(gaps));
}

void first_section(Document& doc, const YearPicture& y) {
  const Questionnaire& q = *y.questionnaire;
  heading(doc, 2, "Sammanfattning");
  paragraph(doc, plain(fmt::format(
                     "Enligt 4 § {} ska kommunen ta fram en lägesbild över brottsligheten som innehåller en "
                     "kartläggning av brottsligheten, dess omfattning och konsekvenser, annan information av "
                     "betydelse och en analys. Den här lägesbilden för {} gäller {}. Den sammanställer de "
                     "månatliga lägesbilder som kommunen och polisen tagit fram enligt sin "
                     "samverkansöverenskommelse och är underlag för kommunens ställningstagande till behovet av "
                     "åtgärder och för åtgärdsplanen.",
                     kLaw, y.name, range_text(y))));
  std::size_t drafts = 0, missing = 0;
  for (const auto& m : y.summary.months) {
    drafts += m.joint && !m.joint_final;
    missing += !m.joint;
  }
  paragraph(doc, {Span{"Underlag: ", true},
                  Span{fmt::format("{} av {} månader har en slutlig gemensam lägesbild, {} ett utkast och {} "
                                   "ingen giltig gemensam lägesbild.",
                                   y.months_final(), y.summary.months.size(), drafts, missing)}});
  std::vector<std::vector<Inline>> rows;
  for (std::size_t a = 0; a < y.areas.size(); ++a) {
    const YearArea& area = y.areas[a];
    std::optional<std::string> latest_trend;
    std::string latest_month = "–";
    for (const auto& m : y.summary.months)
      if (m.joint && m.areas[a].agreed_trend) {
        latest_trend = m.areas[a].agreed_trend;
        latest_month = swedish_month_year(m.period) + (m.joint_final ? "" : ", utkast");
      }
    rows.push_back({plain(q.areas[a].heading), plain(std::to_string(area.total.observations)),
                    plain(std::to_string(area.total.events)),
                    plain(latest_trend ? trend_with_arrow(latest_trend) + " (" + latest_month + ")" : "–"),
                    plain(std::to_string(area.prioritised_months)),
                    plain(area.highest_priority ? std::to_string(*area.highest_priority) : "–")});
  }
  table(doc,
        {"Fokusområde", "Iakttagelser", "Händelser", "Senaste gemensamma trend", "Prioriterat (månader)",
         "Högsta prioritet"},
        std::move(rows), "summary", "Året per fokusområde", true);
  const StateCounts c = count_states(y);
  paragraph(doc, {Span{"Åtgärder under perioden: ", true},
                  Span{fmt::format("{} (klara: {}, försenade: {}, öppna: {}, inställda: {}).", y.actions.size(), c.done,
                                   c.late, c.open, c.cancelled)}});
  paragraph(doc,
            plain("Iakttagelser räknas som rader i parternas lägesbilder, händelser som summan av deras antal "
                  "(1 där antal inte är angivet): tolv samtal om samma sak är en iakttagelse men tolv händelser."),
            "note");
}

void counted_table(Document& doc, const std::vector<std::pair<std::string, YearCount>>& counts, const std::string& what,
                   const std::string& none, bool sources, const std::string& caption) {
  if (counts.empty()) return;
  std::vector<std::vector<Inline>> rows;
  for (const auto& [name, c] : counts)
    rows.push_back({plain(name.empty() ? none
                          : sources    ? source_name(name)
                                       : name),
                    plain(std::to_string(c.observations)), plain(std::to_string(c.events))});
  table(doc, {what, "Iakttagelser", "Händelser"}, std::move(rows), "observations", caption, true);
}

void mapping(Document& doc, const YearPicture& y) {
  const Questionnaire& q = *y.questionnaire;
  heading(doc, 2, "Kartläggning", "page-break");
  paragraph(doc, plain(fmt::format("Kartläggningen (4 § första punkten {}) bygger på parternas iakttagelser "
                                   "månad för månad, per fokusområde med mallens fråga.",
                                   kLaw)));
  const std::string months = range_text(y);
  std::vector<std::string> table_ids;
  for (std::size_t a = 0; a < q.areas.size(); ++a) table_ids.push_back(fmt::format("tabell-omrade-{}", a + 1));
  trend_figure(doc, y.summary, q, "diagram-trender", months, table_ids);
  for (std::size_t a = 0; a < q.areas.size(); ++a) {
    const YearArea& area = y.areas[a];
    heading(doc, 3, fmt::format("{}. {}", a + 1, q.areas[a].heading));
    paragraph(doc, {Span{q.areas[a].question, false, true}}, "question");
    std::vector<std::string> by_party;
    for (const auto& party : q.parties) {
      const auto it = area.parties.find(party);
      by_party.push_back(fmt::format("{} {}", party, it == area.parties.end() ? "0 (0)" : count_text(it->second)));
    }
    paragraph(doc, {Span{"Under perioden: ", true},
                    Span{fmt::format("{} iakttagelser, {} händelser ({}; iakttagelser med händelser inom parentes).",
                                     area.total.observations, area.total.events, join(by_party, ", "))}});
    area_figure_and_table(doc, y.summary, q, a, fmt::format("diagram-omrade-{}", a + 1), table_ids[a], months);
    counted_table(doc, area.places, "Plats", "Ingen plats angiven", false, "Iakttagelser per plats");
    counted_table(doc, area.sources, "Källa", "Ingen källa angiven", true, "Iakttagelser per källa");
  }
}

void other_information(Document& doc, const YearPicture& y) {
  heading(doc, 2, "Annan information");
  paragraph(doc, plain(fmt::format("Annan information av betydelse (4 § andra punkten {}): de källor parterna "
                                   "byggt sina lägesbilder på, som trygghetsundersökningar, Lupp, polisens "
                                   "brottsstatistik och medborgardialoger.",
                                   kLaw)));
  if (y.sources.empty()) {
    paragraph(doc, plain("Inga källor är angivna i årets lägesbilder."), "unanswered");
    return;
  }
  std::vector<std::vector<Inline>> rows;
  for (const auto& s : y.sources)
    rows.push_back({plain(source_name(s.id)), plain(std::to_string(s.files)), plain(std::to_string(s.observations))});
  table(doc, {"Källa", "Lägesbilder som anger källan", "Iakttagelser med källan"}, std::move(rows), "sources",
        "Källor som använts", true);
}

void analysis(Document& doc, const YearPicture& y) {
  const Questionnaire& q = *y.questionnaire;
  heading(doc, 2, "Analys");
  paragraph(doc, plain(fmt::format("Analysen (4 § tredje punkten {}): parternas gemensamma bedömningar, "
                                   "prioriteringarna under perioden och orsaksanalyserna enligt problemtriangeln.",
                                   kLaw)));
  for (std::size_t a = 0; a < y.areas.size(); ++a) {
    const YearArea& area = y.areas[a];
    heading(doc, 3, fmt::format("{}. {}", a + 1, q.areas[a].heading));
    std::vector<std::string> prioritised;
    for (const auto& m : y.summary.months)
      if (m.areas[a].priority)
        prioritised.push_back(
            fmt::format("{} ({}{})", to_string(m.period), *m.areas[a].priority, m.joint_final ? "" : ", utkast"));
    paragraph(doc, {Span{"Prioritet: ", true},
                    Span{prioritised.empty() ? "inte prioriterat under perioden" : join(prioritised, ", ")}});
    label(doc, "Gemensamma bedömningar");
    if (area.assessments.empty()) {
      paragraph(doc, plain("Ingen gemensam bedömning skriven under perioden."), "unanswered");
    } else {
      std::vector<Inline> items;
      for (const auto& as : area.assessments)
        items.push_back(
            {Span{swedish_month_year(as.period) + (as.final ? "" : " (utkast)") + ": ", true}, Span{as.text}});
      bullet_list(doc, std::move(items));
    }
    if (area.causes.empty()) {
      paragraph(doc, {Span{"Orsaksanalys: ", true}, Span{"ingen under perioden."}});
      continue;
    }
    for (const auto& c : area.causes) {
      label(doc,
            fmt::format("Orsaksanalys: {} ({})", c.cause.problem, swedish_period_range(PeriodRange{c.first, c.last})));
      std::vector<Inline> items;
      for (const auto& [name, list] :
           {std::pair{"Brottsutsatt", &c.cause.victim}, std::pair{"Gärningsperson", &c.cause.offender},
            std::pair{"Plats", &c.cause.place}})
        items.push_back(
            {Span{std::string(name) + ": ", true}, Span{list->empty() ? "ingen orsak angiven" : join(*list, "; ")}});
      bullet_list(doc, std::move(items), "causes");
    }
  }
}

void actions(Document& doc, const YearPicture& y) {
  const Questionnaire& q = *y.questionnaire;
  heading(doc, 2, "Åtgärder", "page-break");
  paragraph(doc, plain(fmt::format("Varje åtgärd under perioden, som den står i den senaste gemensamma lägesbild "
                                   "som har den. En öppen åtgärd vars klart_senast ligger före {} är försenad.",
                                   swedish_date(y.reference))));
  if (y.actions.empty()) {
    paragraph(doc, plain("Inga åtgärder under perioden."), "unanswered");
  } else {
    std::vector<std::vector<Inline>> rows;
    // The area in the action's cell, not a column of its own, so that the
    // table still fits an A4 page.
    for (const auto& a : y.actions)
      rows.push_back({plain(a.action.id),
                      {Span{a.action.action}, Span{" (" + area_heading(q, a.action.area) + ")", false, true}},
                      plain(responsible_text(a.action)),
                      plain(or_dash(a.action.promise)),
                      {date_span(date_or_dash(a.action.deadline))},
                      state_cell(a),
                      months_cell(a.first, a.last)});
    table(doc, {"Id", "Åtgärd (område)", "Ansvarig", "Löfte", "Klart senast", "Status", "Månader"}, std::move(rows),
          "actions", "Årets åtgärder", true);
    for (const auto& a : y.actions)
      if (!a.action.comment.empty())
        paragraph(doc, {Span{"Kommentar till " + a.action.id + ": ", true}, Span{a.action.comment}});
  }
  heading(doc, 3, "Öppet för åtgärdsplanen");
  std::vector<Inline> open;
  for (const auto& a : y.actions)
    if (a.state == YearActionState::Open || a.state == YearActionState::Late)
      open.push_back({Span{a.action.id + ": ", true}, Span{a.action.action},
                      Span{fmt::format(" ({}, {}{})", responsible_text(a.action), state_word(a.state),
                                       a.action.deadline ? ", klart senast " + to_string(*a.action.deadline) : "")}});
  if (open.empty())
    paragraph(doc, plain("Inga öppna åtgärder."));
  else
    bullet_list(doc, std::move(open), "open-actions");

  heading(doc, 3, "Medborgarlöften");
  if (y.promises.empty()) {
    paragraph(doc, plain("Inga medborgarlöften i periodens gemensamma lägesbilder."));
    return;
  }
  std::vector<std::vector<Inline>> rows;
  for (const auto& p : y.promises) {
    std::vector<std::string> follow_up;
    std::size_t done = 0;
    for (const auto& id : p.action_ids) {
      const auto it =
          std::find_if(y.actions.begin(), y.actions.end(), [&](const YearAction& a) { return a.action.id == id; });
      follow_up.push_back(fmt::format("{} {}", id, state_word(it->state)));
      done += it->state == YearActionState::Done;
    }
    rows.push_back({plain(p.promise.id), plain(p.promise.text), plain(swedish_period_range(p.promise.valid)),
                    plain(p.action_ids.empty()
                              ? "ingen åtgärd kopplad"
                              : fmt::format("{} av {} klara: {}", done, p.action_ids.size(), join(follow_up, ", ")))});
  }
  table(doc, {"Id", "Löfte", "Gäller", "Uppföljning"}, std::move(rows), "actions", "Medborgarlöften och uppföljning",
        true);
}

void material(Document& doc, const YearPicture& y) {
  const Questionnaire& q = *y.questionnaire;
  heading(doc, 2, "Underlag");
  paragraph(doc, {Span{"Mall: ", true}, Span{fmt::format("{} ({})", q.name, q.id)}});
  std::vector<std::string> columns = {"Månad", "Gemensam lägesbild"};
  for (const auto& party : q.parties) columns.push_back(capitalised(party));
  std::vector<std::vector<Inline>> rows;
  for (const auto& m : y.summary.months) {
    std::vector<Inline> row = {{date_span(to_string(m.period))}, plain(joint_state(m))};
    for (const auto& party : q.parties) row.push_back(plain(party_state(m, party)));
    rows.push_back(std::move(row));
  }
  table(doc, std::move(columns), std::move(rows), "provenance", "Lägesbilder per månad", true);
  paragraph(doc,
            plain("Slutlig: varje område har en gemensam trend, varje prioriterat område en orsaksanalys och alla "
                  "parter har godkänt. Ett utkasts trender och prioriteringar är inte beslutade. En ogiltig fil "
                  "räknas inte; en ofullständig har obesvarade områden."),
            "note");
  std::vector<Inline> problems;
  for (const auto& f : y.summary.invalid_files) problems.push_back(plain(f + " (ogiltig, räknas inte)"));
  for (const auto& f : y.unattributed_files) problems.push_back(plain(f + " (ogiltig, utan kommun)"));
  for (const auto& d : y.summary.duplicates) problems.push_back(plain("Flera filer för " + d));
  for (const auto& f : y.skipped_links) problems.push_back(plain(f + " (symbolisk länk, lästes inte)"));
  for (const auto& m : y.summary.months)
    for (const auto& other : m.other_questionnaires)
      problems.push_back(plain(fmt::format("{}: {} (räknas per gemensamt område)", to_string(m.period), other)));
  if (!problems.empty()) {
    heading(doc, 3, "Filer att se över");
    bullet_list(doc, std::move(problems), "unanswered");
  }
  paragraph(doc,
            plain("Sammanställt med lagesbild year ur de månatliga lägesbilderna; filformatet beskrivs i "
                  "lagesbild(5) och kommandot i lagesbild(1)."),
            "note");
}

}  // namespace

Document year_document(const YearPicture& y) {
  const std::string range = range_text(y);
  Document doc =
      begin_document(fmt::format("Lägesbild för {}, {}", y.name, range), y.latest_date ? to_string(*y.latest_date) : "",
                     y.classification, y.grounds, fmt::format("{} · lägesbild {}", y.name, range));
  first_section(doc, y);
  mapping(doc, y);
  other_information(doc, y);
  analysis(doc, y);
  actions(doc, y);
  material(doc, y);
  mark_gaps(doc, y);
  return doc;
}

std::string year_markdown(const YearPicture& y) {
  return markdown_text(year_document(y));
}

std::string year_html(const YearPicture& y, std::string_view extra_css) {
  return html_text(year_document(y), extra_css);
}

}  // namespace lagesbild
