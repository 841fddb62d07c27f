// SPDX-License-Identifier: EUPL-1.2
// The year's lägesbild of one municipality: what Lag (2023:196) om kommuners
// ansvar för brottsförebyggande arbete §4 asks a lägesbild to hold (a
// kartläggning, other information that matters, an analysis), gathered from
// the months' pictures of one archive, with the actions and promises for the
// åtgärdsplan, and which months it rests on (lagesbild(1), YEAR).
//
// The summary keeps only figures, so that a national archive fits in memory;
// the year needs the texts too (assessments, cause analyses, actions, places
// and sources), so it reads the files of one municipality's window again in
// full. That is at most a few dozen files.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/archive/summary.hpp"

namespace lagesbild {

// Observations and the events they count (the sum of antal, 1 where none is
// given), as the summary counts them.
struct YearCount {
  std::size_t observations = 0;
  std::size_t events = 0;
};

struct YearAssessment {
  Period period;
  std::string text;  // gemensam_bedömning
  // A draft's assessment is not yet the meeting's decision: marked as such.
  bool final = false;
};

// A cause analysis as the meeting last wrote it; `first` is the month it
// was first written (från_period, or the first month it appears).
struct YearCause {
  CauseAnalysis cause;
  Period first, last;
};

struct YearArea {
  std::string id;
  YearCount total;                           // over the year, both parties
  std::map<std::string, YearCount> parties;  // per party, over the year
  // Per place (var) and per source (källa), over the year; "" where none is given.
  std::vector<std::pair<std::string, YearCount>> places;   // most events first, then name
  std::vector<std::pair<std::string, YearCount>> sources;  // the same
  std::vector<YearAssessment> assessments;                 // the agreed ones, month by month
  std::vector<YearCause> causes;
  std::size_t prioritised_months = 0;  // months with a priority set
  std::optional<long> highest_priority;
};

// How an action stood at the end of the year, from the latest joint picture
// that holds it.
enum class YearActionState { Done, Cancelled, Late, Open };

struct YearAction {
  Action action;  // as the latest joint picture holding it has it
  Period first;   // från_period, or the first month it appears
  Period last;    // the latest joint picture that holds it
  YearActionState state = YearActionState::Open;
};

struct YearPromise {
  Promise promise;                      // as the latest joint picture holding it has it
  Period first, last;                   // the months it stands in a joint picture
  std::vector<std::string> action_ids;  // the year's actions that serve it
};

// A source the parties named, counted: in how many party files it stands
// under källor, and how many observations name it as their källa.
struct YearSource {
  std::string id;
  std::size_t files = 0;
  std::size_t observations = 0;
};

struct YearPicture {
  std::string name;  // the municipality as written in its files
  Period from, to;
  Date reference;  // the day after the window: actions with an earlier deadline that are open are late
  const Questionnaire* questionnaire = nullptr;
  MunicipalitySummary summary;  // month by month, as `summary` counts it (for the charts and the months' state)
  std::vector<YearArea> areas;  // in the questionnaire's order
  std::vector<YearSource> sources;
  std::vector<YearAction> actions;  // in the order they first appear
  std::vector<YearPromise> promises;
  std::vector<std::string> unattributed_files;  // broken and not named like a report
  std::vector<std::string> skipped_links;
  Classification classification = Classification::Open;  // the strictest of the year's files
  std::string grounds;
  std::optional<Date> latest_date;  // the latest upprättad or meeting date: the document's date
  std::size_t months_final() const;
  // Something for a person to look at before the year is handed on: a month
  // without a final joint picture, a missing, broken, incomplete or doubled
  // file, a skipped link.
  bool needs_attention() const;
};

// What went wrong in choosing the municipality, for the front end to word.
struct YearChoice {
  std::optional<YearPicture> picture;
  std::vector<std::string> municipalities;  // the names there, when none or several could be meant
};

// The year of `only_municipality`, or of the one municipality in the archive
// when it is empty. With several and no name, or a name not found, there is
// no picture and `municipalities` lists the names there. The files are read
// again in full from `archive`'s paths with `catalog`.
YearChoice year_picture(const Archive& archive, QuestionnaireCatalog& catalog, const Questionnaire& q,
                        const Period& from, const Period& to, const std::string& only_municipality);

const char* state_word(YearActionState state);  // "klar", "inställd", "försenad", "öppen"

}  // namespace lagesbild
