// SPDX-License-Identifier: EUPL-1.2
// The text of a new, empty report for one party and month: the
// questionnaire's questions as comments, ready to fill in a text editor.
#pragma once

#include <string>
#include <vector>

#include "core/base/dates.hpp"
#include "core/report/questionnaire.hpp"
#include "core/report/report.hpp"

namespace lagesbild {

// A focus area's answers, for a file written with them (the web page's form).
struct FilledArea {
  std::string id;
  std::string trend;  // "" when not answered
  std::vector<Observation> observations;
  std::string assessment;
  bool nothing_to_report = false;
};

struct NewReport {
  std::string municipality;
  std::string party;
  Period period;
  Date written;
  std::string organisation;
  std::string written_by;
  std::string secrecy_ground;
  std::string registry_number;  // diarienummer (lagesbild(5) §6)
  Classification classification = Classification::Internal;
  std::string modeline;              // the first line, naming the schema for editors (report/schema_location), or ""
  std::vector<std::string> sources;  // källor
  std::vector<FilledArea> areas;     // answers; an area without an entry is written empty
};

// A new file's text; with answers, the file as `new` and a careful editor
// would write it: every question stays a comment (the web page's form).
std::string new_report_text(const Questionnaire& q, const NewReport& report);

// The answers of a party's picture, every area of `q` in its order (a date
// not written is today), for new_report_text to write again.
NewReport new_report_of(const LocalReport& local, const Questionnaire& q);

}  // namespace lagesbild
