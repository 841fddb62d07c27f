// SPDX-License-Identifier: EUPL-1.2
#pragma once

namespace lagesbild::cli {

// Parses the command line, runs the subcommand and returns the exit code.
int run(int argc, char** argv);

}  // namespace lagesbild::cli
