// SPDX-License-Identifier: EUPL-1.2
// A folder (or several) where the parties' and joint pictures collect month
// after month, as on a municipal server. Every file is read and checked; a
// broken file is still attributed (by its name) so it can be reported.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "core/report/report_loader.hpp"

namespace lagesbild {

// What status and summary report of a party's picture: its header and, per
// area, the trend, the number of observations and the events they count
// (the sum of antal, 1 where it is not given). Not the texts: a national
// year would hold every report in memory (lagesbild(5) §2).
struct LocalFigures {
  struct Area {
    std::string id;
    std::optional<std::string> trend;
    std::size_t observations = 0;
    std::size_t events = 0;
    bool answered = false;  // observations, or inget_att_rapportera: true
  };
  ReportHeader header;
  std::vector<Area> areas;
  const Area* area(const std::string& id) const;
};

// The same of a joint picture: the agreed trend and priority per area, and
// the actions still open, for the overdue ones (lagesbild(5) §3).
struct JointFigures {
  struct Area {
    std::string id;
    std::optional<std::string> agreed_trend;
    std::optional<long> priority;
  };
  ReportHeader header;
  std::vector<Area> areas;
  std::vector<Action> open_actions;
  const Area* area(const std::string& id) const;
};

struct ArchiveFile {
  std::string path;
  std::string municipality;       // as written in the file, or the slug from the file name
  std::string municipality_slug;  // "alvdalen": the file name's part (lagesbild(5) §4)
  // What groups files: name_key() of the name written in the file ("håbo"),
  // so that Håbo and Habo, whose file names are the same, stay two. A file
  // that names no municipality joins the one its file name points to, when
  // only one does; otherwise its group is "fil:" and the slug.
  std::string municipality_key;
  std::optional<Period> period;
  std::string party;                  // a party id, or "gemensam"
  Diagnostics diagnostics;            // a broken file's problems; a valid file's warnings are not kept
  bool valid = false;                 // no errors
  bool complete = false;              // a party's picture: every area answered with a trend
  bool final = false;                 // a joint picture: final (lagesbild(5) §3)
  bool hand_edited = false;           // a joint picture: the parties' text edited by hand after merge
  std::optional<LocalFigures> local;  // a valid party's picture
  std::optional<JointFigures> joint;  // a valid joint picture
  const Questionnaire* questionnaire = nullptr;
};

struct Archive {
  std::vector<ArchiveFile> files;  // sorted by path
  std::vector<std::string> unreadable_folders;
  std::vector<std::string> skipped_links;  // symbolic links are not followed out of the folder
  // The municipalities (key, display name) found, in name order.
  std::vector<std::pair<std::string, std::string>> municipalities() const;
  // Whether a municipality's key answers to a name asked for (--kommun): the
  // name as written, in any case; or, when no municipality here is written
  // so, its file name part ("alvdalen" for Älvdalen).
  bool answers_to(const std::string& key, const std::string& asked) const;
  // Files of one municipality (its key), period and party ("gemensam" for joint).
  std::vector<const ArchiveFile*> find(const std::string& key, const Period& period, const std::string& party) const;

 private:
  friend Archive read_archive(const std::vector<std::string>&, QuestionnaireCatalog&, unsigned);
  // (key, "YYYY-MM", party) -> indexes into files, in path order: find()
  // is asked for every municipality, month and party of a summary.
  std::map<std::tuple<std::string, std::string, std::string>, std::vector<std::size_t>> index_;
};

// Reads every .yaml file directly in the folders (not below them), `jobs`
// files at a time; the archive is the same whatever `jobs` is.
Archive read_archive(const std::vector<std::string>& folders, QuestionnaireCatalog& catalog, unsigned jobs = 1);

}  // namespace lagesbild
