// The joint picture as commented YAML, written to be edited by hand at the
// meeting like the parties' own files.
#pragma once

#include <string>

#include "core/report/questionnaire.hpp"
#include "core/report/report.hpp"

namespace lagesbild {

std::string joint_report_text(const JointReport& report, const Questionnaire& q);

}  // namespace lagesbild
