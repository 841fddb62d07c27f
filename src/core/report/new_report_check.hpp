// SPDX-License-Identifier: EUPL-1.2
// What `new` refuses before it writes a party's new file, for every front end
// (the command line words each problem with its flags, the web page with its
// fields).
#pragma once

#include <string>

#include "core/report/new_report.hpp"
#include "core/report/questionnaire.hpp"

namespace lagesbild {

enum class NewReportProblem {
  None,
  IdentityNumber,     // a personal identity or coordination number in a text (lagesbild(5) §5)
  MunicipalityName,   // not a name: letters, spaces and hyphens ("Malung-Sälen", "Upplands Väsby")
  UnknownParty,       // not one of the questionnaire's parties
  SecretNeedsGround,  // sekretess without sekretessgrund
};

// The texts are taken as given (trimmed first by trim_new_report).
NewReportProblem new_report_problem(const NewReport& report, const Questionnaire& q);

// Spaces and tabs around every text the user gave, removed.
void trim_new_report(NewReport& report);

}  // namespace lagesbild
