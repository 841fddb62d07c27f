// SPDX-License-Identifier: EUPL-1.2
// Writing output files so that nothing is ever half written or lost: a
// temporary file in the same folder, flushed, then renamed into place. The
// temporary file is removed on failure and on interruption (cleanup.hpp).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/os/files.hpp"

namespace lagesbild {

// Writes `content` to `path` with permission bits `mode` (before umask; on
// Windows the file has the access rights its folder gives new files).
// Returns an error message in Swedish on failure; the old file is untouched.
// Only an ordinary file is ever replaced: never a folder, a link or a device.
std::optional<std::string> write_file_atomically(const std::string& path, std::string_view content, FileMode mode,
                                                 Overwrite overwrite);

// The permission bits for a file derived from `inputs`: never more readable
// than the most protected input (the bitwise AND of their modes), and never
// more than 0666. `fallback` when no input has any (and on Windows).
FileMode mode_for_output(const std::vector<std::string>& inputs, FileMode fallback);

bool file_exists(const std::string& path);

}  // namespace lagesbild
