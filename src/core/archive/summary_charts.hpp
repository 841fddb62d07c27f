// SPDX-License-Identifier: EUPL-1.2
// Charts for the summary as inline SVG: no JavaScript, nothing fetched.
// Each is an image named by `label` (its <title>, with the id `<id>-titel`);
// the figures themselves stand in the summary's tables, which the caption
// links to.
#pragma once

#include <string>
#include <vector>

#include "core/archive/county.hpp"
#include "core/archive/summary.hpp"

namespace lagesbild {

// Bars: observations per month, one bar per party, for one area. `id` is
// unique in the document (it also names the chart's hatch patterns).
std::string observations_chart(const MunicipalitySummary& m, std::size_t area_index,
                               const std::vector<std::string>& parties, const std::string& id,
                               const std::string& label);
// Bars: the county's observations per month (all municipalities, every
// party) for one area, named by its heading in the legend.
std::string county_chart(const County& c, std::size_t area_index, const std::string& area_heading,
                         const std::string& id, const std::string& label);
// A grid of trend arrows: per area, its parties and the agreed trend by month.
std::string trend_chart(const MunicipalitySummary& m, const Questionnaire& q, const std::string& id,
                        const std::string& label);

}  // namespace lagesbild
