// SPDX-License-Identifier: EUPL-1.2
// `lagesbild merge` as one decision: the inputs are read and checked, and
// the result is either the joint picture to write or the reason nothing may
// be written. The command line only prints it and writes the file.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/merge/merge.hpp"

namespace lagesbild {

struct MergeRequest {
  std::vector<std::string> files;  // the parties' pictures
  std::string previous;            // last month's joint picture (--previous), or empty
  std::string output;              // -o, or empty for the default name beside the first file
  // Where the questionnaire's JSON Schemas are installed: the joint file's
  // first line names its schema for editors (report/schema_location).
  std::vector<std::string> schema_folders;
};

// Why nothing may be written; the command maps each to its exit code.
enum class MergeFailure {
  None,
  Usage,         // wrong use, or an input that cannot be read at all
  InvalidInput,  // an input has errors, inputs do not belong together, or work would be lost
  CannotWrite,   // the output is a folder or another kind of file
  Internal,      // our own result failed our own checks: a bug
};

struct MergePlan {
  MergeFailure failure = MergeFailure::None;
  std::string closing_message;          // with a failure: what to say last, in Swedish
  Diagnostics diagnostics;              // warnings, and with a failure the problems behind it
  std::string output;                   // the file to write
  std::string text;                     // the joint picture, as it will be written
  std::vector<std::string> read_files;  // every file read: the output is no more readable than these
  bool updates_existing = false;        // the output exists and keeps the meeting's work
  std::size_t carried = 0;              // open actions from earlier months in the plan
  Carried proposals;                    // what this run brought from --previous
  JointReport joint;

  MergePlan& refuse(MergeFailure why, std::string message, Diagnostics problems = {});
};

MergePlan plan_merge(const MergeRequest& request, QuestionnaireCatalog& catalog);

// What is said once the joint picture is written ("Skrev ..."): the file,
// the open actions carried, and what --previous proposed this time, so the
// meeting knows what to confirm.
std::string merge_written_text(const MergePlan& plan);

}  // namespace lagesbild
