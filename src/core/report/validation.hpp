// SPDX-License-Identifier: EUPL-1.2
// `validate`'s whole check of one file, for every front end (the command
// line and the web page): the same diagnostics and verdict from the same code.
#pragma once

#include <string>

#include "core/diag/diagnostic.hpp"
#include "core/report/questionnaire.hpp"

namespace lagesbild {

struct ValidationOptions {
  bool final = false;   // --final: a joint picture must be ready to publish
  bool strict = false;  // --strict: warnings count as errors
};

struct ValidatedFile {
  Diagnostics diagnostics;
  bool unreadable = false;  // the file could not be read at all (exit 2)
};

// Everything lagesbild(5) says of the file at `path`: its YAML, its keys and
// values, that a party's picture answers every area, and for a joint picture
// that the parties' text is theirs (or, with `final`, that it is final).
ValidatedFile validate_file(const std::string& path, const ValidationOptions& options, QuestionnaireCatalog& catalog);

// The same for a file's bytes in memory (`--fix`: the file as it would be).
ValidatedFile validate_text(const std::string& path, std::string bytes, const ValidationOptions& options,
                            QuestionnaireCatalog& catalog);

// One file's verdict line for people ("fil: godkänd\n"): what an official
// looks for first.
std::string verdict_line(const std::string& file, const Diagnostics& diagnostics);

}  // namespace lagesbild
