// SPDX-License-Identifier: EUPL-1.2
// Reading our YAML tree against the format: typed values, required and
// unknown keys, allowed values with "did you mean". Every problem becomes a
// diagnostic at the value's position; readers go on to find the next one.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/base/dates.hpp"
#include "core/diag/reporter.hpp"
#include "core/diag/source_text.hpp"
#include "core/yaml/yaml_tree.hpp"

namespace lagesbild {

// The keys of one mapping: which were asked for, so that the rest can be
// reported as unknown with the nearest known key.
class MappingReader {
 public:
  // `what` names the mapping in messages, e.g. "fokusområdet `andt`".
  MappingReader(Reporter& reporter, const YamlNode& node, std::string what);
  // Reports what finish() was not called to report (a reader that returned early).
  ~MappingReader();
  MappingReader(const MappingReader&) = delete;
  MappingReader& operator=(const MappingReader&) = delete;
  bool is_mapping() const { return node_.is_mapping(); }
  const YamlNode& node() const { return node_; }
  // The value, or nullptr when absent or empty (`~`, nothing after the colon).
  const YamlNode* optional(const std::string& key);
  // As optional(), and reports the key as missing when absent or empty. An
  // absent key is reported by finish(), and not at all when an unknown key
  // there is a misspelling of it: one mistake, one message ("okänd nyckel
  // `uppratad_av` … Menade du `upprättad_av`?").
  const YamlNode* required(const std::string& key, const std::string& hint = {});
  // Marks a key as known without reading it.
  void allow(const std::string& key) { known_.push_back(key); }
  // As allow(), and an unknown key matching `title` by its words (a
  // questionnaire heading typed as the key) gets "Menade du `key`?".
  void allow(const std::string& key, const std::string& title) {
    allow(key);
    titles_.emplace_back(key, title);
  }
  bool has_key(const std::string& key) const { return node_.find(key) != nullptr; }
  // Where the key itself stands, if it is there at all (even without a value).
  std::optional<Position> key_position(const std::string& key) const;
  // Reports every key that was not asked for, and the required ones missing.
  void finish();
  // The known keys an unknown key here is a misspelling of ("uppratad_av"
  // for upprättad_av): checks after reading do not report them missing too.
  std::vector<std::string> misspelled() const;

 private:
  // sure_respelling() among this mapping's known keys, when the mapping has
  // no such key yet and no other unknown key here would become it too.
  std::optional<std::string> sure_respelling_here(const std::string& key) const;
  // The unknown keys here that are sure misspellings of the known key `known`.
  std::vector<const YamlEntry*> respelled_as(const std::string& known) const;
  Reporter& reporter_;
  const YamlNode& node_;
  std::string what_;
  std::vector<std::string> known_;
  std::vector<std::pair<std::string, std::string>> titles_;  // key, the title it is known by
  struct Missing {
    std::string key, message;
  };
  std::vector<Missing> missing_;  // required keys absent, reported by finish()
  bool finished_ = false;
  void report_missing(const std::vector<std::string>& misspelled);
};

enum class TextKind {
  Word,      // an id, a name: one line, no personal-data scan
  FreeText,  // what an official writes: scanned for personal data
};

// A text value; nullopt when the node is not a scalar (reported).
std::optional<std::string> read_text(Reporter& reporter, const YamlNode& node, const std::string& key, TextKind kind);
// As read_text, and reports an empty text as missing.
std::optional<std::string> read_nonempty_text(Reporter& reporter, const YamlNode& node, const std::string& key,
                                              TextKind kind, const std::string& hint = {});
std::optional<long> read_integer(Reporter& reporter, const YamlNode& node, const std::string& key, long min, long max);
std::optional<bool> read_bool(Reporter& reporter, const YamlNode& node, const std::string& key);
// One of `allowed`, with "did you mean" for a near miss.
std::optional<std::string> read_choice(Reporter& reporter, const YamlNode& node, const std::string& key,
                                       const std::vector<std::string>& allowed);
std::optional<Date> read_date(Reporter& reporter, const YamlNode& node, const std::string& key);
std::optional<Period> read_period(Reporter& reporter, const YamlNode& node, const std::string& key);
// A list of texts, `[a, b]` or one per line with "- "; a lone text is a list of one.
std::vector<std::pair<std::string, Position>> read_text_list(Reporter& reporter, const YamlNode& node,
                                                             const std::string& key, TextKind kind);

// A list of values each of which must be one of `allowed`.
std::vector<std::string> read_choice_list(Reporter& reporter, const YamlNode& node, const std::string& key,
                                          const std::vector<std::string>& allowed);

// Calls `fn` for each item of a list; a value that is not a list is reported
// with `hint`, which says how an item starts ("Varje åtgärd börjar med `- id:`.").
template <class Fn>
void for_each_item(Reporter& reporter, const YamlNode& list, const std::string& key, const std::string& hint, Fn fn) {
  if (!list.is_sequence()) {
    reporter.error(list.position, "fel-typ", "`" + key + "` ska vara en lista. " + hint);
    return;
  }
  for (const auto& item : list.items) fn(item);
}

// The first of prefix1, prefix2, ... that no item of `list` has as its `id`:
// the id to suggest when one is used twice ("Å2", "M3").
std::string first_free_id(const YamlNode& list, const std::string& prefix);

// Reports personal data in `text`, the value of `node`, at its exact column.
void check_personal_data(Reporter& reporter, const YamlNode& node, const std::string& text);

// "en text", "en lista", ... for messages about a wrong type.
std::string describe(const YamlNode& node);

}  // namespace lagesbild
