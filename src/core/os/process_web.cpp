// SPDX-License-Identifier: EUPL-1.2
// The web page (WebAssembly in a browser tab) can start no program: PDF is
// made by the browser's own print dialog instead of WeasyPrint or Chromium.
#include "core/os/process.hpp"

namespace lagesbild {

ProgramResult run_program(const std::vector<std::string>& /*argv*/, int /*timeout_seconds*/,
                          const std::vector<std::string>& /*environment*/) {
  return {};  // started = false: "not installed", as for a missing program
}

}  // namespace lagesbild
