// SPDX-License-Identifier: EUPL-1.2
// What to undo when the program is interrupted: temporary files and folders
// to remove and a child program to stop, so that an interrupted run leaves
// nothing behind. POSIX (cleanup_posix.cpp): SIGINT, SIGTERM and SIGHUP; the
// handler only calls async-signal-safe functions (unlink, rmdir, kill).
// Windows (cleanup_windows.cpp): Ctrl-C, Ctrl-Break, closing the console
// window, logoff and shutdown; the child runs in a job object.
#pragma once

#include <cstdint>
#include <string>

namespace lagesbild {

void install_cleanup_on_signals();

// A file or (empty at the end) folder to remove if interrupted; paths are
// removed in reverse order of registration, so files before their folder.
void remove_on_interrupt(const std::string& path);
void keep_on_interrupt(const std::string& path);

// A child process to stop if interrupted (0: none): its process id on POSIX
// (its process group is stopped), its job object's handle on Windows. While
// one runs, an interrupt stops the child and is only recorded: the caller
// cleans up in the ordinary way (its temporary folder may hold the child's
// own files) and then calls finish_if_interrupted().
void stop_on_interrupt(std::intptr_t child);

// What interrupted a child's run (a signal number, or the console event
// plus one on Windows), or 0.
int interrupted_signal();
// Ends the program as the interruption would have, after the caller's cleanup.
void finish_if_interrupted();

}  // namespace lagesbild
