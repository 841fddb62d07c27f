// SPDX-License-Identifier: EUPL-1.2
// The JSON Schema (draft-07) of the pictures that answer one questionnaire:
// a party's own (lagesbild(5) §2) and the joint picture (§3), with the
// optional keys of format 1.1. Generated from the questionnaire itself, so
// that an editor with yaml-language-server checks a file as it is typed,
// shows the questions on hover and completes the allowed values. It says
// what the structure is; what a schema cannot say (identity numbers,
// completeness, whether an action's promise exists) stays validate's job.
#pragma once

#include <string>
#include <string_view>

#include "core/report/questionnaire.hpp"

namespace lagesbild {

enum class PictureKind { Local, Joint };

// The schema as JSON text (two-space indentation, ending in a newline).
std::string json_schema(const Questionnaire& q, PictureKind kind);

// "dalarna-2019.lokal.schema.json", "dalarna-2019.gemensam.schema.json".
std::string schema_file_name(const std::string& questionnaire_id, PictureKind kind);

}  // namespace lagesbild
