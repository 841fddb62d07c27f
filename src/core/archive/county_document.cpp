// SPDX-License-Identifier: EUPL-1.2
#include "core/archive/county_document.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "core/archive/summary_charts.hpp"
#include "core/base/text.hpp"
#include "core/render/document_parts.hpp"
#include "core/report/questionnaire.hpp"

namespace lagesbild {

namespace {

constexpr const char* kTotalsTable = "tabell-lan";
constexpr std::size_t kMonthsPerTable = 6;

std::string counted(std::size_t observations, std::size_t events) {
  return fmt::format("{} ({})", observations, events);
}

// A month with only some parties' pictures names them: "bara kommun".
std::string delivery_word(const MonthSummary& month, Delivery d, const std::vector<std::string>& parties) {
  switch (d) {
    case Delivery::Final:
      return "slutlig";
    case Delivery::Draft:
      return "utkast";
    case Delivery::PartiesOnly: {
      if (month.missing_parties.empty()) return "bara parterna";
      std::vector<std::string> delivered;
      for (const auto& party : parties)
        if (std::find(month.missing_parties.begin(), month.missing_parties.end(), party) == month.missing_parties.end())
          delivered.push_back(party);
      return "bara " + join(delivered, ", ");
    }
    case Delivery::Missing:
      break;
  }
  return "saknas";
}

void totals(Document& doc, const Summary& s, const County& c) {
  const Questionnaire& q = *s.questionnaire;
  heading(doc, 3, "Iakttagelser och händelser per månad");
  std::vector<std::string> columns = {"Månad"};
  for (const auto& area : q.areas) columns.push_back(area.heading);
  std::vector<std::vector<Inline>> rows;
  std::vector<std::size_t> observations(q.areas.size()), events(q.areas.size());
  for (const auto& month : c.months) {
    std::vector<Inline> row = {{date_span(to_string(month.period))}};
    for (std::size_t a = 0; a < month.areas.size(); ++a) {
      row.push_back(plain(counted(month.areas[a].observations, month.areas[a].events)));
      observations[a] += month.areas[a].observations;
      events[a] += month.areas[a].events;
    }
    rows.push_back(std::move(row));
  }
  std::vector<Inline> sum = {plain("Hela perioden")};
  for (std::size_t a = 0; a < q.areas.size(); ++a) sum.push_back(plain(counted(observations[a], events[a])));
  rows.push_back(std::move(sum));
  table(doc, std::move(columns), std::move(rows), "summary",
        "Iakttagelser (händelser) per månad och fokusområde, alla kommuner och parter", true)
      .id = kTotalsTable;
  const std::string months = fmt::format("{} – {}", swedish_month_year(s.from), swedish_month_year(s.to));
  for (std::size_t a = 0; a < q.areas.size(); ++a) {
    const std::string id = fmt::format("diagram-lan-{}", a + 1);
    const std::string label =
        fmt::format("Stapeldiagram: antal iakttagelser per månad, alla kommuner, {}, {}", q.areas[a].heading, months);
    Inline caption = plain(q.areas[a].heading + ": antal iakttagelser per månad, alla kommuner och parter.");
    caption.emplace_back(" ");
    caption.push_back(link_span("Siffrorna i tabellen Iakttagelser och händelser per månad", kTotalsTable));
    caption.emplace_back(".");
    figure(doc, county_chart(c, a, q.areas[a].heading, id, label), std::move(caption), label).id = id;
  }
}

void trends(Document& doc, const Summary& s, const County& c) {
  const Questionnaire& q = *s.questionnaire;
  const std::string last = swedish_month_year(s.to);
  heading(doc, 3, "Trender");
  std::vector<std::vector<Inline>> rows;
  for (std::size_t a = 0; a < q.areas.size() && !c.months.empty(); ++a) {
    const TrendCounts& t = c.months.back().areas[a].trends;
    rows.push_back({plain(q.areas[a].heading), plain(std::to_string(t.rising)), plain(std::to_string(t.unchanged)),
                    plain(std::to_string(t.falling)), plain(std::to_string(t.unknown))});
  }
  table(doc, {"Fokusområde", "↑ ökande", "→ oförändrad", "↓ minskande", "? okänd"}, std::move(rows), "trends",
        "Antal kommuner per trend, " + last, true);
  // Which areas grow where: the last month, and how often over the window.
  rows.clear();
  for (std::size_t a = 0; a < q.areas.size(); ++a) {
    std::vector<std::string> now, ever;
    for (std::size_t k = 0; k < s.municipalities.size(); ++k) {
      if (c.rising_last[a][k]) now.push_back(s.municipalities[k].name);
      if (c.rising_months[a][k] > 0)
        ever.push_back(fmt::format("{} ({})", s.municipalities[k].name, c.rising_months[a][k]));
    }
    rows.push_back({plain(q.areas[a].heading), plain(now.empty() ? "ingen" : join(now, ", ")),
                    plain(ever.empty() ? "ingen" : join(ever, ", "))});
  }
  table(doc, {"Fokusområde", "Ökande trend " + last, "Ökande trend under perioden (antal månader)"}, std::move(rows),
        "rising", "Kommuner med ökande trend", true);
}

void deliveries(Document& doc, const Summary& s, const County& c) {
  const Questionnaire& q = *s.questionnaire;
  heading(doc, 3, "Lämnade lägesbilder");
  paragraph(doc,
            plain("Slutlig: en slutlig gemensam lägesbild. Utkast: en gemensam lägesbild som inte är slutlig. "
                  "Bara parterna: parternas egna lägesbilder men ingen giltig gemensam (”bara kommun” när "
                  "bara den partens finns). Saknas: ingen giltig lägesbild alls."),
            "note");
  std::vector<std::vector<Inline>> rows;
  for (const auto& month : c.months) {
    std::vector<Inline> row = {{date_span(to_string(month.period))}};
    for (const std::size_t n : month.delivered) row.push_back(plain(std::to_string(n)));
    rows.push_back(std::move(row));
  }
  table(doc, {"Månad", "Slutlig", "Utkast", "Bara parterna", "Saknas"}, std::move(rows), "summary",
        "Antal kommuner per månad efter vad de lämnat", true);
  // Six months a table: twelve columns of words do not fit an A4 page.
  for (std::size_t start = 0; start < c.months.size(); start += kMonthsPerTable) {
    const std::size_t end = std::min(c.months.size(), start + kMonthsPerTable);
    std::vector<std::string> columns = {"Kommun"};
    for (std::size_t i = start; i < end; ++i) columns.push_back(to_string(c.months[i].period));
    rows.clear();
    for (std::size_t k = 0; k < s.municipalities.size(); ++k) {
      const MunicipalitySummary& m = s.municipalities[k];
      std::vector<Inline> row = {plain(m.name)};
      for (std::size_t i = start; i < end; ++i)
        row.push_back(plain(delivery_word(m.months[i], c.deliveries[k][i], q.parties)));
      rows.push_back(std::move(row));
    }
    table(doc, std::move(columns), std::move(rows), "delivery",
          fmt::format("Lämnade lägesbilder per kommun och månad, {} – {}", swedish_month_year(c.months[start].period),
                      swedish_month_year(c.months[end - 1].period)),
          true);
  }
}

}  // namespace

void county_section(Document& doc, const Summary& s, const County& c) {
  heading(doc, 2, "Länets bild");
  paragraph(doc, plain(fmt::format(
                     "De {} kommunerna i sammanställningen tillsammans. Iakttagelser och händelser är summan av "
                     "alla parters lägesbilder. En kommuns trend är den gemensamma trenden i dess gemensamma "
                     "lägesbild, också i ett utkast; utan gemensam lägesbild parternas egen när alla parter "
                     "anger samma trend, annars okänd (också när lägesbilder saknas).",
                     s.municipalities.size())));
  totals(doc, s, c);
  trends(doc, s, c);
  deliveries(doc, s, c);
}

}  // namespace lagesbild
