// SPDX-License-Identifier: EUPL-1.2
// lagesbild: the whole program is the core library plus the command line.
#include "cli/app.hpp"

int main(int argc, char** argv) {
  return lagesbild::cli::run(argc, argv);
}
