// SPDX-License-Identifier: EUPL-1.2
// The year for scripts, so that each number in the document can be traced:
// per focus area the year's and each month's iakttagelser and händelser and
// trends, the actions with how they stand, and the months' state. The shape
// is a contract (lagesbild(1), YEAR).
#pragma once

#include <string>

#include "core/archive/year.hpp"

namespace lagesbild {

std::string year_json(const YearPicture& y);

}  // namespace lagesbild
