// SPDX-License-Identifier: EUPL-1.2
#include "core/render/joint_document.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "core/base/text.hpp"
#include "core/render/document_builder.hpp"
#include "core/render/document_parts.hpp"
#include "core/render/joint_summary.hpp"
#include "core/render/picture_parts.hpp"
#include "core/report/party_material.hpp"
#include "core/report/questionnaire.hpp"

namespace lagesbild {

namespace {

void area(Document& doc, const JointArea& a, const QuestionnaireArea& qa, std::size_t number, bool new_page) {
  // The areas start on a new page in print: the first page is the summary.
  question(doc, qa, number, number == 1 && new_page ? "page-break" : "");
  std::vector<std::vector<Inline>> trends;
  for (const auto& [party, trend] : a.party_trends)
    trends.push_back({plain(capitalised(party)), plain(trend_with_arrow(trend))});
  trends.push_back(
      {strong("Gemensam"), strong(a.agreed_trend ? trend_with_arrow(a.agreed_trend) : "ej överenskommen")});
  table(doc, {"Trend", "Jämfört med månaden innan"}, std::move(trends), "trends", "Trend per part", true);
  paragraph(doc, {Span{"Prioritet: ", true}, Span{a.priority ? std::to_string(*a.priority) : "ej prioriterat"}});
  if (a.observations.empty()) {
    paragraph(doc, plain("Inga iakttagelser."));
  } else {
    std::vector<std::vector<Inline>> rows;
    for (const auto& o : a.observations) rows.push_back(observation_row(o, true));
    table(doc, {"Plats", "Part", "Vad", "När", "Källa", "Antal"}, std::move(rows), "observations", "Iakttagelser");
  }
  for (const auto& [party, text] : a.assessments)
    paragraph(doc, {Span{fmt::format("Bedömning, {}: ", party), true}, Span{text}});
  paragraph(
      doc, {Span{"Gemensam bedömning: ", true}, Span{a.agreed_assessment.empty() ? "ej skriven" : a.agreed_assessment}},
      a.agreed_assessment.empty() ? "unanswered" : "");
}

// Each corner of Brå's problem triangle as a list of its causes.
void causes(Document& doc, const JointReport& r, const Questionnaire& q) {
  heading(doc, 2, "Orsaksanalys");
  if (r.causes.empty()) paragraph(doc, plain("Ingen orsaksanalys är gjord."), "unanswered");
  for (const auto& c : r.causes) {
    const QuestionnaireArea* qa = q.area(c.area);
    heading(doc, 3, c.problem + (qa ? " (" + qa->heading + ")" : ""));
    if (c.from_period && *c.from_period < r.header.period)
      paragraph(doc, plain("Från " + swedish_month_year(*c.from_period) + "."), "note");
    for (const auto& [name, list] : {std::pair{"Brottsutsatt", &c.victim}, std::pair{"Gärningsperson", &c.offender},
                                     std::pair{"Plats", &c.place}}) {
      label(doc, name);
      if (list->empty()) {
        paragraph(doc, plain("Ingen orsak angiven."));
        continue;
      }
      std::vector<Inline> items;
      for (const auto& cause : *list) items.push_back(plain(cause));
      bullet_list(doc, std::move(items), "causes");
    }
  }
}

void action_plan(Document& doc, const JointReport& r) {
  heading(doc, 2, "Åtgärdsplan");
  if (r.actions.empty()) {
    paragraph(doc, plain("Inga åtgärder."));
    return;
  }
  // The column for promises only where the picture has any (format 1.1).
  const bool with_promise = !r.promises.empty() || std::any_of(r.actions.begin(), r.actions.end(),
                                                               [](const Action& a) { return !a.promise.empty(); });
  const std::optional<Date> at = reference_date(r);
  std::vector<std::vector<Inline>> rows;
  bool any_carried = false;
  for (const auto& a : r.actions) {
    Inline id = plain(a.id);
    if (a.from_period && *a.from_period < r.header.period) {
      id.push_back(Span{" från " + to_string(*a.from_period), false, true, "date"});
      any_carried = true;
    }
    // Status and follow-up share a column, so that the plan fits an A4 page.
    Inline status = plain(a.status);
    if (a.follow_up) {
      status.push_back(Span{", "});
      status.push_back(Span{*a.follow_up, false, false, "uppfoljning-" + file_name_slug(*a.follow_up)});
    }
    mark_if_overdue(status, a, at);  // as on the first page, for whoever reads only the plan
    std::vector<Inline> row = {id,
                               plain(a.action),
                               plain(or_dash(a.cause)),
                               plain(or_dash(a.goal)),
                               plain(responsible_text(a)),
                               {date_span(date_or_dash(a.deadline))},
                               std::move(status)};
    if (with_promise) row.push_back(plain(or_dash(a.promise)));
    rows.push_back(std::move(row));
  }
  std::vector<std::string> columns = {
      "Id", "Åtgärd", "Orsak", "Mål", "Ansvarig", "Klart senast", "Status, uppföljning"};
  if (with_promise) columns.push_back("Löfte");
  table(doc, std::move(columns), std::move(rows), "actions", "Åtgärder", true);
  if (any_carried)
    paragraph(doc, plain("Åtgärder märkta ”från ÅÅÅÅ-MM” skrevs den månaden och följs upp här."), "note");
  for (const auto& a : r.actions)
    if (!a.comment.empty()) paragraph(doc, {Span{"Kommentar till " + a.id + ": ", true}, Span{a.comment}});
}

// What the picture rests on: each party's file, and the sources it names
// (its `källor` and its observations' `källa`).
void material(Document& doc, const JointReport& r, const Questionnaire& q) {
  heading(doc, 2, "Underlag");
  paragraph(doc, {Span{"Mall: ", true}, Span{fmt::format("{} ({})", q.name, q.id)}});
  const bool numbered =
      std::any_of(r.parties.begin(), r.parties.end(), [](const Provenance& p) { return !p.registry_number.empty(); });
  std::vector<std::vector<Inline>> rows;
  for (const auto& p : r.parties) {
    std::vector<Inline> row = {plain(capitalised(p.party)),
                               plain(or_dash(p.organisation)),
                               {date_span(date_or_dash(p.written))},
                               plain(or_dash(p.written_by)),
                               plain(or_dash(p.file))};
    if (numbered) row.push_back(plain(or_dash(p.registry_number)));
    rows.push_back(std::move(row));
  }
  std::vector<std::string> columns = {"Part", "Organisation", "Upprättad", "Upprättad av", "Fil"};
  if (numbered) columns.push_back("Diarienummer");
  table(doc, std::move(columns), std::move(rows), "provenance", "Underlag per part", true);

  heading(doc, 3, "Källor");
  std::vector<Inline> items;
  for (const auto& p : r.parties) {
    std::vector<std::string> ids = p.sources;
    for (const auto& a : r.areas)
      for (const auto& o : a.observations)
        if (o.party == p.party && !o.source.empty() && std::find(ids.begin(), ids.end(), o.source) == ids.end())
          ids.push_back(o.source);
    items.push_back({Span{party_text(r, p.party) + ": ", true},
                     Span{ids.empty() ? "inga angivna" : join(source_names(ids), ", ")}});
  }
  bullet_list(doc, std::move(items), "sources");
}

// A line to sign for each party: who approved, when, and room for the
// signature and the name in print.
void signatures(Document& doc, const JointReport& r) {
  heading(doc, 2, "Godkännande");
  std::vector<std::vector<Inline>> rows;
  for (const auto& a : r.approvals) {
    Inline date = plain("ej godkänd");
    if (a.date) date = {date_span(to_string(*a.date))};
    if (a.date && a.stale) date.push_back(Span{" (underlaget har ändrats sedan dess)"});
    rows.push_back({plain(party_text(r, a.party)), std::move(date), plain(or_dash(a.by)), plain(""), plain("")});
  }
  table(doc, {"Part", "Godkänd", "Roll", "Underskrift", "Namnförtydligande"}, std::move(rows), "signatures",
        "Godkännande per part", true);
}

}  // namespace

Document document_for(const JointReport& r, const Questionnaire& q) {
  const std::string title =
      fmt::format("Gemensam lägesbild för {}, {}", r.header.municipality, swedish_month_year(r.header.period));
  const std::optional<Date> dated = reference_date(r);
  Document doc = start_picture(title, r.header, dated ? to_string(*dated) : "", "", r.meeting.date);
  if (!r.header.registry_number.empty()) paragraph(doc, {Span{"Diarienummer: ", true}, Span{r.header.registry_number}});
  std::vector<std::string> names;
  for (const auto& p : r.parties) names.push_back(party_text(r, p.party));
  paragraph(doc, {Span{"Parter: ", true}, Span{join(names, ", ")}});
  if (!r.missing_parties.empty())
    paragraph(doc, strong("Saknas: ingen lägesbild från " + join(r.missing_parties, ", ") + "."), "unanswered");

  add_joint_summary(doc, r, q);
  const bool areas_on_new_page = summary_fits_first_page(r);
  for (std::size_t i = 0; i < q.areas.size(); ++i)
    if (const JointArea* a = r.area(q.areas[i].id)) area(doc, *a, q.areas[i], i + 1, areas_on_new_page);
  causes(doc, r, q);
  action_plan(doc, r);
  material(doc, r, q);
  signatures(doc, r);

  const bool approved = r.missing_parties.empty() && std::all_of(r.approvals.begin(), r.approvals.end(),
                                                                 [](const Approval& a) { return a.date && !a.stale; });
  // Text edited by hand after merge is not what the parties wrote, whoever
  // approved it: a draft, saying whose text differs from which file.
  if (party_material_edited(r)) {
    std::vector<std::string> where;
    for (const auto& edit : party_material_edits(r)) {
      const QuestionnaireArea* qa = q.area(edit.part);
      where.push_back(fmt::format("{} ({}) skiljer sig från {}", qa ? qa->heading : "Underlag", edit.party,
                                  party_file_of(r, edit.party)));
    }
    mark_as_draft(doc, "parternas text har ändrats för hand efter lagesbild merge" +
                           (where.empty() ? std::string(".") : ": " + join(where, "; ") + "."));
  } else if (!approved) {
    mark_as_draft(doc, "inte godkänd av alla parter.");
  }
  return doc;
}

}  // namespace lagesbild
