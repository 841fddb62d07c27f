#include "core/render/document_builder.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "core/base/text.hpp"
#include "core/render/document_parts.hpp"
#include "core/report/party_material.hpp"
#include "core/report/questionnaire.hpp"

namespace lagesbild {

namespace {

// `party`: whose picture it is, named in the running header of every page
// (empty for the joint picture).
Document start(const std::string& title, const ReportHeader& h, const std::string& date,
               const std::string& party = {}) {
  return begin_document(
      title, date, h.classification, h.secrecy_ground,
      fmt::format("{} · {}{}", h.municipality, swedish_month_year(h.period), party.empty() ? "" : " · " + party));
}

// A draft must never pass for the final picture: marked at the top and in
// the running header of every page.
void mark_as_draft(Document& doc, const std::string& why) {
  doc.running_header = "UTKAST · " + doc.running_header;
  Block draft;
  draft.kind = Block::Kind::Notice;
  draft.text = plain("UTKAST – " + why);
  draft.role = "draft";
  doc.blocks.insert(doc.blocks.begin() + 1, std::move(draft));
}

void question(Document& doc, const QuestionnaireArea& qa, std::size_t number) {
  heading(doc, 2, fmt::format("{}. {}", number, qa.heading));
  paragraph(doc, {Span{qa.question, false, true}}, "question");
}

std::string or_dash(const std::string& text) {
  return text.empty() ? "–" : text;
}

std::vector<Inline> observation_row(const Observation& o, bool with_party) {
  std::vector<Inline> row;
  row.push_back(plain(or_dash(o.where)));
  if (with_party) row.push_back(plain(capitalised(o.party)));
  row.push_back(plain(o.what));
  row.push_back(plain(or_dash(o.when)));
  row.push_back(plain(or_dash(o.source)));
  row.push_back(plain(o.count ? std::to_string(*o.count) : "–"));
  return row;
}

std::string date_or_dash(const std::optional<Date>& d) {
  return d ? to_string(*d) : "–";
}

}  // namespace

std::string trend_with_arrow(const std::optional<std::string>& trend) {
  if (!trend) return "saknas";
  return std::string(trend_arrow(*trend)) + " " + *trend;
}

Document document_for(const LocalReport& r, const Questionnaire& q) {
  const std::string title =
      fmt::format("Lägesbild för {}, {} – {}", r.header.municipality, swedish_month_year(r.header.period), r.party);
  Document doc = start(title, r.header, r.written ? to_string(*r.written) : "", r.party);
  paragraph(doc,
            {Span{"Upprättad: ", true}, Span{fmt::format("{} av {}, {}", r.written ? swedish_date(*r.written) : "–",
                                                         or_dash(r.written_by), or_dash(r.organisation))}});
  paragraph(doc, {Span{"Mall: ", true}, Span{fmt::format("{} ({})", q.name, q.id)}});
  if (!r.sources.empty()) paragraph(doc, {Span{"Källor: ", true}, Span{join(r.sources, ", ")}});
  for (std::size_t i = 0; i < q.areas.size(); ++i) {
    const QuestionnaireArea& qa = q.areas[i];
    question(doc, qa, i + 1);
    const LocalArea* area = r.area(qa.id);
    paragraph(doc, {Span{"Trend: ", true}, Span{trend_with_arrow(area ? area->trend : std::nullopt)}},
              area && area->trend ? "" : "unanswered");
    if (!area || (area->observations.empty() && !area->nothing_to_report)) {
      paragraph(doc, strong("Obesvarat: området saknar iakttagelser och har inte markerats som inget att rapportera."),
                "unanswered");
      continue;
    }
    if (area->nothing_to_report) paragraph(doc, plain("Inget att rapportera."));
    if (!area->observations.empty()) {
      std::vector<std::vector<Inline>> rows;
      for (const auto& o : area->observations) rows.push_back(observation_row(o, false));
      table(doc, {"Plats", "Vad", "När", "Källa", "Antal"}, std::move(rows), "observations", "Iakttagelser");
    }
    if (!area->assessment.empty()) paragraph(doc, {Span{"Bedömning: ", true}, Span{area->assessment}});
  }
  bool complete = !r.organisation.empty() && !r.written_by.empty();
  for (const auto& qa : q.areas) {
    const LocalArea* area = r.area(qa.id);
    complete = complete && area && area->trend && (area->nothing_to_report || !area->observations.empty());
  }
  if (!complete) mark_as_draft(doc, "lägesbilden är inte färdigifylld.");
  return doc;
}

Document document_for(const JointReport& r, const Questionnaire& q) {
  const std::string title =
      fmt::format("Gemensam lägesbild för {}, {}", r.header.municipality, swedish_month_year(r.header.period));
  std::optional<Date> latest;
  for (const auto& p : r.parties)
    if (p.written && (!latest || *latest < *p.written)) latest = p.written;
  Document doc = start(title, r.header, latest ? to_string(*latest) : "");
  std::vector<std::string> names;
  for (const auto& p : r.parties) names.push_back(fmt::format("{} ({})", or_dash(p.organisation), p.party));
  paragraph(doc, {Span{"Parter: ", true}, Span{join(names, ", ")}});
  if (!r.missing_parties.empty())
    paragraph(doc, strong("Saknas: ingen lägesbild från " + join(r.missing_parties, ", ") + "."), "unanswered");
  paragraph(doc, {Span{"Mall: ", true}, Span{fmt::format("{} ({})", q.name, q.id)}});

  for (std::size_t i = 0; i < q.areas.size(); ++i) {
    const QuestionnaireArea& qa = q.areas[i];
    const JointArea* area = r.area(qa.id);
    if (!area) continue;
    question(doc, qa, i + 1);
    std::vector<std::vector<Inline>> trends;
    for (const auto& [party, trend] : area->party_trends)
      trends.push_back({plain(capitalised(party)), plain(trend_with_arrow(trend))});
    trends.push_back(
        {strong("Gemensam"), strong(area->agreed_trend ? trend_with_arrow(area->agreed_trend) : "ej överenskommen")});
    table(doc, {"Trend", "Jämfört med månaden innan"}, std::move(trends), "trends", "Trend per part", true);
    paragraph(doc,
              {Span{"Prioritet: ", true}, Span{area->priority ? std::to_string(*area->priority) : "ej prioriterat"}});
    if (area->observations.empty()) {
      paragraph(doc, plain("Inga iakttagelser."));
    } else {
      std::vector<std::vector<Inline>> rows;
      for (const auto& o : area->observations) rows.push_back(observation_row(o, true));
      table(doc, {"Plats", "Part", "Vad", "När", "Källa", "Antal"}, std::move(rows), "observations", "Iakttagelser");
    }
    for (const auto& [party, text] : area->assessments)
      paragraph(doc, {Span{fmt::format("Bedömning, {}: ", party), true}, Span{text}});
    paragraph(doc,
              {Span{"Gemensam bedömning: ", true},
               Span{area->agreed_assessment.empty() ? "ej skriven" : area->agreed_assessment}},
              area->agreed_assessment.empty() ? "unanswered" : "");
  }

  heading(doc, 2, "Orsaksanalys");
  if (r.causes.empty()) paragraph(doc, plain("Ingen orsaksanalys är gjord."), "unanswered");
  for (const auto& c : r.causes) {
    const QuestionnaireArea* qa = q.area(c.area);
    heading(doc, 3, c.problem + (qa ? " (" + qa->heading + ")" : ""));
    table(doc, {"Brottsutsatt", "Gärningsperson", "Plats"},
          {{plain(or_dash(join(c.victim, "; "))), plain(or_dash(join(c.offender, "; "))),
            plain(or_dash(join(c.place, "; ")))}},
          "triangle", "Problemtriangeln");
  }

  heading(doc, 2, "Åtgärdsplan");
  if (r.actions.empty()) {
    paragraph(doc, plain("Inga åtgärder."));
  } else {
    std::vector<std::vector<Inline>> rows;
    bool any_carried = false;
    for (const auto& a : r.actions) {
      Inline id = plain(a.id);
      if (a.from_period && *a.from_period < r.header.period) {
        id.push_back(Span{" från " + to_string(*a.from_period), false, true, "date"});
        any_carried = true;
      }
      Inline follow = plain(a.follow_up ? *a.follow_up : "–");
      if (a.follow_up) follow[0].role = "uppfoljning-" + file_name_slug(*a.follow_up);
      rows.push_back({id,
                      plain(a.action),
                      plain(or_dash(a.cause)),
                      plain(or_dash(a.goal)),
                      plain(capitalised(a.responsible)),
                      {date_span(date_or_dash(a.deadline))},
                      plain(a.status),
                      follow});
    }
    table(doc, {"Id", "Åtgärd", "Orsak", "Mål", "Ansvarig", "Klart senast", "Status", "Uppföljning"}, std::move(rows),
          "actions", "Åtgärder", true);
    if (any_carried)
      paragraph(doc, plain("Åtgärder märkta ”från ÅÅÅÅ-MM” skrevs den månaden och följs upp här."), "note");
    for (const auto& a : r.actions)
      if (!a.comment.empty()) paragraph(doc, {Span{"Kommentar till " + a.id + ": ", true}, Span{a.comment}});
  }

  heading(doc, 2, "Godkännande");
  std::vector<std::vector<Inline>> approvals;
  for (const auto& a : r.approvals) {
    Inline date = plain("ej godkänd");
    if (a.date) date = {date_span(to_string(*a.date))};
    if (a.date && a.stale) date.push_back(Span{" (underlaget har ändrats sedan dess)"});
    approvals.push_back({plain(capitalised(a.party)), std::move(date), plain(or_dash(a.by))});
  }
  table(doc, {"Part", "Datum", "Av"}, std::move(approvals), "approvals", "Godkännande per part", true);

  heading(doc, 2, "Underlag");
  std::vector<std::vector<Inline>> sources;
  for (const auto& p : r.parties)
    sources.push_back({plain(capitalised(p.party)),
                       plain(or_dash(p.organisation)),
                       {date_span(date_or_dash(p.written))},
                       plain(or_dash(p.written_by)),
                       plain(or_dash(p.file))});
  table(doc, {"Part", "Organisation", "Upprättad", "Upprättad av", "Fil"}, std::move(sources), "provenance",
        "Underlag per part", true);
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
