// SPDX-License-Identifier: EUPL-1.2
// The exit codes, documented in lagesbild(1). Cron jobs rely on them.
#pragma once

namespace lagesbild::cli {

enum ExitCode : int {
  kOk = 0,              // done; files valid (warnings allowed)
  kInvalidInput = 1,    // a file has errors, or inputs do not belong together
  kUsage = 2,           // wrong use of the command, or a file that cannot be read at all
  kCannotWrite = 3,     // an output file could not be written or already exists
  kMissingProgram = 4,  // an external program (WeasyPrint for PDF) is missing or failed
  kInternal = 70,       // a bug: please report it
};

}  // namespace lagesbild::cli
