// SPDX-License-Identifier: EUPL-1.2
#include "core/report/report.hpp"

#include <algorithm>

#include "core/base/by_id.hpp"

namespace lagesbild {

const std::vector<std::string>& classification_words() {
  static const std::vector<std::string> words = {"öppen", "intern", "sekretess"};
  return words;
}

const std::vector<std::string>& trend_words() {
  static const std::vector<std::string> words = {words::kRising, words::kUnchanged, words::kFalling, words::kUnknown};
  return words;
}

const std::vector<std::string>& action_status_words() {
  static const std::vector<std::string> words = {words::kPlanned, words::kOngoing, words::kDone, words::kCancelled};
  return words;
}

const std::vector<std::string>& follow_up_words() {
  static const std::vector<std::string> words = {"grön", "gul", "röd"};
  return words;
}

std::string to_string(Classification c) {
  return classification_words()[static_cast<std::size_t>(c)];
}

std::optional<Classification> parse_classification(const std::string& word) {
  const auto& words = classification_words();
  const auto it = std::find(words.begin(), words.end(), word);
  if (it == words.end()) return std::nullopt;
  return static_cast<Classification>(it - words.begin());
}

std::string municipality_organisation(const std::string& municipality) {
  if (municipality.empty()) return "kommunen";
  if (municipality == "Falun") return "Falu kommun";
  static const std::vector<std::string> kNoGenitive = {"a", "e", "i", "o", "u", "y", "s", "x", "z", "å", "ä", "ö"};
  for (const auto& end : kNoGenitive)
    if (municipality.size() >= end.size() &&
        municipality.compare(municipality.size() - end.size(), end.size(), end) == 0)
      return municipality + " kommun";
  return municipality + "s kommun";
}

const LocalArea* LocalReport::area(const std::string& id) const {
  return find_by_id(areas, id);
}

const JointArea* JointReport::area(const std::string& id) const {
  return find_by_id(areas, id);
}

const Promise* JointReport::promise(const std::string& id) const {
  return find_by_id(promises, id);
}

std::vector<std::string> JointReport::party_ids() const {
  std::vector<std::string> ids;
  for (const auto& p : parties) ids.push_back(p.party);
  return ids;
}

bool is_open(const Action& action) {
  return action.status == words::kPlanned || action.status == words::kOngoing;
}

void tighten_classification(Classification& classification, std::string& grounds, Classification other,
                            const std::string& other_grounds) {
  if (other < classification) return;
  if (other > classification) {
    classification = other;
    grounds = other_grounds;
    return;
  }
  // Whole grounds, not parts of a text: "OSL 18 kap. 1 §" is not already
  // there because "OSL 18 kap. 1 § och 2 §" is, and a file's own "a; b"
  // counts as two, whatever order the files come in.
  const auto split = [](const std::string& text) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start < text.size()) {
      std::size_t end = text.find("; ", start);
      if (end == std::string::npos) end = text.size();
      if (end > start) parts.push_back(text.substr(start, end - start));
      start = end + 2;
    }
    return parts;
  };
  std::vector<std::string> have = split(grounds);
  for (const std::string& ground : split(other_grounds))
    if (std::find(have.begin(), have.end(), ground) == have.end()) {
      grounds += (grounds.empty() ? "" : "; ") + ground;
      have.push_back(ground);
    }
}

}  // namespace lagesbild
