// SPDX-License-Identifier: EUPL-1.2
// The joint picture as commented YAML, written to be edited by hand at the
// meeting like the parties' own files.
#pragma once

#include <string>

#include "core/report/questionnaire.hpp"
#include "core/report/report.hpp"

namespace lagesbild {

std::string joint_report_text(const JointReport& report, const Questionnaire& q);

// One observation as a list item, as both kinds of file write it ("      - "
// then the keys at 8 spaces): in a joint picture with its party first.
std::string observation_item(const Observation& o, bool with_party);

// The comment lines earlier versions wrote into joint files and this one
// no longer does, so that merging such a file again keeps working.
std::string earlier_joint_comments();

}  // namespace lagesbild
