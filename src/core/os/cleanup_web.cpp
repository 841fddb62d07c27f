// SPDX-License-Identifier: EUPL-1.2
// The web page has no signals and no child programs: a tab that is closed
// takes its in-memory files with it, so there is nothing to undo.
#include "core/os/cleanup.hpp"

namespace lagesbild {

void install_cleanup_on_signals() {}
void remove_on_interrupt(const std::string& /*path*/) {}
void keep_on_interrupt(const std::string& /*path*/) {}
void stop_on_interrupt(std::intptr_t /*child*/) {}
int interrupted_signal() {
  return 0;
}
void finish_if_interrupted() {}

}  // namespace lagesbild
