// SPDX-License-Identifier: EUPL-1.2
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>

#include "core/os/cleanup.hpp"
#include "core/os/process.hpp"

namespace lagesbild {

ProgramResult run_program(const std::vector<std::string>& argv, int timeout_seconds,
                          const std::vector<std::string>& environment) {
  ProgramResult result;
  int output_pipe[2];
  int exec_pipe[2];  // closed on exec; carries errno if exec fails
  if (::pipe(output_pipe) != 0) return result;
  if (::pipe2(exec_pipe, O_CLOEXEC) != 0) {
    ::close(output_pipe[0]);
    ::close(output_pipe[1]);
    return result;
  }
  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);

  const pid_t pid = ::fork();
  if (pid == 0) {
    // Its own process group, so that stopping it stops whatever it started.
    ::setpgid(0, 0);
    ::close(output_pipe[0]);
    ::close(exec_pipe[0]);
    ::dup2(output_pipe[1], STDOUT_FILENO);
    ::dup2(output_pipe[1], STDERR_FILENO);
    const int null_in = ::open("/dev/null", O_RDONLY);
    if (null_in >= 0) ::dup2(null_in, STDIN_FILENO);
    for (const auto& setting : environment) ::putenv(const_cast<char*>(setting.c_str()));
    ::execvp(args[0], args.data());
    const int e = errno;
    (void)!::write(exec_pipe[1], &e, sizeof(e));
    ::_exit(127);
  }
  ::close(output_pipe[1]);
  ::close(exec_pipe[1]);
  stop_on_interrupt(pid > 0 ? pid : 0);
  if (pid < 0) {
    ::close(output_pipe[0]);
    ::close(exec_pipe[0]);
    return result;
  }
  int exec_errno = 0;
  result.started = ::read(exec_pipe[0], &exec_errno, sizeof(exec_errno)) != static_cast<ssize_t>(sizeof(exec_errno));
  ::close(exec_pipe[0]);

  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeout_seconds);
  char buffer[4096];
  while (true) {
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) {
      ::kill(-pid, SIGKILL);
      ::kill(pid, SIGKILL);
      result.timed_out = true;
      break;
    }
    pollfd fd{output_pipe[0], POLLIN, 0};
    const int ready = ::poll(&fd, 1, static_cast<int>(std::min<long long>(left.count(), 1000)));
    if (ready < 0 && errno != EINTR) break;
    if (ready <= 0) continue;
    const ssize_t n = ::read(output_pipe[0], buffer, sizeof(buffer));
    if (n <= 0) break;  // the program closed its output: it has ended
    if (result.output.size() < 64 * 1024) result.output.append(buffer, static_cast<std::size_t>(n));
  }
  ::close(output_pipe[0]);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  stop_on_interrupt(0);
  if (!result.timed_out) result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return result;
}

}  // namespace lagesbild
