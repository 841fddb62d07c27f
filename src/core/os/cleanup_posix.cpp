// SPDX-License-Identifier: EUPL-1.2
#include <signal.h>
#include <unistd.h>

#include <csignal>
#include <cstring>

#include "core/os/cleanup.hpp"

namespace lagesbild {

namespace {

constexpr int kSlots = 8;
constexpr std::size_t kPathLength = 4096;
char g_paths[kSlots][kPathLength] = {};
volatile sig_atomic_t g_child = 0;
volatile sig_atomic_t g_interrupted = 0;

void on_signal(int signal_number) {
  if (g_child > 0) {
    // Stop it for certain; the waiting caller removes everything afterwards.
    ::kill(-static_cast<pid_t>(g_child), SIGKILL);  // its process group: what it started, too
    ::kill(static_cast<pid_t>(g_child), SIGKILL);
    g_interrupted = signal_number;
    return;
  }
  for (int i = kSlots - 1; i >= 0; --i) {
    if (g_paths[i][0] == '\0') continue;
    if (::unlink(g_paths[i]) != 0) ::rmdir(g_paths[i]);
  }
  std::signal(signal_number, SIG_DFL);
  std::raise(signal_number);
}

// Changes to the table happen with the signals blocked, so the handler
// never sees half a path.
class SignalsBlocked {
 public:
  SignalsBlocked() {
    sigset_t block;
    sigemptyset(&block);
    sigaddset(&block, SIGINT);
    sigaddset(&block, SIGTERM);
    sigaddset(&block, SIGHUP);
    sigprocmask(SIG_BLOCK, &block, &previous_);
  }
  ~SignalsBlocked() { sigprocmask(SIG_SETMASK, &previous_, nullptr); }
  SignalsBlocked(const SignalsBlocked&) = delete;
  SignalsBlocked& operator=(const SignalsBlocked&) = delete;

 private:
  sigset_t previous_;
};

}  // namespace

void install_cleanup_on_signals() {
  std::signal(SIGINT, on_signal);
  std::signal(SIGTERM, on_signal);
  std::signal(SIGHUP, on_signal);
}

void remove_on_interrupt(const std::string& path) {
  if (path.size() >= kPathLength) return;
  SignalsBlocked blocked;
  for (auto& slot : g_paths) {
    if (slot[0] == '\0') {
      std::memcpy(slot, path.c_str(), path.size() + 1);
      return;
    }
  }
}

void keep_on_interrupt(const std::string& path) {
  SignalsBlocked blocked;
  for (auto& slot : g_paths)
    if (path == slot) slot[0] = '\0';
}

void stop_on_interrupt(std::intptr_t child) {
  g_child = static_cast<sig_atomic_t>(child);
}

int interrupted_signal() {
  return g_interrupted;
}

void finish_if_interrupted() {
  if (g_interrupted == 0) return;
  const int signal_number = g_interrupted;
  on_signal(signal_number);  // removes what is still registered, then ends by the signal
}

}  // namespace lagesbild
