// SPDX-License-Identifier: EUPL-1.2
// Running a program on Windows: CreateProcessW with its output on a pipe, in
// a job object, so that a time-out or an interruption stops it and every
// process it started (a browser starts several).
#include <windows.h>

#include <algorithm>
#include <cwctype>
#include <thread>

#include "core/os/cleanup.hpp"
#include "core/os/process.hpp"
#include "core/os/text_windows.hpp"

namespace lagesbild {

namespace {

// One argument quoted as the C runtime (and CommandLineToArgvW) reads it back.
std::wstring quoted(const std::wstring& argument) {
  if (!argument.empty() && argument.find_first_of(L" \t\n\v\"") == std::wstring::npos) return argument;
  std::wstring out = L"\"";
  std::size_t backslashes = 0;
  for (const wchar_t c : argument) {
    if (c == L'\\') {
      ++backslashes;
      continue;
    }
    out.append(c == L'"' ? backslashes * 2 + 1 : backslashes, L'\\');
    backslashes = 0;
    out += c;
  }
  out.append(backslashes * 2, L'\\');
  return out + L"\"";
}

std::wstring upper(std::wstring text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](wchar_t c) { return static_cast<wchar_t>(std::towupper(c)); });
  return text;
}

// Our environment with `settings` ("NAME=value") added or replacing, as
// CreateProcessW's UNICODE environment block.
std::wstring environment_block(const std::vector<std::string>& settings) {
  std::vector<std::wstring> entries;
  if (wchar_t* current = GetEnvironmentStringsW()) {
    for (const wchar_t* p = current; *p; p += wcslen(p) + 1) entries.emplace_back(p);
    FreeEnvironmentStringsW(current);
  }
  for (const auto& setting : settings) {
    const std::wstring wide = windows::wide(setting);
    const std::wstring name = upper(wide.substr(0, wide.find(L'=') + 1));
    entries.erase(std::remove_if(entries.begin(), entries.end(),
                                 [&](const std::wstring& e) { return upper(e.substr(0, name.size())) == name; }),
                  entries.end());
    entries.push_back(wide);
  }
  std::wstring block;
  for (const auto& e : entries) block += e + L'\0';
  return block + L'\0';
}

}  // namespace

ProgramResult run_program(const std::vector<std::string>& argv, int timeout_seconds,
                          const std::vector<std::string>& environment) {
  ProgramResult result;
  if (argv.empty()) return result;
  std::wstring command_line;
  for (const auto& a : argv) command_line += (command_line.empty() ? L"" : L" ") + quoted(windows::wide(a));

  SECURITY_ATTRIBUTES inherit{sizeof(SECURITY_ATTRIBUTES), nullptr, TRUE};
  HANDLE read_end = nullptr;
  HANDLE write_end = nullptr;
  if (!CreatePipe(&read_end, &write_end, &inherit, 0)) return result;
  SetHandleInformation(read_end, HANDLE_FLAG_INHERIT, 0);
  const HANDLE null_in =
      CreateFileW(L"NUL", GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE, &inherit, OPEN_EXISTING, 0, nullptr);

  // Closing the job's last handle (also when lagesbild itself dies) ends every process in it.
  const HANDLE job = CreateJobObjectW(nullptr, nullptr);
  JOBOBJECT_EXTENDED_LIMIT_INFORMATION limits{};
  limits.BasicLimitInformation.LimitFlags = JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE;
  if (job) SetInformationJobObject(job, JobObjectExtendedLimitInformation, &limits, sizeof(limits));

  STARTUPINFOW startup{};
  startup.cb = sizeof(startup);
  startup.dwFlags = STARTF_USESTDHANDLES;
  startup.hStdInput = null_in;
  startup.hStdOutput = write_end;
  startup.hStdError = write_end;
  PROCESS_INFORMATION process{};
  std::wstring block = environment_block(environment);
  const BOOL started = CreateProcessW(nullptr, command_line.data(), nullptr, nullptr, TRUE,
                                      CREATE_SUSPENDED | CREATE_NO_WINDOW | CREATE_UNICODE_ENVIRONMENT, block.data(),
                                      nullptr, &startup, &process);
  CloseHandle(write_end);
  if (null_in != INVALID_HANDLE_VALUE) CloseHandle(null_in);
  if (!started) {
    CloseHandle(read_end);
    if (job) CloseHandle(job);
    return result;
  }
  result.started = true;
  if (job) AssignProcessToJobObject(job, process.hProcess);
  stop_on_interrupt(reinterpret_cast<std::intptr_t>(job));
  ResumeThread(process.hThread);
  CloseHandle(process.hThread);

  // Anonymous pipes cannot wait with a time-out: a thread reads the output.
  std::thread reader([&] {
    char buffer[4096];
    DWORD n = 0;
    while (ReadFile(read_end, buffer, sizeof(buffer), &n, nullptr) && n > 0)
      if (result.output.size() < 64 * 1024) result.output.append(buffer, n);
  });
  const DWORD waited = WaitForSingleObject(process.hProcess, static_cast<DWORD>(timeout_seconds) * 1000);
  result.timed_out = waited == WAIT_TIMEOUT;
  // Whatever it left running (a browser's helpers) ends with it; then the pipe closes.
  if (job) {
    TerminateJobObject(job, 1);
  } else if (result.timed_out) {
    TerminateProcess(process.hProcess, 1);
  }
  WaitForSingleObject(process.hProcess, INFINITE);
  DWORD code = 0;
  if (!result.timed_out && GetExitCodeProcess(process.hProcess, &code)) result.exit_code = static_cast<int>(code);
  reader.join();
  stop_on_interrupt(0);
  CloseHandle(read_end);
  CloseHandle(process.hProcess);
  if (job) CloseHandle(job);
  return result;
}

}  // namespace lagesbild
