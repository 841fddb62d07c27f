// Merging the parties' own pictures into the joint picture (FORMAT.md §3),
// carrying open actions from last month and keeping the meeting's work when
// a joint picture is merged again.
#pragma once

#include <string>
#include <vector>

#include "core/report_loader.hpp"

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
// found no errors.
JointReport merge_reports(const MergeInputs& inputs, const Questionnaire& q, Diagnostics& diagnostics);

// A checksum over the parties' parts of a joint picture (provenance, their
// trends, observations and assessments): what merge writes as `underlag`.
std::string party_material_fingerprint(const JointReport& joint);

// The areas whose parties' parts differ between two joint pictures.
std::vector<std::string> areas_with_different_material(const JointReport& a, const JointReport& b);

// The file name of the joint picture, e.g. "2026-11_alvdalen_gemensam.yaml".
std::string joint_file_name(const Period& period, const std::string& municipality);

}  // namespace lagesbild
