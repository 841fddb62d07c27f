// Part of the YAML module: yaml-cpp's parse errors said in Swedish, and
// the typing slips behind the commonest ones found on the line they are on.
#pragma once

#include <optional>
#include <string>

#include "core/diag/source_text.hpp"

namespace lagesbild {

// yaml-cpp's English message (YAML::ErrorMsg) as a Swedish one that says what to do.
std::string syntax_message(const std::string& yaml_cpp_message);

struct Hint {
  Position position;
  std::string message;
};

// "trend:ökande" (no space after the colon) or "-vad:" on the error line
// or the two non-blank lines above it, which yaml-cpp reports later and
// with a message about something else.
std::optional<Hint> typing_slip_before(const SourceText& source, int error_line);

}  // namespace lagesbild
