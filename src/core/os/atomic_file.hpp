// Writing output files so that nothing is ever half written or lost: a
// temporary file in the same folder, flushed, then renamed into place. The
// temporary file is removed on failure and on SIGINT/SIGTERM.
#pragma once

#include <sys/types.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lagesbild {

enum class Overwrite { Never, Allowed };

// Writes `content` to `path` with permission bits `mode` (before umask).
// Returns an error message in Swedish on failure; the old file is untouched.
std::optional<std::string> write_file_atomically(const std::string& path, std::string_view content, mode_t mode,
                                                 Overwrite overwrite);

// The permission bits for a file derived from `inputs`: never more readable
// than the most protected input (the bitwise AND of their modes), and never
// more than 0666.
mode_t mode_for_output(const std::vector<std::string>& inputs, mode_t fallback);

bool file_exists(const std::string& path);

}  // namespace lagesbild
