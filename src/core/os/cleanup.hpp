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

// A child process to stop if interrupted (0: none). While one runs, an
// interrupt stops the child and is only recorded: the caller cleans up in
// the ordinary way (its temporary folder may hold the child's own files)
// and then calls finish_if_interrupted().
void stop_on_interrupt(pid_t child);

// The signal that interrupted a child's run, or 0.
int interrupted_signal();
// Ends the program by the recorded signal, after the caller's cleanup.
void finish_if_interrupted();

}  // namespace lagesbild
