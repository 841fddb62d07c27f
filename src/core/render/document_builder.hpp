// SPDX-License-Identifier: EUPL-1.2
// A party's picture or the joint picture laid out as a document (headings,
// tables, lists of plain text), the same for every output format.
#pragma once

#include <optional>
#include <string>

#include "core/render/document.hpp"
#include "core/render/joint_document.hpp"
#include "core/report/report.hpp"

namespace lagesbild {

struct Questionnaire;

Document document_for(const LocalReport& report, const Questionnaire& q);
// document_for(const JointReport&, ...): joint_document.hpp

// "↑ ökande", "→ oförändrad", "↓ minskande", "? okänd"; "saknas" when absent.
std::string trend_with_arrow(const std::optional<std::string>& trend);

}  // namespace lagesbild
