// SPDX-License-Identifier: EUPL-1.2
// Byte-level checks before any YAML is parsed: size, encoding (UTF-8 only,
// with a helpful word for Windows-1252 and UTF-16 files), line endings,
// control characters and tabs used for indentation.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/diag/diagnostic.hpp"

namespace lagesbild {

// Returns the text normalised to UTF-8 without BOM and with "\n" line
// endings, or nullopt when the bytes cannot be parsed (diagnostics say why).
std::optional<std::string> prepare_input_text(const std::string& path, std::string bytes, Diagnostics& diagnostics);

// What is said of a file over limits::kMaxFileBytes, read or not.
std::string too_large_message(std::uintmax_t bytes);

}  // namespace lagesbild
