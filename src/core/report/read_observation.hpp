// SPDX-License-Identifier: EUPL-1.2
// One observation (iakttagelse), shared by both kinds of picture
// (lagesbild(5) §2, §3).
#pragma once

#include <string>
#include <vector>

#include "core/diag/reporter.hpp"
#include "core/report/questionnaire.hpp"
#include "core/report/report.hpp"
#include "core/yaml/yaml_tree.hpp"

namespace lagesbild {

// `parties`: in a joint picture each observation names its party, one of
// these; nullptr in a party's own picture, where it has none.
Observation read_observation(Reporter& reporter, const YamlNode& node, const Questionnaire& q,
                             const std::vector<std::string>* parties);

}  // namespace lagesbild
