// SPDX-License-Identifier: EUPL-1.2
// The joint picture as a document a kommunstyrelse can file as it is
// (lagesbild(5) §3, §6): a first page that sums it up, the areas side by
// side, the cause analyses, the action plan with unit and promise, what the
// picture rests on, and a line for each party to sign.
#pragma once

#include "core/render/document.hpp"
#include "core/report/report.hpp"

namespace lagesbild {

struct Questionnaire;

Document document_for(const JointReport& report, const Questionnaire& q);

}  // namespace lagesbild
