// SPDX-License-Identifier: EUPL-1.2
// The keys of the joint picture's schema after the header (lagesbild(5) §3,
// and the meeting and citizen promises of format 1.1), for report/json_schema.
#pragma once

#include "core/report/json_schema_parts.hpp"
#include "core/report/questionnaire.hpp"

namespace lagesbild {

// `observation`: the schema of one observation with its party.
schema::Properties joint_schema_properties(const Questionnaire& q, JsonValue observation);

}  // namespace lagesbild
