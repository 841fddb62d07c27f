// SPDX-License-Identifier: EUPL-1.2
// Reading and checking a party's own picture (typ: lokal, lagesbild(5) §2).
#pragma once

#include "core/diag/reporter.hpp"
#include "core/report/questionnaire.hpp"
#include "core/report/report.hpp"

namespace lagesbild {

class MappingReader;
LocalReport read_local_report(Reporter& reporter, MappingReader& root, const Questionnaire& q);

// Completeness (lagesbild(5) §2): every area answered and with a trend. Reported
// with `severity`: an error for `validate`, a warning where drafts are fine.
void check_complete(Reporter& reporter, const LocalReport& report, const Questionnaire& q, Severity severity);

}  // namespace lagesbild
