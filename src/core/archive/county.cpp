// SPDX-License-Identifier: EUPL-1.2
#include "core/archive/county.hpp"

#include "core/report/questionnaire.hpp"

namespace lagesbild {

const char* delivery_key(Delivery d) {
  switch (d) {
    case Delivery::Final:
      return "slutlig";
    case Delivery::Draft:
      return "utkast";
    case Delivery::PartiesOnly:
      return "bara_parterna";
    case Delivery::Missing:
      return "saknas";
  }
  return "saknas";
}

namespace {

// A trend word as the format allows it, anything else (okänd, none) unknown.
const std::string& known_or_unknown(const std::optional<std::string>& trend) {
  if (!trend) return words::kUnknown;
  for (const std::string* word : {&words::kRising, &words::kUnchanged, &words::kFalling})
    if (*trend == *word) return *word;
  return words::kUnknown;
}

void count(TrendCounts& counts, const std::string& trend) {
  if (trend == words::kRising) {
    ++counts.rising;
  } else if (trend == words::kUnchanged) {
    ++counts.unchanged;
  } else if (trend == words::kFalling) {
    ++counts.falling;
  } else {
    ++counts.unknown;
  }
}

}  // namespace

const std::string& county_trend(const AreaMonth& area, const std::vector<std::string>& parties) {
  if (area.joint) return known_or_unknown(area.agreed_trend);
  // No joint picture: the parties' pictures say the same only if every
  // party delivered one with a trend, and the trends are one.
  std::optional<std::string> same;
  for (const auto& party : parties) {
    const auto it = area.parties.find(party);
    if (it == area.parties.end() || !it->second.trend) return words::kUnknown;
    if (same && *same != *it->second.trend) return words::kUnknown;
    same = it->second.trend;
  }
  return known_or_unknown(same);
}

Delivery delivery_of(const MonthSummary& month, std::size_t parties) {
  if (month.joint) return month.joint_final ? Delivery::Final : Delivery::Draft;
  return month.missing_parties.size() < parties ? Delivery::PartiesOnly : Delivery::Missing;
}

std::optional<County> county_of(const Summary& s) {
  if (s.municipalities.size() < 2) return std::nullopt;
  const Questionnaire& q = *s.questionnaire;
  const std::size_t areas = q.areas.size(), municipalities = s.municipalities.size();
  County c;
  // Every municipality has the same window (summarise), so month i is the
  // same period in each.
  for (const auto& month : s.municipalities.front().months)
    c.months.push_back({month.period, std::vector<CountyArea>(areas), {}});
  c.rising_months.assign(areas, std::vector<std::size_t>(municipalities, 0));
  c.rising_last.assign(areas, std::vector<bool>(municipalities, false));
  for (std::size_t k = 0; k < municipalities; ++k) {
    const auto& m = s.municipalities[k];
    std::vector<Delivery> delivered;
    for (std::size_t i = 0; i < m.months.size() && i < c.months.size(); ++i) {
      const MonthSummary& month = m.months[i];
      CountyMonth& total = c.months[i];
      const Delivery d = delivery_of(month, q.parties.size());
      delivered.push_back(d);
      ++total.delivered[static_cast<std::size_t>(d)];
      for (std::size_t a = 0; a < areas && a < month.areas.size(); ++a) {
        const AreaMonth& am = month.areas[a];
        for (const auto& [party, pm] : am.parties) {
          total.areas[a].observations += pm.observations;
          total.areas[a].events += pm.events;
        }
        const std::string& trend = county_trend(am, q.parties);
        count(total.areas[a].trends, trend);
        if (trend == words::kRising) {
          ++c.rising_months[a][k];
          if (i + 1 == m.months.size()) c.rising_last[a][k] = true;
        }
      }
    }
    c.deliveries.push_back(std::move(delivered));
  }
  return c;
}

}  // namespace lagesbild
