// What to undo when the program is interrupted (SIGINT, SIGTERM, SIGHUP):
// temporary files and folders to remove and a child program to stop, so that
// an interrupted run leaves nothing behind. The handler only calls
// async-signal-safe functions (unlink, rmdir, kill).
#pragma once

#include <sys/types.h>

#include <string>

namespace lagesbild {

void install_cleanup_on_signals();

// A file or (empty at the end) folder to remove if interrupted; paths are
// removed in reverse order of registration, so files before their folder.
void remove_on_interrupt(const std::string& path);
void keep_on_interrupt(const std::string& path);

// A child process to stop if interrupted (0: none).
void stop_on_interrupt(pid_t child);

}  // namespace lagesbild
