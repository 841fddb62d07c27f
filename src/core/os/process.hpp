// SPDX-License-Identifier: EUPL-1.2
// Running an external program (WeasyPrint) without a shell, with a time limit.
#pragma once

#include <string>
#include <vector>

namespace lagesbild {

struct ProgramResult {
  bool started = false;  // false: the program is not installed (or not executable)
  bool timed_out = false;
  int exit_code = -1;
  std::string output;  // standard output and error, for messages
};

// `environment`: "NAME=value" settings added to the program's environment.
ProgramResult run_program(const std::vector<std::string>& argv, int timeout_seconds,
                          const std::vector<std::string>& environment = {});

}  // namespace lagesbild
