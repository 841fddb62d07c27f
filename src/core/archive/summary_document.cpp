// SPDX-License-Identifier: EUPL-1.2
// The summary as a document: Markdown and HTML come from the same model as
// render, so the summary prints in the same style.
#include "core/archive/summary_document.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "core/archive/county_document.hpp"
#include "core/archive/summary.hpp"
#include "core/archive/summary_charts.hpp"
#include "core/base/text.hpp"
#include "core/render/document_builder.hpp"
#include "core/render/document_parts.hpp"
#include "core/render/html_writer.hpp"
#include "core/render/markdown_writer.hpp"
#include "core/report/questionnaire.hpp"

namespace lagesbild {

namespace {

// "·" for a file that gives no trend, as the trend chart's legend says; "–"
// is kept for no file at all.
std::string trend_word(const std::optional<std::string>& trend) {
  return trend ? trend_with_arrow(trend) : "·";
}

// The agreed trend and priority of a joint picture that is not final are
// the meeting's draft or merge's proposal, not yet a decision.
constexpr const char* kDraft = " (utkast)";

std::string joint_cell(const MonthSummary& month, const std::string& value) {
  return value + (month.joint_final ? "" : kDraft);
}

bool is_broken(const MonthSummary& month, const std::string& party) {
  return std::find(month.broken_parties.begin(), month.broken_parties.end(), party) != month.broken_parties.end();
}

// Every party delivered a valid file with every area answered.
std::size_t complete_months(const MunicipalitySummary& m) {
  std::size_t n = 0;
  for (const auto& month : m.months) n += month.missing_parties.empty() && month.incomplete_parties.empty();
  return n;
}

void overview(Document& doc, const Summary& s) {
  heading(doc, 2, "Översikt");
  std::vector<std::vector<Inline>> rows;
  for (const auto& m : s.municipalities) {
    std::size_t missing = 0, joint = 0, made_final = 0;
    for (const auto& month : m.months) {
      missing += month.missing_parties.size() + month.incomplete_parties.size();
      joint += month.joint;
      made_final += month.joint_final;
    }
    rows.push_back({plain(m.name), plain(fmt::format("{} av {}", complete_months(m), m.months.size())),
                    plain(std::to_string(missing)), plain(fmt::format("{} ({})", joint, made_final)),
                    plain(std::to_string(m.invalid_files.size())), plain(std::to_string(m.overdue.size()))});
  }
  table(doc,
        {"Kommun", "Månader med alla parter", "Saknade eller ofullständiga lägesbilder",
         "Gemensamma lägesbilder (varav slutliga)", "Ogiltiga filer", "Försenade åtgärder"},
        std::move(rows), "overview", "Per kommun", true);
}

// Which months have a joint picture, and whether the meeting has made it
// final: a draft's trend and priority are not yet decisions.
void joint_pictures(Document& doc, const MunicipalitySummary& m) {
  std::vector<std::string> made_final, draft, broken, none;
  for (const auto& month : m.months)
    (month.joint_final    ? made_final
     : month.joint        ? draft
     : month.joint_broken ? broken
                          : none)
        .push_back(swedish_month_year(month.period));
  heading(doc, 3, "Gemensamma lägesbilder");
  std::vector<Inline> items;
  if (!made_final.empty()) items.push_back(plain("Slutlig: " + join(made_final, ", ")));
  if (!draft.empty())
    items.push_back(
        plain("Inte slutlig (gemensam trend och prioritet är ett utkast eller inte godkända): " + join(draft, ", ")));
  if (!broken.empty()) items.push_back(plain("Ogiltig fil (räknas inte): " + join(broken, ", ")));
  if (!none.empty()) items.push_back(plain("Saknas: " + join(none, ", ")));
  bullet_list(doc, std::move(items));
}

// `number`: the municipality's place in the summary, for ids unique in it.
void municipality_section(Document& doc, const Summary& s, const MunicipalitySummary& m, std::size_t number) {
  const Questionnaire& q = *s.questionnaire;
  heading(doc, 2, m.name);
  std::vector<Inline> gaps;
  for (const auto& month : m.months) {
    if (month.missing_parties.empty() && month.incomplete_parties.empty()) continue;
    std::vector<std::string> parties;
    for (const auto& party : month.missing_parties)
      parties.push_back(is_broken(month, party) ? party + " (ogiltig fil)" : party);
    for (const auto& party : month.incomplete_parties) parties.push_back(party + " (ofullständig)");
    gaps.push_back(plain(fmt::format("{}: {}", swedish_month_year(month.period), join(parties, ", "))));
  }
  std::vector<Inline> others;
  for (const auto& month : m.months)
    for (const auto& other : month.other_questionnaires)
      others.push_back(plain(fmt::format("{}: {}", swedish_month_year(month.period), other)));
  if (!others.empty()) {
    heading(doc, 3, "Lägesbilder på en annan mall (räknas per gemensamt område)");
    bullet_list(doc, std::move(others), "note");
  }
  heading(doc, 3, "Saknade eller ofullständiga lägesbilder");
  if (gaps.empty()) {
    paragraph(doc, plain("Alla parter har lämnat en giltig, komplett lägesbild varje månad."));
  } else {
    bullet_list(doc, std::move(gaps), "unanswered");
  }
  if (!m.duplicates.empty()) {
    heading(doc, 3, "Flera filer för samma part och månad");
    std::vector<Inline> items;
    for (const auto& dup : m.duplicates) items.push_back(plain(dup));
    bullet_list(doc, std::move(items), "unanswered");
  }
  if (!m.invalid_files.empty()) {
    heading(doc, 3, "Ogiltiga filer (räknas inte)");
    std::vector<Inline> files;
    for (const auto& f : m.invalid_files) files.push_back(plain(f));
    bullet_list(doc, std::move(files), "unanswered");
  }
  joint_pictures(doc, m);
  heading(doc, 3, fmt::format("Försenade åtgärder ({})", swedish_date(s.today)));
  if (m.overdue.empty()) {
    paragraph(doc, plain(m.latest_joint ? fmt::format("Inga försenade åtgärder i den gemensamma lägesbilden för {}.",
                                                      swedish_month_year(*m.latest_joint))
                                        : "Ingen gemensam lägesbild finns ännu."));
  } else {
    std::vector<std::vector<Inline>> rows;
    for (const auto& o : m.overdue)
      rows.push_back({plain(o.action.id),
                      plain(o.action.action),
                      plain(capitalised(o.action.responsible) + (o.action.unit.empty() ? "" : ", " + o.action.unit)),
                      {date_span(to_string(*o.action.deadline))},
                      plain(o.action.status),
                      {date_span(o.action.from_period ? to_string(*o.action.from_period) : "–")},
                      {date_span(to_string(o.period))}});
    table(doc, {"Id", "Åtgärd", "Ansvarig", "Klart senast", "Status", "Skriven", "Står i lägesbilden för"},
          std::move(rows), "actions", "Försenade åtgärder", true);
  }
  // Each chart's figures stand in the table of its area; the captions link there.
  const auto table_id = [&](std::size_t a) { return fmt::format("tabell-{}-{}", number, a + 1); };
  const std::string months = fmt::format("{} – {}", swedish_month_year(s.from), swedish_month_year(s.to));
  heading(doc, 3, "Trender");
  std::vector<std::string> table_ids;
  for (std::size_t a = 0; a < q.areas.size(); ++a) table_ids.push_back(table_id(a));
  trend_figure(doc, m, q, fmt::format("diagram-{}-trend", number), months, table_ids);
  for (std::size_t a = 0; a < q.areas.size(); ++a) {
    heading(doc, 3, q.areas[a].heading);
    area_figure_and_table(doc, m, q, a, fmt::format("diagram-{}-{}", number, a + 1), table_id(a), months);
  }
}

Document summary_document(const Summary& s, Classification classification, const std::string& grounds) {
  Document doc = begin_document(
      fmt::format("Sammanfattning av lägesbilder, {} – {}", swedish_month_year(s.from), swedish_month_year(s.to)),
      to_string(s.today), classification, grounds,
      fmt::format("Sammanfattning · {} – {}", to_string(s.from), to_string(s.to)));
  paragraph(doc, {Span{"Mall: ", true}, Span{fmt::format("{} ({})", s.questionnaire->name, s.questionnaire->id)}});
  paragraph(doc, {Span{"Sammanställd: ", true}, Span{swedish_date(s.today)}});
  paragraph(doc,
            plain("Iakttagelser räknas som rader i lägesbilderna, händelser som summan av deras antal "
                  "(1 där antal inte är angivet): tolv samtal om samma sak är en iakttagelse men tolv "
                  "händelser."),
            "note");
  if (s.municipalities.empty()) {
    paragraph(doc, plain("Inga lägesbilder hittades."), "unanswered");
    return doc;
  }
  overview(doc, s);
  if (!s.unattributed_files.empty() || !s.skipped_links.empty()) {
    heading(doc, 3, "Filer som inte kunde läsas som lägesbilder");
    std::vector<Inline> items;
    for (const auto& f : s.unattributed_files) items.push_back(plain(f + " (ogiltig)"));
    for (const auto& f : s.skipped_links) items.push_back(plain(f + " (symbolisk länk, lästes inte)"));
    bullet_list(doc, std::move(items), "unanswered");
  }
  // Several municipalities: the county's picture before each one's own.
  if (const auto county = county_of(s)) county_section(doc, s, *county);
  for (std::size_t k = 0; k < s.municipalities.size(); ++k) municipality_section(doc, s, s.municipalities[k], k + 1);
  return doc;
}

}  // namespace

Block& area_months_table(Document& doc, const MunicipalitySummary& m, const Questionnaire& q, std::size_t a) {
  std::vector<std::string> columns = {"Månad"};
  for (const auto& party : q.parties) {
    columns.push_back(capitalised(party) + ": trend");
    // Both counts in one column, so that the table still fits an A4 page.
    columns.push_back(capitalised(party) + ": iakttagelser (händelser)");
  }
  columns.push_back("Gemensam trend");
  columns.push_back("Prioritet");
  std::vector<std::vector<Inline>> rows;
  for (const auto& month : m.months) {
    const AreaMonth& am = month.areas[a];
    std::vector<Inline> row = {{date_span(to_string(month.period))}};
    for (const auto& party : q.parties) {
      const auto it = am.parties.find(party);
      row.push_back(plain(it != am.parties.end()    ? trend_word(it->second.trend)
                          : is_broken(month, party) ? "ogiltig"
                                                    : "saknas"));
      row.push_back(plain(it == am.parties.end() ? "–"
                          : it->second.answered  ? fmt::format("{} ({})", it->second.observations, it->second.events)
                                                 : "obesvarat"));
    }
    row.push_back(plain(am.joint             ? joint_cell(month, trend_word(am.agreed_trend))
                        : month.joint_broken ? "ogiltig"
                                             : "–"));
    row.push_back(plain(am.priority ? joint_cell(month, std::to_string(*am.priority)) : "–"));
    rows.push_back(std::move(row));
  }
  return table(doc, std::move(columns), std::move(rows), "summary", "Trend, iakttagelser och händelser per månad",
               true);
}

void trend_figure(Document& doc, const MunicipalitySummary& m, const Questionnaire& q, const std::string& id,
                  const std::string& months, const std::vector<std::string>& table_ids) {
  Inline caption = plain(
      "Trend per fokusområde och månad: ↑ ökande, → oförändrad, ↓ minskande, ? okänd, "
      "· ingen trend angiven (eller ingen gemensam trend överenskommen), – ingen lägesbild, "
      "* ur en gemensam lägesbild som inte är slutlig (utkast).");
  caption.emplace_back(" Siffrorna står i tabellerna för ");
  for (std::size_t a = 0; a < q.areas.size(); ++a) {
    if (a > 0) caption.emplace_back(a + 1 == q.areas.size() ? " och " : ", ");
    caption.push_back(link_span(q.areas[a].heading, table_ids[a]));
  }
  caption.emplace_back(".");
  const std::string label = fmt::format("Trendpilar per fokusområde, part och månad för {}, {}", m.name, months);
  figure(doc, trend_chart(m, q, id, label), std::move(caption), label).id = id;
}

void area_figure_and_table(Document& doc, const MunicipalitySummary& m, const Questionnaire& q, std::size_t a,
                           const std::string& chart_id, const std::string& table_id, const std::string& months) {
  const std::string label = fmt::format("Stapeldiagram: antal iakttagelser per månad och part, {}, {}, {}",
                                        q.areas[a].heading, m.name, months);
  Inline caption = plain(
      "Antal iakttagelser per månad och part. Streckad linje: ingen giltig lägesbild från parten "
      "den månaden, eller området obesvarat i den.");
  caption.emplace_back(" ");
  caption.push_back(link_span("Siffrorna i tabellen för " + q.areas[a].heading, table_id));
  caption.emplace_back(".");
  figure(doc, observations_chart(m, a, q.parties, chart_id, label), std::move(caption), label).id = chart_id;
  area_months_table(doc, m, q, a).id = table_id;
}

std::string summary_markdown(const Summary& s, Classification classification, const std::string& grounds) {
  return markdown_text(summary_document(s, classification, grounds));
}

std::string summary_html(const Summary& s, Classification classification, const std::string& grounds,
                         std::string_view extra_css) {
  return html_text(summary_document(s, classification, grounds), extra_css);
}

}  // namespace lagesbild
