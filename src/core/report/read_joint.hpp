// SPDX-License-Identifier: EUPL-1.2
// Reading and checking the joint picture (typ: gemensam, lagesbild(5) §3).
#pragma once

#include "core/diag/reporter.hpp"
#include "core/report/questionnaire.hpp"
#include "core/report/report.hpp"

namespace lagesbild {

class MappingReader;
JointReport read_joint_report(Reporter& reporter, MappingReader& root, const Questionnaire& q);

// Finality (lagesbild(5) §3): agreed trends, cause analyses for priorities,
// approvals, and the parties' text as merge wrote it.
void check_final(Reporter& reporter, const JointReport& report, const Questionnaire& q);

}  // namespace lagesbild
