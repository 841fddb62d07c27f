// The joint picture as commented YAML, written to be edited by hand at the
// meeting like the parties' own files.
#pragma once

#include <string>

#include "core/report/questionnaire.hpp"
#include "core/report/report.hpp"

namespace lagesbild {

std::string joint_report_text(const JointReport& report, const Questionnaire& q);

// The comments earlier releases wrote into joint files and this one words
// differently, as YAML comment lines: merge counts them as its own, so that a
// joint file written before an upgrade can still be merged again.
const std::string& earlier_joint_comments();

}  // namespace lagesbild
