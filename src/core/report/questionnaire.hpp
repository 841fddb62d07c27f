// SPDX-License-Identifier: EUPL-1.2
// The questionnaire (mall): the focus areas, parties and sources a report
// answers to. It is data in templates/, versioned by id, never code.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "core/base/dates.hpp"
#include "core/diag/diagnostic.hpp"

namespace lagesbild {

struct QuestionnaireArea {
  std::string id;
  std::string heading;   // rubrik
  std::string question;  // fråga
};

struct Questionnaire {
  std::string id;
  std::string name;
  std::string publisher;
  Date valid_from;
  std::vector<std::string> parties;
  std::vector<std::string> sources;
  std::vector<QuestionnaireArea> areas;
  std::string path;  // where it was read from

  const QuestionnaireArea* area(const std::string& area_id) const;
  std::vector<std::string> area_ids() const;
  bool has_party(const std::string& party) const;
};

// Reads and checks a questionnaire file; nullopt with diagnostics if broken.
std::optional<Questionnaire> load_questionnaire(const std::string& path, Diagnostics& diagnostics);

// The ids a questionnaire must never use for a party: the joint picture's own keys.
bool is_reserved_party_id(const std::string& id);

// Ids are written as YAML keys and in file names: letters, digits, '_' and '-'.
bool is_identifier(const std::string& id);

// Finds questionnaires by id in a list of folders, or by file path.
// Questionnaires are loaded when first asked for and kept; find_by_id() may be
// called from several threads at once (workers reading many files), the
// others only before them.
class QuestionnaireCatalog {
 public:
  explicit QuestionnaireCatalog(std::vector<std::string> folders) : folders_(std::move(folders)) {}
  QuestionnaireCatalog(QuestionnaireCatalog&& other) noexcept
      : folders_(std::move(other.folders_)), loaded_(std::move(other.loaded_)), found_(std::move(other.found_)) {}

  // `--mall`: an id, or a path to a .yaml file.
  // nullptr with diagnostics when unknown or broken.
  const Questionnaire* find(const std::string& id_or_path, Diagnostics& diagnostics);
  // A report's `mall:`: only an id, never a path, so that a file cannot make
  // lagesbild read (and quote) any other file.
  // `beside`: the report's own folder, searched last, so that a revised
  // questionnaire can simply lie next to the reports that answer it.
  const Questionnaire* find_by_id(const std::string& id, Diagnostics& diagnostics, const std::string& beside = {});
  // Searched first from now on (the folder of a --mall FILE).
  void add_folder(const std::string& folder) {
    folders_.insert(folders_.begin(), folder);
    found_.clear();
  }
  // The ids of every questionnaire file in the folders (first folder wins).
  std::vector<std::string> known_ids() const;
  // The path of the questionnaire file for an id, or empty.
  std::string path_of(const std::string& id, const std::string& beside = {}) const;
  const std::vector<std::string>& folders() const { return folders_; }

 private:
  const Questionnaire* load(const std::string& path, Diagnostics& diagnostics);
  std::vector<std::string> folders_;
  std::map<std::string, std::unique_ptr<Questionnaire>> loaded_;  // by path
  // find_by_id's answers by id and folder beside: a report's `mall:` is
  // looked up once per run, not once per report (a stat per folder each).
  std::map<std::pair<std::string, std::string>, std::string> found_;
  std::mutex mutex_;  // guards loaded_ and found_
};

// Where to look: $LAGESBILD_MALLAR (folders separated by ':'), the source
// tree when running from the build tree, then the installed data folder.
std::vector<std::string> default_questionnaire_folders(const std::string& executable_path);

}  // namespace lagesbild
