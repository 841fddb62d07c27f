// SPDX-License-Identifier: EUPL-1.2
// A party's own picture as a document (lagesbild(5) §2); the joint picture's
// is joint_document.cpp.
#include "core/render/document_builder.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "core/base/text.hpp"
#include "core/render/document_parts.hpp"
#include "core/render/picture_parts.hpp"
#include "core/report/questionnaire.hpp"

namespace lagesbild {

std::string trend_with_arrow(const std::optional<std::string>& trend) {
  if (!trend) return "saknas";
  return std::string(trend_arrow(*trend)) + " " + *trend;
}

Document document_for(const LocalReport& r, const Questionnaire& q) {
  const std::string title =
      fmt::format("Lägesbild för {}, {} – {}", r.header.municipality, swedish_month_year(r.header.period), r.party);
  Document doc = start_picture(title, r.header, r.written ? to_string(*r.written) : "", r.party, std::nullopt);
  paragraph(doc,
            {Span{"Upprättad: ", true}, Span{fmt::format("{} av {}, {}", r.written ? swedish_date(*r.written) : "–",
                                                         or_dash(r.written_by), or_dash(r.organisation))}});
  if (!r.header.registry_number.empty()) paragraph(doc, {Span{"Diarienummer: ", true}, Span{r.header.registry_number}});
  paragraph(doc, {Span{"Mall: ", true}, Span{fmt::format("{} ({})", q.name, q.id)}});
  if (!r.sources.empty()) paragraph(doc, {Span{"Källor: ", true}, Span{join(source_names(r.sources), ", ")}});
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

}  // namespace lagesbild
