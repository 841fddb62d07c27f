// SPDX-License-Identifier: EUPL-1.2
// The county's picture (Länsstyrelsen's): the summary's municipalities added
// up per month and focus area, how many had each trend, and each
// municipality's month in one word: what it delivered. Made from a Summary,
// which already holds every figure it needs, so it keeps nothing per file.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/archive/summary.hpp"

namespace lagesbild {

// What a municipality delivered for a month, best first.
enum class Delivery { Final, Draft, PartiesOnly, Missing };
constexpr std::size_t kDeliveries = 4;

// "slutlig", "utkast", "bara_parterna", "saknas": the JSON keys.
const char* delivery_key(Delivery d);

struct TrendCounts {
  std::size_t rising = 0, unchanged = 0, falling = 0, unknown = 0;
};

struct CountyArea {
  std::size_t observations = 0;  // over all municipalities and parties
  std::size_t events = 0;
  TrendCounts trends;  // municipalities by the trend county_trend() counts
};

struct CountyMonth {
  Period period;
  std::vector<CountyArea> areas;                     // in the questionnaire's order
  std::array<std::size_t, kDeliveries> delivered{};  // municipalities by Delivery
};

struct County {
  std::vector<CountyMonth> months;  // oldest first, as MunicipalitySummary::months
  // Per municipality (in the summary's order) and month.
  std::vector<std::vector<Delivery>> deliveries;
  // Per area and municipality: the months whose counted trend is rising, and
  // whether the last month's is.
  std::vector<std::vector<std::size_t>> rising_months;
  std::vector<std::vector<bool>> rising_last;
};

// The trend a municipality counts with in the county (lagesbild(1), summary):
// a valid joint picture's agreed trend (a draft's too: it is what the parties
// have agreed so far); without one, the parties' own when every party of the
// questionnaire gives the same; otherwise okänd. Always one of the four words.
const std::string& county_trend(const AreaMonth& area, const std::vector<std::string>& parties);

Delivery delivery_of(const MonthSummary& month, std::size_t parties);

// Only over two municipalities or more: one municipality's figures are its own.
std::optional<County> county_of(const Summary& s);

}  // namespace lagesbild
