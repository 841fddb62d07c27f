// A folder (or several) where the parties' and joint pictures collect month
// after month, as on a municipal server. Every file is read and checked; a
// broken file is still attributed (by its name) so it can be reported.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/report/report_loader.hpp"

namespace lagesbild {

struct ArchiveFile {
  std::string path;
  std::string municipality;       // as written in the file, or the slug from the file name
  std::string municipality_slug;  // "alvdalen": what groups files
  std::optional<Period> period;
  std::string party;         // a party id, or "gemensam"
  Diagnostics diagnostics;   // validation problems (completeness as warnings)
  bool valid = false;        // no errors
  bool complete = false;     // a party's picture: every area answered with a trend
  bool final = false;        // a joint picture: final (lagesbild(5) §3)
  bool hand_edited = false;  // a joint picture: the parties' text edited by hand after merge
  std::optional<LocalReport> local;
  std::optional<JointReport> joint;
  const Questionnaire* questionnaire = nullptr;
};

struct Archive {
  std::vector<ArchiveFile> files;  // sorted by path
  std::vector<std::string> unreadable_folders;
  std::vector<std::string> skipped_links;  // symbolic links are not followed out of the folder
  // The municipalities (slug, display name) found, in name order.
  std::vector<std::pair<std::string, std::string>> municipalities() const;
  // Files of one municipality, period and party ("gemensam" for joint).
  std::vector<const ArchiveFile*> find(const std::string& slug, const Period& period, const std::string& party) const;
};

// Reads every .yaml file directly in the folders (not below them).
Archive read_archive(const std::vector<std::string>& folders, QuestionnaireCatalog& catalog);

}  // namespace lagesbild
