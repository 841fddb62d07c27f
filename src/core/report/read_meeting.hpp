// SPDX-License-Identifier: EUPL-1.2
// What the meeting itself records in the joint picture (format 1.1,
// lagesbild(5) §6): when and where it met, who was there, the next meeting,
// and the citizen promises in force. All of it is optional.
#pragma once

#include <vector>

#include "core/base/dates.hpp"
#include "core/diag/reporter.hpp"
#include "core/report/questionnaire.hpp"
#include "core/report/report.hpp"
#include "core/yaml/yaml_tree.hpp"

namespace lagesbild {

// `möte:` of a joint picture.
Meeting read_meeting(Reporter& reporter, const YamlNode& node, const Questionnaire& q);

// `medborgarlöften:`; a promise not in force in `period` (the picture's
// month) is a warning.
std::vector<Promise> read_promises(Reporter& reporter, const YamlNode& list, const Period& period);

// The keys only a joint picture has, reported where a party's own picture
// has them (they would otherwise read as unknown keys, with no hint why).
class MappingReader;
void report_joint_only_keys(Reporter& reporter, MappingReader& root);

}  // namespace lagesbild
