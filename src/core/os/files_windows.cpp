// SPDX-License-Identifier: EUPL-1.2
// The file system on Windows. A file's protection is the access control
// list it inherits from its folder (docs/it.md: "The data-protection design"); POSIX modes are
// ignored. Links, junctions and every other reparse point are never
// followed by a folder scan nor written through.
#include <fmt/format.h>
#include <windows.h>

#include <filesystem>
#include <random>

#include "core/os/cleanup.hpp"
#include "core/os/files.hpp"
#include "core/os/text_windows.hpp"
#include "core/os/utf8_path.hpp"

namespace lagesbild {

namespace {

std::string reason(DWORD error) {
  switch (error) {
    case ERROR_ACCESS_DENIED:
    case ERROR_SHARING_VIOLATION:
    case ERROR_LOCK_VIOLATION:
      return "behörighet saknas att skriva i mappen, eller filen är öppen i ett annat program";
    case ERROR_DISK_FULL:
    case ERROR_HANDLE_DISK_FULL:
      return "disken är full";
    case ERROR_PATH_NOT_FOUND:
    case ERROR_FILE_NOT_FOUND:
    case ERROR_INVALID_DRIVE:
    case ERROR_BAD_NETPATH:
      return "mappen finns inte";
    case ERROR_WRITE_PROTECT:
      return "mappen är skrivskyddad";
    case ERROR_INVALID_NAME:
      return "namnet är inte tillåtet i Windows (till exempel : * ? \" < > |)";
    default:
      return fmt::format("Windows-fel {}", error);
  }
}

std::string random_suffix() {
  static std::mt19937 generator{std::random_device{}() ^ static_cast<unsigned>(GetCurrentProcessId())};
  static constexpr char kLetters[] = "abcdefghijklmnopqrstuvwxyz0123456789";
  std::string out;
  for (int i = 0; i < 6; ++i) out += kLetters[generator() % (sizeof(kLetters) - 1)];
  return out;
}

bool write_all(HANDLE file, std::string_view content) {
  while (!content.empty()) {
    const DWORD chunk = static_cast<DWORD>(std::min<std::size_t>(content.size(), 1U << 20));
    DWORD written = 0;
    if (!WriteFile(file, content.data(), chunk, &written, nullptr)) return false;
    content.remove_prefix(written);
  }
  return true;
}

}  // namespace

FileKind file_kind(const std::string& path) {
  WIN32_FILE_ATTRIBUTE_DATA data{};
  if (!GetFileAttributesExW(windows::wide(path).c_str(), GetFileExInfoStandard, &data)) {
    // NUL, CON and the other devices have no attributes but do exist.
    const HANDLE h =
        CreateFileW(windows::wide(path).c_str(), 0, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr,
                    OPEN_EXISTING, FILE_FLAG_OPEN_REPARSE_POINT | FILE_FLAG_BACKUP_SEMANTICS, nullptr);
    if (h == INVALID_HANDLE_VALUE) return FileKind::Missing;
    CloseHandle(h);
    return FileKind::Other;
  }
  if (data.dwFileAttributes & FILE_ATTRIBUTE_REPARSE_POINT) return FileKind::Link;
  if (data.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY) return FileKind::Folder;
  if (data.dwFileAttributes & FILE_ATTRIBUTE_DEVICE) return FileKind::Other;
  return FileKind::Regular;
}

std::optional<FileMode> permission_bits(const std::string&) {
  return std::nullopt;
}

bool may_write_file(const std::string& path) {
  const DWORD attributes = GetFileAttributesW(windows::wide(path).c_str());
  if (attributes == INVALID_FILE_ATTRIBUTES || (attributes & FILE_ATTRIBUTE_READONLY)) return false;
  const HANDLE h =
      CreateFileW(windows::wide(path).c_str(), GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                  nullptr, OPEN_EXISTING, FILE_FLAG_OPEN_REPARSE_POINT, nullptr);
  if (h == INVALID_HANDLE_VALUE) return false;
  CloseHandle(h);
  return true;
}

std::string make_private_folder(std::string_view prefix) {
  // The user's own temporary folder (%TEMP%, under their profile): only they
  // and administrators can open it.
  std::error_code ec;
  const std::filesystem::path temp = std::filesystem::temp_directory_path(ec);
  if (ec) return {};
  for (int attempt = 0; attempt < 100; ++attempt) {
    const std::filesystem::path folder = temp / path_from_utf8(std::string(prefix) + "-" + random_suffix());
    if (CreateDirectoryW(folder.c_str(), nullptr)) return utf8_of(folder);
    if (GetLastError() != ERROR_ALREADY_EXISTS) return {};
  }
  return {};
}

std::optional<std::string> write_beside_and_rename(const std::string& path, std::string_view content, FileMode,
                                                   Overwrite overwrite) {
  const std::filesystem::path target = path_from_utf8(path);
  const std::filesystem::path folder = target.has_parent_path() ? target.parent_path() : std::filesystem::path(L".");
  HANDLE file = INVALID_HANDLE_VALUE;
  std::filesystem::path temporary;
  for (int attempt = 0; attempt < 100 && file == INVALID_HANDLE_VALUE; ++attempt) {
    temporary = folder / (L"." + target.filename().wstring() + L".tmp-" + windows::wide(random_suffix()));
    // FILE_SHARE_DELETE: an interruption can remove it while it is open.
    file = CreateFileW(temporary.c_str(), GENERIC_WRITE, FILE_SHARE_DELETE, nullptr, CREATE_NEW, FILE_ATTRIBUTE_NORMAL,
                       nullptr);
    if (file == INVALID_HANDLE_VALUE && GetLastError() != ERROR_FILE_EXISTS) break;
  }
  if (file == INVALID_HANDLE_VALUE) return fmt::format("kan inte skriva {}: {}", path, reason(GetLastError()));
  const std::string temporary_utf8 = utf8_of(temporary);
  remove_on_interrupt(temporary_utf8);

  std::optional<std::string> error;
  if (!write_all(file, content) || !FlushFileBuffers(file))
    error = fmt::format("kan inte skriva {}: {}", path, reason(GetLastError()));
  if (!CloseHandle(file) && !error) error = fmt::format("kan inte skriva {}: {}", path, reason(GetLastError()));
  if (!error) {
    // Without MOVEFILE_REPLACE_EXISTING the move fails when the name exists,
    // so a file created meanwhile is kept.
    const DWORD flags = MOVEFILE_WRITE_THROUGH | (overwrite == Overwrite::Allowed ? MOVEFILE_REPLACE_EXISTING : 0);
    if (!MoveFileExW(temporary.c_str(), target.c_str(), flags)) {
      const DWORD e = GetLastError();
      error = e == ERROR_ALREADY_EXISTS || e == ERROR_FILE_EXISTS
                  ? fmt::format("{} finns redan och skrivs inte över", path)
                  : fmt::format("kan inte skriva {}: {}", path, reason(e));
    }
  }
  if (error) DeleteFileW(temporary.c_str());
  keep_on_interrupt(temporary_utf8);
  return error;
}

}  // namespace lagesbild
