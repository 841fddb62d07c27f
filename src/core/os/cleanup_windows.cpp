// SPDX-License-Identifier: EUPL-1.2
// Interruption on Windows: Ctrl-C, Ctrl-Break, closing the console window,
// logoff and shutdown arrive as console control events, on a thread of
// their own. A running child (WeasyPrint, a browser) is stopped through its
// job object; otherwise the registered temporary files are removed (they
// are opened with FILE_SHARE_DELETE, so even an open one goes) and the
// program ends with STATUS_CONTROL_C_EXIT, as Windows ends programs on Ctrl-C.
#include <windows.h>

#include <atomic>
#include <cstring>
#include <mutex>

#include "core/os/cleanup.hpp"
#include "core/os/text_windows.hpp"

namespace lagesbild {

namespace {

constexpr int kSlots = 8;
constexpr std::size_t kPathLength = 4096;
wchar_t g_paths[kSlots][kPathLength] = {};
std::mutex g_lock;
std::atomic<std::intptr_t> g_child{0};  // a job object's handle, as a number
std::atomic<int> g_interrupted{0};
constexpr UINT kInterruptedExitCode = 0xC000013A;  // STATUS_CONTROL_C_EXIT

void remove_registered() {
  const std::lock_guard<std::mutex> locked(g_lock);
  for (int i = kSlots - 1; i >= 0; --i) {
    if (g_paths[i][0] == L'\0') continue;
    if (!DeleteFileW(g_paths[i])) RemoveDirectoryW(g_paths[i]);
  }
}

BOOL WINAPI on_console_event(DWORD event) {
  const HANDLE child = reinterpret_cast<HANDLE>(g_child.load());
  if (child) {
    // Stop it and everything it started; the waiting caller cleans up.
    g_interrupted = static_cast<int>(event) + 1;
    TerminateJobObject(child, kInterruptedExitCode);
    if (event == CTRL_C_EVENT || event == CTRL_BREAK_EVENT) return TRUE;
    Sleep(2000);  // closing the window: a few seconds for the caller's cleanup
    return TRUE;
  }
  remove_registered();
  ExitProcess(kInterruptedExitCode);
}

}  // namespace

void install_cleanup_on_signals() {
  SetConsoleCtrlHandler(on_console_event, TRUE);
}

void remove_on_interrupt(const std::string& path) {
  const std::wstring wide = windows::wide(path);
  if (wide.size() >= kPathLength) return;
  const std::lock_guard<std::mutex> locked(g_lock);
  for (auto& slot : g_paths) {
    if (slot[0] == L'\0') {
      std::memcpy(slot, wide.c_str(), (wide.size() + 1) * sizeof(wchar_t));
      return;
    }
  }
}

void keep_on_interrupt(const std::string& path) {
  const std::wstring wide = windows::wide(path);
  const std::lock_guard<std::mutex> locked(g_lock);
  for (auto& slot : g_paths)
    if (wide == slot) slot[0] = L'\0';
}

void stop_on_interrupt(std::intptr_t child) {
  g_child = child;
}

int interrupted_signal() {
  return g_interrupted;
}

void finish_if_interrupted() {
  if (g_interrupted == 0) return;
  remove_registered();
  ExitProcess(kInterruptedExitCode);
}

}  // namespace lagesbild
