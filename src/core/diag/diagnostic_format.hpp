// SPDX-License-Identifier: EUPL-1.2
// Diagnostics for people (compiler style, with the line and a caret) and
// for programs (JSON). The only place that turns diagnostics into text.
#pragma once

#include <string>

#include "core/diag/diagnostic.hpp"

namespace lagesbild {

// "fil:12:5: fel: meddelande [regel]" followed by the line and a caret.
std::string format_for_people(const Diagnostic& diagnostic);
// A JSON array of {file, line, column, severity, rule, message}.
std::string format_as_json(const Diagnostics& diagnostics);
// What is shown of a file's problems, once: sorted by position and at most
// limits::kMaxListedProblems per file, with a line saying how many more.
Diagnostics listed(Diagnostics diagnostics);
// The listed diagnostics for people, one after the other: what every front
// end shows of them.
std::string format_listed_for_people(Diagnostics diagnostics);
// "lagesbild: fel: ...\n": how a command says why it stopped.
std::string format_error_line(const std::string& message);
// "fel" / "varning"
std::string severity_word(Severity severity);

}  // namespace lagesbild
