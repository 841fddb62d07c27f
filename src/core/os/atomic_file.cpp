#include "core/os/atomic_file.hpp"

#include "core/os/cleanup.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include <fmt/format.h>

namespace lagesbild {

namespace {

std::string reason(int error) {
  switch (error) {
    case EACCES:
    case EPERM: return "behörighet saknas att skriva i mappen";
    case ENOSPC: return "disken är full";
    case EDQUOT: return "diskkvoten är slut";
    case ENOENT: return "mappen finns inte";
    case EROFS: return "mappen är skrivskyddad";
    case EISDIR: return "det är en mapp";
    default: return std::strerror(error);
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

bool file_exists(const std::string& path) {
  struct stat st {};
  return ::lstat(path.c_str(), &st) == 0;
}

mode_t mode_for_output(const std::vector<std::string>& inputs, mode_t fallback) {
  mode_t mode = 0666;
  bool any = false;
  for (const auto& input : inputs) {
    struct stat st {};
    if (::stat(input.c_str(), &st) == 0) {
      mode &= st.st_mode & 0777;
      any = true;
    }
  }
  return any ? (mode & 0666) : fallback;
}

std::optional<std::string> write_file_atomically(const std::string& path, std::string_view content, mode_t mode,
                                                 Overwrite overwrite) {
  namespace fs = std::filesystem;
  struct stat existing {};
  if (::lstat(path.c_str(), &existing) == 0) {
    // Only ordinary files are replaced: never a folder, a link or a device.
    if (S_ISDIR(existing.st_mode)) return fmt::format("{} är en mapp; ange ett filnamn", path);
    if (S_ISLNK(existing.st_mode))
      return fmt::format("{} är en symbolisk länk och skrivs inte över; ange filen den pekar på", path);
    if (!S_ISREG(existing.st_mode)) return fmt::format("{} är ingen vanlig fil och skrivs inte över", path);
    if (overwrite == Overwrite::Never) return fmt::format("{} finns redan och skrivs inte över", path);
  }
  const fs::path target(path);
  const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::string temporary = (folder / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
  const int fd = ::mkstemp(temporary.data());
  if (fd >= 0) remove_on_interrupt(temporary);
  if (fd < 0) return fmt::format("kan inte skriva {}: {}", path, reason(errno));

  const mode_t mask = ::umask(0);
  ::umask(mask);
  std::optional<std::string> error;
  if (::fchmod(fd, mode & ~mask & 0666) != 0 || !write_all(fd, content) || ::fsync(fd) != 0) {
    error = fmt::format("kan inte skriva {}: {}", path, reason(errno));
  }
  if (::close(fd) != 0 && !error) error = fmt::format("kan inte skriva {}: {}", path, reason(errno));
  if (!error) {
    if (overwrite == Overwrite::Never) {
      // link() fails if the name exists, so a file created meanwhile is kept.
      if (::link(temporary.c_str(), path.c_str()) != 0) {
        const int e = errno;
        if (e == EEXIST) {
          error = fmt::format("{} finns redan och skrivs inte över", path);
        } else if (file_exists(path)) {
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
