// SPDX-License-Identifier: EUPL-1.2
// The program's surroundings on Linux and other POSIX systems.
#include <unistd.h>

#include <climits>
#include <cstdlib>

#include "core/os/program.hpp"

namespace lagesbild {

std::vector<std::string> program_arguments(int argc, char** argv) {
  return {argv, argv + argc};
}

std::string executable_path(const char* argv0) {
  char buffer[PATH_MAX];
  const ssize_t n = ::readlink("/proc/self/exe", buffer, sizeof(buffer) - 1);
  if (n > 0) return std::string(buffer, static_cast<std::size_t>(n));
  return argv0 ? argv0 : "lagesbild";
}

void prepare_standard_streams() {}

bool stdout_is_terminal() {
  return ::isatty(STDOUT_FILENO) != 0;
}

bool console_closes_on_exit() {
  return false;
}

char wait_for_key() {
  return 0;
}

std::optional<std::string> environment_variable(const char* name) {
  const char* value = std::getenv(name);
  if (!value) return std::nullopt;
  return std::string(value);
}

char path_list_separator() {
  return ':';
}

bool running_as_root() {
  return ::geteuid() == 0;
}

std::vector<std::string> chromium_candidates() {
  return {"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "microsoft-edge"};
}

}  // namespace lagesbild
