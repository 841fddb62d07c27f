// SPDX-License-Identifier: EUPL-1.2
#include "core/os/atomic_file.hpp"

#include <fmt/format.h>

namespace lagesbild {

bool file_exists(const std::string& path) {
  return file_kind(path) != FileKind::Missing;
}

FileMode mode_for_output(const std::vector<std::string>& inputs, FileMode fallback) {
  FileMode mode = 0666;
  bool any = false;
  for (const auto& input : inputs) {
    if (const auto bits = permission_bits(input)) {
      mode &= *bits;
      any = true;
    }
  }
  return any ? (mode & 0666) : fallback;
}

std::optional<std::string> write_file_atomically(const std::string& path, std::string_view content, FileMode mode,
                                                 Overwrite overwrite) {
  switch (file_kind(path)) {
    case FileKind::Folder:
      return fmt::format("{} är en mapp; ange ett filnamn", path);
    case FileKind::Link:
      return fmt::format("{} är en symbolisk länk och skrivs inte över; ange filen den pekar på", path);
    case FileKind::Other:
      return fmt::format("{} är ingen vanlig fil och skrivs inte över", path);
    case FileKind::Regular:
      if (overwrite == Overwrite::Never) return fmt::format("{} finns redan och skrivs inte över", path);
      break;
    case FileKind::Missing:
      break;
  }
  return write_beside_and_rename(path, content, mode, overwrite);
}

}  // namespace lagesbild
