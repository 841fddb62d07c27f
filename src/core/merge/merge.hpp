// SPDX-License-Identifier: EUPL-1.2
// Merging the parties' own pictures into the joint picture (lagesbild(5) §3),
// carrying open actions and proposals from last month (carry_forward) and
// keeping the meeting's work when a joint picture is merged again.
#pragma once

#include <string>
#include <vector>

#include "core/merge/carry_forward.hpp"
#include "core/report/report_loader.hpp"

namespace lagesbild {

struct MergeInputs {
  std::vector<const LoadedReport*> parties;  // valid local pictures
  const LoadedReport* previous = nullptr;    // last month's joint picture (--previous)
  const LoadedReport* existing = nullptr;    // the output file, when it exists already
};

// Checks that the inputs belong together: one questionnaire, municipality and
// period, one file per party, a previous picture of an earlier month and an
// existing output of the same month. Errors name the difference.
void check_inputs_belong_together(const MergeInputs& inputs, Diagnostics& diagnostics);

// The joint picture. Parties of the questionnaire with no file are recorded
// in saknade_parter (and warned about). Assumes check_inputs_belong_together
// found no errors. `carried`, when given, says what came from `previous`.
JointReport merge_reports(const MergeInputs& inputs, const Questionnaire& q, Diagnostics& diagnostics,
                          Carried* carried = nullptr);

}  // namespace lagesbild
