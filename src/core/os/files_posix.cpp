// SPDX-License-Identifier: EUPL-1.2
// The file system on Linux and other POSIX systems.
#include <fcntl.h>
#include <fmt/format.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "core/os/cleanup.hpp"
#include "core/os/files.hpp"

namespace lagesbild {

namespace {

std::string reason(int error) {
  switch (error) {
    case EACCES:
    case EPERM:
      return "behörighet saknas att skriva i mappen";
    case ENOSPC:
      return "disken är full";
    case EDQUOT:
      return "diskkvoten är slut";
    case ENOENT:
      return "mappen finns inte";
    case EROFS:
      return "mappen är skrivskyddad";
    case EISDIR:
      return "det är en mapp";
    default:
      return std::strerror(error);
  }
}

bool write_all(int fd, std::string_view content) {
  while (!content.empty()) {
    const ssize_t n = ::write(fd, content.data(), content.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    content.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

}  // namespace

FileKind file_kind(const std::string& path) {
  struct stat st {};
  if (::lstat(path.c_str(), &st) != 0) return FileKind::Missing;
  if (S_ISDIR(st.st_mode)) return FileKind::Folder;
  if (S_ISLNK(st.st_mode)) return FileKind::Link;
  return S_ISREG(st.st_mode) ? FileKind::Regular : FileKind::Other;
}

std::optional<FileMode> permission_bits(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return std::nullopt;
  return static_cast<FileMode>(st.st_mode & 0777);
}

bool may_write_file(const std::string& path) {
  return ::access(path.c_str(), W_OK) == 0;
}

std::string make_private_folder(std::string_view prefix) {
  std::error_code ec;
  std::string pattern = (std::filesystem::temp_directory_path(ec) / (std::string(prefix) + "-XXXXXX")).string();
  return ::mkdtemp(pattern.data()) ? pattern : std::string();
}

std::optional<std::string> write_beside_and_rename(const std::string& path, std::string_view content, FileMode mode,
                                                   Overwrite overwrite) {
  namespace fs = std::filesystem;
  const fs::path target(path);
  const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::string temporary = (folder / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
  const int fd = ::mkstemp(temporary.data());
  if (fd >= 0) remove_on_interrupt(temporary);
  if (fd < 0) return fmt::format("kan inte skriva {}: {}", path, reason(errno));

  const mode_t mask = ::umask(0);
  ::umask(mask);
  std::optional<std::string> error;
  if (::fchmod(fd, static_cast<mode_t>(mode) & ~mask & 0666) != 0 || !write_all(fd, content) || ::fsync(fd) != 0) {
    error = fmt::format("kan inte skriva {}: {}", path, reason(errno));
  }
  if (::close(fd) != 0 && !error) error = fmt::format("kan inte skriva {}: {}", path, reason(errno));
  if (!error) {
    if (overwrite == Overwrite::Never) {
      // link() fails if the name exists, so a file created meanwhile is kept.
      if (::link(temporary.c_str(), path.c_str()) != 0) {
        const int e = errno;
        if (e == EEXIST || file_kind(path) != FileKind::Missing) {
          error = fmt::format("{} finns redan och skrivs inte över", path);
        } else if (::rename(temporary.c_str(), path.c_str()) != 0) {  // file systems without hard links
          error = fmt::format("kan inte skriva {}: {}", path, reason(errno));
        }
      }
    } else if (::rename(temporary.c_str(), path.c_str()) != 0) {
      error = fmt::format("kan inte skriva {}: {}", path, reason(errno));
    }
  }
  ::unlink(temporary.c_str());  // after link(), or on failure; harmless after rename()
  keep_on_interrupt(temporary);
  return error;
}

}  // namespace lagesbild
