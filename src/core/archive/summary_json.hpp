// SPDX-License-Identifier: EUPL-1.2
// The summary for scripts, as JSON (its shape: lagesbild(1), summary).
#pragma once

#include <string>

#include "core/archive/summary.hpp"

namespace lagesbild {

std::string summary_json(const Summary& s);

}  // namespace lagesbild
