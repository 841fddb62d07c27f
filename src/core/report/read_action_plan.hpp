// SPDX-License-Identifier: EUPL-1.2
// The action plan of a joint picture (åtgärdsplan, lagesbild(5) §3 and §6):
// Brå's columns, the responsible party and, from format 1.1, the unit that
// does the work and the citizen promise it serves.
#pragma once

#include <string>
#include <vector>

#include "core/diag/reporter.hpp"
#include "core/report/questionnaire.hpp"
#include "core/report/report.hpp"
#include "core/yaml/yaml_tree.hpp"

namespace lagesbild {

// `promise_ids`: the ids under `medborgarlöften`, which an action's
// `medborgarlöfte` must name.
std::vector<Action> read_action_plan(Reporter& reporter, const YamlNode& list, const Questionnaire& q,
                                     const std::vector<std::string>& promise_ids);

}  // namespace lagesbild
