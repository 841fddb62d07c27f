// SPDX-License-Identifier: EUPL-1.2
// The form's model of a party's file (src/web/API.md): read from a file and
// written back as the file's text by the core's own reader and writer.
#pragma once

#include <string>
#include <vector>

#include "core/base/json_value.hpp"
#include "core/report/questionnaire.hpp"

namespace lagesbild {

// A file in the working folder as the form shows it:
// {model, reason, ownComments, diagnostics} (API.md, readForm).
JsonValue read_form(const std::string& file, QuestionnaireCatalog& catalog);

// The text for a model that api.js sends as records, each ended by '\x1e'
// and its fields separated by '\x1f' (characters no one types, and which
// api.js removes from texts):
//   H mall kommun part organisation period upprattad upprattadAv klassificering sekretessgrund diarienummer modeline
//   K source             (one per source, in order)
//   A id trend bedomning ingetAttRapportera(1|0)
//   O vad var nar kalla antal    (an observation of the last A; antal "" when not given)
// Answers {text} or {error}.
JsonValue write_form(const std::string& records, QuestionnaireCatalog& catalog);

// The parts of `text` between `separator`s.
std::vector<std::string> fields_of(const std::string& text, char separator);

}  // namespace lagesbild
