// SPDX-License-Identifier: EUPL-1.2
// The program's surroundings that differ between platforms: its arguments,
// its own path, the console, environment variables and where browsers live.
// program_posix.cpp and program_windows.cpp answer; all text is UTF-8.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace lagesbild {

// The command line as UTF-8 (on Windows from GetCommandLineW: the ANSI
// `argv` would have lost every letter outside the code page).
std::vector<std::string> program_arguments(int argc, char** argv);

// The running program's own file (to find the questionnaires beside it).
std::string executable_path(const char* argv0);

// Standard output and error carry bytes exactly as written (Windows: binary
// mode, no CRLF) and a console shows UTF-8 (Windows: the console's code
// page is UTF-8 while lagesbild runs, and restored afterwards).
void prepare_standard_streams();

bool stdout_is_terminal();

// True when lagesbild has a console window of its own that closes when it
// ends: on Windows, started from Explorer (a file dropped on the .exe, a
// double click) rather than from PowerShell or cmd. Never on POSIX.
bool console_closes_on_exit();
// Waits for a key press in that console: the key, an ASCII letter in lower
// case, or 0 for any other key (and on POSIX, which never waits).
char wait_for_key();

// An environment variable's value as UTF-8; nothing when unset.
std::optional<std::string> environment_variable(const char* name);
// What separates the folders of a list such as LAGESBILD_MALLAR: ':' on
// POSIX, ';' on Windows (C:\ has a colon).
char path_list_separator();

// Chromium's sandbox cannot run as root on Linux; Windows has no such limit.
bool running_as_root();

// Where a Chromium-based browser is usually found: program names looked up
// on PATH (POSIX), or full paths of Microsoft Edge and Google Chrome (Windows).
std::vector<std::string> chromium_candidates();

}  // namespace lagesbild
