#include "core/archive/summary_charts.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "core/render/document_parts.hpp"
#include "core/render/html_writer.hpp"
#include "core/report/questionnaire.hpp"

namespace lagesbild {

namespace {

constexpr const char* kPartyColours[] = {"#1f5fa8", "#d9822b", "#5b8c3a", "#8a4fa3"};
constexpr const char* kMonthShort[] = {"jan", "feb", "mar", "apr", "maj", "jun",
                                       "jul", "aug", "sep", "okt", "nov", "dec"};

std::string month_label(const Period& p) {
  return p.month >= 1 && p.month <= 12 ? kMonthShort[p.month - 1] : "?";
}

std::string text(double x, double y, const std::string& content, const std::string& attributes = {}) {
  return fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\"{}>{}</text>", x, y, attributes.empty() ? "" : " " + attributes,
                     escape_html(content));
}

struct TrendMark {
  const char* symbol;
  const char* colour;
};

TrendMark mark_of(const std::optional<std::string>& trend) {
  if (!trend) return {"·", "#bbbbbb"};
  const char* arrow = trend_arrow(*trend);
  if (*trend == words::kRising) return {arrow, "#c62828"};
  if (*trend == words::kFalling) return {arrow, "#2e7d32"};
  if (*trend == words::kUnchanged) return {arrow, "#555555"};
  return {arrow, "#999999"};
}

}  // namespace

std::string observations_chart(const MunicipalitySummary& m, std::size_t area_index,
                               const std::vector<std::string>& parties) {
  const double width = 640, height = 162, left = 34, right = 8, top = 22, bottom = 30;
  const std::size_t months = m.months.size();
  std::size_t most = 1;
  for (const auto& month : m.months)
    for (const auto& [party, pm] : month.areas[area_index].parties) most = std::max(most, pm.observations);
  const double plot_w = width - left - right, plot_h = height - top - bottom;
  const double slot = plot_w / static_cast<double>(std::max<std::size_t>(months, 1));
  const double bar = std::min(14.0, (slot - 6) / static_cast<double>(std::max<std::size_t>(parties.size(), 1)));
  std::string svg = fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {:.0f} {:.0f}\" role=\"img\" "
      "font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"9\">\n",
      width, height);
  // Grid lines at 0, half and the maximum.
  for (const std::size_t value : {std::size_t{0}, (most + 1) / 2, most}) {
    const double y = top + plot_h - plot_h * static_cast<double>(value) / static_cast<double>(most);
    svg += fmt::format("<line x1=\"{:.1f}\" y1=\"{:.1f}\" x2=\"{:.1f}\" y2=\"{:.1f}\" stroke=\"#dddddd\"/>", left, y,
                       width - right, y);
    svg += text(left - 4, y + 3, std::to_string(value), "text-anchor=\"end\" fill=\"#555\"");
  }
  for (std::size_t i = 0; i < months; ++i) {
    const auto& month = m.months[i];
    const double x0 = left + slot * static_cast<double>(i) + 3;
    for (std::size_t p = 0; p < parties.size(); ++p) {
      const auto it = month.areas[area_index].parties.find(parties[p]);
      if (it == month.areas[area_index].parties.end()) {
        // No file that month: a grey dash on the axis, unlike a zero.
        svg += fmt::format("<line x1=\"{:.1f}\" y1=\"{:.1f}\" x2=\"{:.1f}\" y2=\"{:.1f}\" stroke=\"#999999\" "
                           "stroke-width=\"2\" stroke-dasharray=\"2,2\"/>",
                           x0 + bar * static_cast<double>(p), top + plot_h - 2, x0 + bar * static_cast<double>(p + 1) - 1,
                           top + plot_h - 2);
        continue;
      }
      const double h = plot_h * static_cast<double>(it->second.observations) / static_cast<double>(most);
      svg += fmt::format("<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{:.1f}\" fill=\"{}\"/>",
                         x0 + bar * static_cast<double>(p), top + plot_h - h, bar - 1, h, kPartyColours[p % 4]);
    }
    svg += text(x0 + slot / 2 - 3, height - bottom + 12, month_label(month.period), "text-anchor=\"middle\"");
    if (i == 0 || month.period.month == 1)
      svg += text(x0 + slot / 2 - 3, height - bottom + 23, std::to_string(month.period.year),
                  "text-anchor=\"middle\" fill=\"#555\"");
  }
  // Legend, above the plot so no bar can hide it.
  double lx = width - right - 70 * static_cast<double>(parties.size());
  for (std::size_t p = 0; p < parties.size(); ++p) {
    svg += fmt::format("<rect x=\"{:.1f}\" y=\"4\" width=\"8\" height=\"8\" fill=\"{}\"/>", lx, kPartyColours[p % 4]);
    svg += text(lx + 11, 11, parties[p]);
    lx += 70;
  }
  svg += "</svg>\n";
  return svg;
}

std::string trend_chart(const MunicipalitySummary& m, const Questionnaire& q) {
  const double label_w = 300, cell = 30, row_h = 14, top = 26;
  std::vector<std::pair<std::string, std::string>> rows;  // (label, party or "gemensam") per area
  for (const auto& area : q.areas) {
    for (const auto& party : q.parties) rows.emplace_back(area.heading + " – " + party, party);
    rows.emplace_back(area.heading + " – " + words::kJoint, words::kJoint);
  }
  const double width = label_w + cell * static_cast<double>(m.months.size()) + 10;
  const double height = top + row_h * static_cast<double>(rows.size()) + 8;
  std::string svg = fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {:.0f} {:.0f}\" role=\"img\" "
      "font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"9\">\n",
      width, height);
  for (std::size_t i = 0; i < m.months.size(); ++i) {
    const double x = label_w + cell * static_cast<double>(i) + cell / 2;
    svg += text(x, 10, month_label(m.months[i].period), "text-anchor=\"middle\"");
    if (i == 0 || m.months[i].period.month == 1)
      svg += text(x, 20, std::to_string(m.months[i].period.year), "text-anchor=\"middle\" fill=\"#555\"");
  }
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const double y = top + row_h * static_cast<double>(r);
    const std::size_t area_index = r / (q.parties.size() + 1);
    const bool agreed = rows[r].second == words::kJoint;
    if (agreed)
      svg += fmt::format("<rect x=\"0\" y=\"{:.1f}\" width=\"{:.0f}\" height=\"{:.0f}\" fill=\"#eef2f7\"/>", y,
                         width, row_h);
    svg += text(4, y + 10, rows[r].first, agreed ? "font-weight=\"bold\"" : "");
    for (std::size_t i = 0; i < m.months.size(); ++i) {
      const AreaMonth& am = m.months[i].areas[area_index];
      std::optional<std::string> trend;
      bool present = agreed ? am.joint : am.parties.count(rows[r].second) > 0;
      if (agreed) {
        trend = am.agreed_trend;
      } else if (present) {
        trend = am.parties.at(rows[r].second).trend;
      }
      const TrendMark mark = present ? mark_of(trend) : TrendMark{"–", "#dddddd"};
      svg += text(label_w + cell * static_cast<double>(i) + cell / 2, y + 11, mark.symbol,
                  fmt::format("text-anchor=\"middle\" font-size=\"12\" fill=\"{}\"", mark.colour));
    }
  }
  svg += "</svg>\n";
  return svg;
}

}  // namespace lagesbild
