// The text of a new, empty report for one party and month: the
// questionnaire's questions as comments, ready to fill in a text editor.
#pragma once

#include <string>

#include "core/base/dates.hpp"
#include "core/report/questionnaire.hpp"
#include "core/report/report.hpp"

namespace lagesbild {

struct NewReport {
  std::string municipality;
  std::string party;
  Period period;
  Date written;
  std::string organisation;
  std::string written_by;
  std::string secrecy_ground;
  Classification classification = Classification::Internal;
  std::string modeline;  // the first line, naming the schema for editors (report/schema_location), or ""
};

std::string new_report_text(const Questionnaire& q, const NewReport& report);

}  // namespace lagesbild
