// SPDX-License-Identifier: EUPL-1.2
#include "core/archive/summary_charts.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "core/base/text.hpp"
#include "core/render/document_parts.hpp"
#include "core/render/html_writer.hpp"
#include "core/report/questionnaire.hpp"

namespace lagesbild {

namespace {

// Sizes are CSS pixels at 1:1, the size the page shows a chart at when it
// fits: 12 px text prints as 9 pt. Colours are at least 3:1 against white
// (WCAG 1.4.11), and no series is told apart by colour alone: every party
// after the first has its own hatching, and every bar its number.
constexpr double kFont = 12;
constexpr double kMaxWidth = 640;  // fits A4's text width without shrinking
constexpr const char* kPartyColours[] = {"#1f5fa8", "#b45309", "#4a7a2c", "#8a4fa3"};
constexpr const char* kAxis = "#6b6b6b";
constexpr const char* kMonthShort[] = {"jan", "feb", "mar", "apr", "maj", "jun",
                                       "jul", "aug", "sep", "okt", "nov", "dec"};

std::string month_label(const Period& p) {
  return p.month >= 1 && p.month <= 12 ? kMonthShort[p.month - 1] : "?";
}

std::string text(double x, double y, const std::string& content, const std::string& attributes = {}) {
  return fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\"{}>{}</text>", x, y, attributes.empty() ? "" : " " + attributes,
                     escape_html(content));
}

// A generous width of text in DejaVu Sans (a wide face) at kFont, enough to
// lay labels out without overlap.
double text_width(const std::string& s, bool bold = false) {
  return static_cast<double>(count_code_points(s)) * kFont * (bold ? 0.74 : 0.68);
}

// The opening tag, named by its <title> for assistive technology.
std::string svg_start(double width, double height, const std::string& id, const std::string& label) {
  return fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{0:.0f}\" height=\"{1:.0f}\" viewBox=\"0 "
      "0 {0:.0f} {1:.0f}\" "
      "role=\"img\" aria-labelledby=\"{2}-titel\" font-family=\"DejaVu Sans, Arial, sans-serif\" "
      "font-size=\"{3:.0f}\">\n<title id=\"{2}-titel\">{4}</title>\n",
      width, height, id, kFont, escape_html(label));
}

// Solid for the first party; hatching, dots and stripes for the others, so
// that the series differ in print in black and white and to colour-blind eyes.
std::string party_patterns(const std::string& id, std::size_t parties) {
  static constexpr const char* kTiles[] = {
      "", "<path d=\"M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2\" stroke=\"{c}\" stroke-width=\"2\"/>",
      "<circle cx=\"3\" cy=\"3\" r=\"1.8\" fill=\"{c}\"/>", "<rect width=\"6\" height=\"2.5\" fill=\"{c}\"/>"};
  std::string defs = "<defs>";
  for (std::size_t p = 1; p < parties; ++p)
    defs += fmt::format(
        "<pattern id=\"{}-part{}\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\">"
        "<rect width=\"6\" height=\"6\" fill=\"#ffffff\"/>{}</pattern>",
        id, p, fmt::format(fmt::runtime(kTiles[p % 4]), fmt::arg("c", kPartyColours[p % 4])));
  return defs + "</defs>\n";
}

std::string party_fill(const std::string& id, std::size_t p) {
  return p % 4 == 0 ? std::string(kPartyColours[0]) : fmt::format("url(#{}-part{})", id, p);
}

struct TrendMark {
  const char* symbol;
  const char* colour;
};

// The arrows carry the trend by their shape; colour only repeats it.
TrendMark mark_of(const std::optional<std::string>& trend) {
  if (!trend) return {"·", "#595959"};
  const char* arrow = trend_arrow(*trend);
  if (*trend == words::kRising) return {arrow, "#c62828"};
  if (*trend == words::kFalling) return {arrow, "#2e7d32"};
  if (*trend == words::kUnchanged) return {arrow, "#444444"};
  return {arrow, "#595959"};
}

// Bars per month, one per series (`values[month][series]`); no value is a
// grey dash on the axis, unlike a zero.
using BarValues = std::vector<std::vector<std::optional<std::size_t>>>;

std::string bar_chart(const std::vector<Period>& periods, const std::vector<std::string>& series,
                      const BarValues& values, const std::string& id, const std::string& label) {
  const double width = kMaxWidth, height = 200, left = 34, right = 8, top = 44, bottom = 34;
  const std::size_t months = periods.size();
  std::size_t most = 1;
  for (const auto& month : values)
    for (const auto& value : month) most = std::max(most, value.value_or(0));
  const double plot_w = width - left - right, plot_h = height - top - bottom, base = top + plot_h;
  const double slot = plot_w / static_cast<double>(std::max<std::size_t>(months, 1));
  const double bar = std::min(28.0, (slot - 8) / static_cast<double>(std::max<std::size_t>(series.size(), 1)));
  std::string svg = svg_start(width, height, id, label) + party_patterns(id, series.size());
  // Light grid at every whole number up to 4, else at half and the maximum
  // (every bar has its number); the axis itself dark enough to see where a
  // bar starts.
  std::vector<std::size_t> grid;
  if (most <= 4) {
    for (std::size_t v = 1; v <= most; ++v) grid.push_back(v);
  } else {
    grid = {(most + 1) / 2, most};
  }
  for (const std::size_t value : grid) {
    const double y = base - plot_h * static_cast<double>(value) / static_cast<double>(most);
    svg += fmt::format("<line x1=\"{:.1f}\" y1=\"{:.1f}\" x2=\"{:.1f}\" y2=\"{:.1f}\" stroke=\"#dddddd\"/>", left, y,
                       width - right, y);
    svg += text(left - 5, y + 4, std::to_string(value), "text-anchor=\"end\" fill=\"#555555\"");
  }
  svg += fmt::format("<line x1=\"{:.1f}\" y1=\"{:.1f}\" x2=\"{:.1f}\" y2=\"{:.1f}\" stroke=\"{}\"/>", left, base,
                     width - right, base, kAxis);
  svg += text(left - 5, base + 4, "0", "text-anchor=\"end\" fill=\"#555555\"");
  for (std::size_t i = 0; i < months; ++i) {
    const Period& period = periods[i];
    const double x0 = left + slot * static_cast<double>(i) + (slot - bar * static_cast<double>(series.size())) / 2;
    for (std::size_t p = 0; p < series.size(); ++p) {
      const double x = x0 + bar * static_cast<double>(p);
      if (!values[i][p]) {
        // No file that month, or the area not answered in it: a grey dash on
        // the axis, unlike a zero.
        svg += fmt::format(
            "<line x1=\"{:.1f}\" y1=\"{:.1f}\" x2=\"{:.1f}\" y2=\"{:.1f}\" stroke=\"{}\" "
            "stroke-width=\"3\" stroke-dasharray=\"4,3\"/>",
            x + 1, base - 2.5, x + bar - 2, base - 2.5, kAxis);
        continue;
      }
      // A zero still shows: a thin bar on the axis and its number.
      const std::size_t n = *values[i][p];
      const double h = std::max(2.0, plot_h * static_cast<double>(n) / static_cast<double>(most));
      svg += fmt::format(
          "<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{:.1f}\" fill=\"{}\" "
          "stroke=\"{}\" "
          "stroke-width=\"1.5\"/>",
          x + 0.75, base - h + 0.75, bar - 2.5, h - 1.5, party_fill(id, p), kPartyColours[p % 4]);
      svg += text(x + (bar - 1) / 2, base - h - 4, std::to_string(n), "text-anchor=\"middle\"");
    }
    const double centre = left + slot * (static_cast<double>(i) + 0.5);
    svg += text(centre, base + 15, month_label(period), "text-anchor=\"middle\"");
    if (i == 0 || period.month == 1)
      svg += text(centre, base + 29, std::to_string(period.year), "text-anchor=\"middle\" fill=\"#555555\"");
  }
  // Legend, above the plot so no bar can hide it, and at the left, where a
  // phone shows it before the chart is scrolled.
  double lx = left;
  for (std::size_t p = 0; p < series.size(); ++p) {
    svg += fmt::format(
        "<rect x=\"{:.1f}\" y=\"4.75\" width=\"12.5\" height=\"12.5\" fill=\"{}\" stroke=\"{}\" "
        "stroke-width=\"1.5\"/>",
        lx + 0.75, party_fill(id, p), kPartyColours[p % 4]);
    svg += text(lx + 18, 15, series[p]);
    lx += 32 + text_width(series[p]);
  }
  svg += "</svg>\n";
  return svg;
}

}  // namespace

std::string observations_chart(const MunicipalitySummary& m, std::size_t area_index,
                               const std::vector<std::string>& parties, const std::string& id,
                               const std::string& label) {
  std::vector<Period> periods;
  std::vector<std::string> series;
  for (const auto& party : parties) series.push_back(capitalised(party));
  BarValues values;
  for (const auto& month : m.months) {
    periods.push_back(month.period);
    std::vector<std::optional<std::size_t>> bars;
    // No file that month, or the area not answered in it: no bar.
    for (const auto& party : parties) {
      const auto it = month.areas[area_index].parties.find(party);
      bars.push_back(it == month.areas[area_index].parties.end() || !it->second.answered
                         ? std::nullopt
                         : std::optional<std::size_t>(it->second.observations));
    }
    values.push_back(std::move(bars));
  }
  return bar_chart(periods, series, values, id, label);
}

std::string county_chart(const County& c, std::size_t area_index, const std::string& area_heading,
                         const std::string& id, const std::string& label) {
  std::vector<Period> periods;
  BarValues values;
  for (const auto& month : c.months) {
    periods.push_back(month.period);
    values.push_back({month.areas[area_index].observations});
  }
  // The legend names the area: the county's charts stand one after another.
  return bar_chart(periods, {area_heading + ", alla kommuner och parter"}, values, id, label);
}

std::string trend_chart(const MunicipalitySummary& m, const Questionnaire& q, const std::string& id,
                        const std::string& label) {
  // Per area a heading row, then a row per party and one for the agreed trend.
  struct Row {
    std::string label;
    std::string party;  // empty: the area's heading row
    std::size_t area;
  };
  std::vector<Row> rows;
  double label_w = 0, heading_w = 0;
  for (std::size_t a = 0; a < q.areas.size(); ++a) {
    rows.push_back({q.areas[a].heading, "", a});
    heading_w = std::max(heading_w, text_width(q.areas[a].heading, true) + 8);
    std::vector<std::string> parties = q.parties;
    parties.emplace_back(words::kJoint);
    for (const auto& party : parties) {
      rows.push_back({capitalised(party), party, a});
      label_w = std::max(label_w, text_width(capitalised(party), true) + 24);
    }
  }
  const double row_h = 19, top = 36;
  const double months = static_cast<double>(std::max<std::size_t>(m.months.size(), 1));
  const double cell = std::max(24.0, std::min(34.0, (kMaxWidth - label_w) / months));
  const double width = std::max(label_w + cell * months, heading_w) + 4;
  const double height = top + row_h * static_cast<double>(rows.size()) + 4;
  std::string svg = svg_start(width, height, id, label);
  for (std::size_t i = 0; i < m.months.size(); ++i) {
    const double x = label_w + cell * static_cast<double>(i) + cell / 2;
    svg += text(x, 13, month_label(m.months[i].period), "text-anchor=\"middle\"");
    if (i == 0 || m.months[i].period.month == 1)
      svg += text(x, 28, std::to_string(m.months[i].period.year), "text-anchor=\"middle\" fill=\"#555555\"");
  }
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const double y = top + row_h * static_cast<double>(r);
    const Row& row = rows[r];
    if (row.party.empty()) {
      svg += fmt::format("<rect x=\"0\" y=\"{:.1f}\" width=\"{:.0f}\" height=\"{:.0f}\" fill=\"#eef2f7\"/>", y, width,
                         row_h);
      svg += text(4, y + 14, row.label, "font-weight=\"bold\"");
      continue;
    }
    const bool agreed = row.party == words::kJoint;
    svg += text(16, y + 14, row.label, agreed ? "font-weight=\"bold\"" : "");
    for (std::size_t i = 0; i < m.months.size(); ++i) {
      const AreaMonth& am = m.months[i].areas[row.area];
      const bool present = agreed ? am.joint : am.parties.count(row.party) > 0;
      std::optional<std::string> trend;
      if (agreed) {
        trend = am.agreed_trend;
      } else if (present) {
        trend = am.parties.at(row.party).trend;
      }
      const TrendMark mark = present ? mark_of(trend) : TrendMark{"–", "#6b6b6b"};
      // A draft's agreed trend (the joint picture is not final) has a star.
      const bool draft = agreed && present && !m.months[i].joint_final;
      svg += text(label_w + cell * static_cast<double>(i) + cell / 2, y + 15,
                  std::string(mark.symbol) + (draft ? "*" : ""),
                  fmt::format("text-anchor=\"middle\" font-size=\"15\" fill=\"{}\"", mark.colour));
    }
  }
  svg += "</svg>\n";
  return svg;
}

}  // namespace lagesbild
