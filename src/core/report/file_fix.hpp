// SPDX-License-Identifier: EUPL-1.2
// `lagesbild validate --fix`'s whole decision for one file, for every front
// end: the mechanical repairs (yaml/repair.hpp) and the keys that are beyond
// doubt misspelled (Diagnostic::respelling), written only when the result
// validates no worse than the file did, atomically and with the file's own
// permissions; a file it cannot read or write is left exactly as it was.
#pragma once

#include <string>
#include <vector>

#include "core/report/validation.hpp"
#include "core/yaml/repair.hpp"

namespace lagesbild {

struct FixOutcome {
  std::vector<RepairChange> changes;  // made (or, with dry_run, to be made)
  std::vector<RepairChange> left;     // mechanical problems not repaired, and why
  std::string refused;                // not empty: the file is as it was, and this says why
  bool unreadable = false;            // refused because it could not be read or written at all
  bool written = false;
};

// Whether `fix_file` would change anything in the file at `path` (for the
// offer to repair in the Windows window of a file dropped on lagesbild.exe).
bool has_mechanical_fixes(const std::string& path, const ValidationOptions& options, QuestionnaireCatalog& catalog);

FixOutcome fix_file(const std::string& path, bool dry_run, const ValidationOptions& options,
                    QuestionnaireCatalog& catalog);

}  // namespace lagesbild
