#include "core/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <filesystem>

#include <fmt/format.h>

namespace lagesbild {

namespace {

// The temporary file being written, for the signal handler (which may only
// call async-signal-safe functions such as unlink).
char g_temporary_path[4096] = {0};

void on_signal(int signal_number) {
  if (g_temporary_path[0] != '\0') unlink(g_temporary_path);
  std::signal(signal_number, SIG_DFL);
  std::raise(signal_number);
}

void remember_temporary(const std::string& path) {
  if (path.size() < sizeof(g_temporary_path)) {
    std::memcpy(g_temporary_path, path.c_str(), path.size() + 1);
  }
}

void forget_temporary() { g_temporary_path[0] = '\0'; }

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

void install_cleanup_on_signals() {
  std::signal(SIGINT, on_signal);
  std::signal(SIGTERM, on_signal);
  std::signal(SIGHUP, on_signal);
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
  // Block the signals while the name is recorded, so the handler sees it whole.
  sigset_t block, previous;
  sigemptyset(&block);
  sigaddset(&block, SIGINT);
  sigaddset(&block, SIGTERM);
  sigaddset(&block, SIGHUP);
  sigprocmask(SIG_BLOCK, &block, &previous);
  const int fd = ::mkstemp(temporary.data());
  if (fd >= 0) remember_temporary(temporary);
  sigprocmask(SIG_SETMASK, &previous, nullptr);
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
  forget_temporary();
  return error;
}

}  // namespace lagesbild
