// SPDX-License-Identifier: EUPL-1.2
// What every subcommand needs from the program around it.
#pragma once

#include <cstdio>
#include <string>

#include "core/diag/diagnostic.hpp"
#include "core/report/questionnaire.hpp"

namespace lagesbild::cli {

struct Context {
  std::string executable;  // argv[0] resolved, to find installed questionnaires
  int exit_code = 0;       // set by the subcommand that ran
  QuestionnaireCatalog catalog() const { return QuestionnaireCatalog(default_questionnaire_folders(executable)); }
};

// Prints diagnostics for people to `out` (sorted, with excerpts).
// Sorted by position and at most limits::kMaxListedProblems per file, with a
// line saying how many more (listed() in diag/diagnostic_format).
void print_diagnostics(std::FILE* out, Diagnostics diagnostics);
// "lagesbild: fel: ..." on standard error.
void print_error(const std::string& message);

}  // namespace lagesbild::cli
