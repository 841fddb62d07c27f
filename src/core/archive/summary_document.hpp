// The summary for people: Markdown, or print-ready HTML with charts.
#pragma once

#include <string>
#include <string_view>

#include "core/archive/summary.hpp"
#include "core/render/document.hpp"

namespace lagesbild {

// `classification`: the strictest of the files summarised, with its grounds.
std::string summary_markdown(const Summary& s, Classification classification, const std::string& grounds);
std::string summary_html(const Summary& s, Classification classification, const std::string& grounds,
                         std::string_view extra_css);

// One area's months as a table: each party's trend and observations
// (events), the agreed trend and priority, marked "(utkast)" when the joint
// picture is not final. The figures of observations_chart(); summary and
// year both show it.
Block& area_months_table(Document& doc, const MunicipalitySummary& m, const Questionnaire& q, std::size_t area_index);

}  // namespace lagesbild
