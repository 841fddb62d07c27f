// SPDX-License-Identifier: EUPL-1.2
// The summary for people: Markdown, or print-ready HTML with charts.
#pragma once

#include <string>
#include <string_view>
#include <vector>

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
// The trend arrows of every area over the months (trend_chart), its caption
// linking each area to the table of its figures (`table_ids`, in the
// questionnaire's order). `months`: "2026", "december 2025 – november 2026".
void trend_figure(Document& doc, const MunicipalitySummary& m, const Questionnaire& q, const std::string& id,
                  const std::string& months, const std::vector<std::string>& table_ids);
// One area's observations as bars (observations_chart), captioned with a link
// to its table, and then that table (area_months_table) with `table_id`.
void area_figure_and_table(Document& doc, const MunicipalitySummary& m, const Questionnaire& q, std::size_t a,
                           const std::string& chart_id, const std::string& table_id, const std::string& months);

}  // namespace lagesbild
