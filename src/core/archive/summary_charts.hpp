// Charts for the summary as inline SVG: no JavaScript, nothing fetched.
#pragma once

#include <string>
#include <vector>

#include "core/archive/summary.hpp"

namespace lagesbild {

// Bars: observations per month, one bar per party, for one area.
std::string observations_chart(const MunicipalitySummary& m, std::size_t area_index,
                               const std::vector<std::string>& parties);
// A grid of trend arrows: areas (and their parties and the agreed trend) by month.
std::string trend_chart(const MunicipalitySummary& m, const Questionnaire& q);

}  // namespace lagesbild
