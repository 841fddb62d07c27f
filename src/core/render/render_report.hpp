// SPDX-License-Identifier: EUPL-1.2
// `render`'s reading of one file, for every front end (the command line and
// the web page): the same checks decide whether a document is made, and the
// same document is made.
#pragma once

#include <optional>
#include <string>

#include "core/diag/diagnostic.hpp"
#include "core/render/document.hpp"
#include "core/report/questionnaire.hpp"

namespace lagesbild {

struct ReportDocument {
  Diagnostics diagnostics;           // shown whether or not a document is made
  std::optional<Document> document;  // nothing when the file has errors
  bool unreadable = false;           // the file could not be read at all (exit 2, else 1)
};

// An incomplete picture is rendered too, and shows what is unanswered (as
// warnings); a joint picture whose parties' text was edited is marked UTKAST.
// A file with errors is not rendered.
ReportDocument document_of_file(const std::string& path, QuestionnaireCatalog& catalog);

// What is said when a file with errors is not rendered.
inline const std::string kNotRendered = "filen har fel och renderades inte; rätta dem och försök igen.";

}  // namespace lagesbild
