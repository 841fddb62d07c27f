// SPDX-License-Identifier: EUPL-1.2
// Where the installed JSON Schemas are, and the first line (a modeline) that
// makes an editor with yaml-language-server (VS Code's YAML extension) check
// a file against its schema with no setting at all.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/report/json_schema.hpp"
#include "core/report/questionnaire.hpp"

namespace lagesbild {

// The build tree's schemas/ when running from the build tree, then
// <prefix>/share/lagesbild/schemas next to the binary, then the installed
// data folder. The same order as the questionnaires.
std::vector<std::string> default_schema_folders(const std::string& executable_path);

// The schema file for `q` and `kind`: in the questionnaire's own folder
// (`lagesbild schema --mall FILE -o FOLDER` put it there), then in `folders`.
// Empty when there is none, e.g. for a questionnaire of one's own.
std::string find_schema_file(const Questionnaire& q, PictureKind kind, const std::vector<std::string>& folders);

// "file:///usr/share/lagesbild/schemas/x.json" for an absolute path (made
// absolute if it is not); '\' becomes '/', and bytes that a URI may not hold
// (spaces, å, ä, ö) are percent-encoded, so the modeline is one word.
std::string file_uri(const std::string& path);

// "# yaml-language-server: $schema=<file URI>\n", or "" for an empty path.
std::string schema_modeline(const std::string& schema_path);

// A comment's text (after '#') that is such a modeline: lagesbild's own,
// rewritten by merge, never an official's comment.
bool is_schema_modeline(std::string_view comment_text);

}  // namespace lagesbild
