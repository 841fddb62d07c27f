// SPDX-License-Identifier: EUPL-1.2
// The program's surroundings on Windows.
// clang-format off
#include <windows.h>  // first: the headers below need its types
// clang-format on

#include <conio.h>
#include <fcntl.h>
#include <io.h>
#include <shellapi.h>

#include <cstdio>
#include <cstdlib>

#include "core/os/program.hpp"
#include "core/os/text_windows.hpp"

namespace lagesbild {

namespace {

UINT g_console_output_cp = 0;  // the console's code page before ours, restored at exit

void restore_console() {
  if (g_console_output_cp != 0) SetConsoleOutputCP(g_console_output_cp);
}

}  // namespace

std::vector<std::string> program_arguments(int argc, char** argv) {
  int count = 0;
  LPWSTR* wide_argv = CommandLineToArgvW(GetCommandLineW(), &count);
  if (!wide_argv) return {argv, argv + argc};
  std::vector<std::string> arguments;
  for (int i = 0; i < count; ++i) arguments.push_back(windows::utf8(wide_argv[i]));
  LocalFree(wide_argv);
  return arguments;
}

std::string executable_path(const char* argv0) {
  std::wstring buffer(32768, L'\0');
  const DWORD n = GetModuleFileNameW(nullptr, buffer.data(), static_cast<DWORD>(buffer.size()));
  if (n > 0 && n < buffer.size()) return windows::utf8(std::wstring_view(buffer.data(), n));
  return argv0 ? argv0 : "lagesbild.exe";
}

void prepare_standard_streams() {
  // Bytes as written: no LF -> CRLF, so documents and golden outputs are the
  // same as on Linux, and a file redirected with > is UTF-8 as it should be.
  _setmode(_fileno(stdout), _O_BINARY);
  _setmode(_fileno(stderr), _O_BINARY);
  // A console shows UTF-8 (å, ä, ö, ·, –) while lagesbild runs.
  DWORD mode = 0;
  if (GetConsoleMode(GetStdHandle(STD_OUTPUT_HANDLE), &mode) || GetConsoleMode(GetStdHandle(STD_ERROR_HANDLE), &mode)) {
    g_console_output_cp = GetConsoleOutputCP();
    if (g_console_output_cp != CP_UTF8 && SetConsoleOutputCP(CP_UTF8)) {
      std::atexit(restore_console);
    } else {
      g_console_output_cp = 0;
    }
  }
}

bool stdout_is_terminal() {
  DWORD mode = 0;
  return GetConsoleMode(GetStdHandle(STD_OUTPUT_HANDLE), &mode) != 0;
}

bool console_closes_on_exit() {
  // Only lagesbild itself attached to its console: Explorer made the window
  // for it, and it closes when lagesbild ends.
  DWORD processes[2];
  return stdout_is_terminal() && GetConsoleProcessList(processes, 2) == 1;
}

char wait_for_key() {
  FlushConsoleInputBuffer(GetStdHandle(STD_INPUT_HANDLE));
  const int key = _getch();
  if (key == 0 || key == 0xE0) {  // a function or arrow key: a second code follows
    (void)_getch();
    return 0;
  }
  if (key >= 'A' && key <= 'Z') return static_cast<char>(key - 'A' + 'a');
  return key >= 'a' && key <= 'z' ? static_cast<char>(key) : 0;
}

std::optional<std::string> environment_variable(const char* name) {
  const std::wstring wide_name = windows::wide(name);
  const DWORD n = GetEnvironmentVariableW(wide_name.c_str(), nullptr, 0);
  if (n == 0) return std::nullopt;
  std::wstring value(n, L'\0');
  const DWORD written = GetEnvironmentVariableW(wide_name.c_str(), value.data(), n);
  value.resize(written);
  return windows::utf8(value);
}

char path_list_separator() {
  return ';';
}

bool running_as_root() {
  return false;
}

std::vector<std::string> chromium_candidates() {
  std::vector<std::string> candidates;
  const auto add = [&](const char* folder_variable, const char* rest) {
    if (const auto folder = environment_variable(folder_variable)) candidates.push_back(*folder + rest);
  };
  // Edge first: it is on every Windows 10 and 11 PC.
  add("ProgramFiles(x86)", "\\Microsoft\\Edge\\Application\\msedge.exe");
  add("ProgramFiles", "\\Microsoft\\Edge\\Application\\msedge.exe");
  add("ProgramFiles", "\\Google\\Chrome\\Application\\chrome.exe");
  add("ProgramFiles(x86)", "\\Google\\Chrome\\Application\\chrome.exe");
  add("LOCALAPPDATA", "\\Google\\Chrome\\Application\\chrome.exe");
  return candidates;
}

}  // namespace lagesbild
