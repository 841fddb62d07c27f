// SPDX-License-Identifier: EUPL-1.2
#include "core/report/field_reader.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "core/base/limits.hpp"
#include "core/base/personal_data.hpp"
#include "core/base/text.hpp"
#include "core/base/word_match.hpp"
#include "core/diag/reporter.hpp"
#include "core/report/text_cuts.hpp"

namespace lagesbild {

MappingReader::MappingReader(Reporter& reporter, const YamlNode& node, std::string what)
    : reporter_(reporter), node_(node), what_(std::move(what)) {
  if (!node_.is_mapping())
    reporter_.error(node_.position, "fel-typ",
                    fmt::format("{} ska innehålla nycklar (`nyckel: värde` på egna rader med indrag), "
                                "men här står {}.",
                                what_, describe(node_)));
}

const YamlNode* MappingReader::optional(const std::string& key) {
  known_.push_back(key);
  const YamlNode* value = node_.find(key);
  return value && !value->is_null() ? value : nullptr;
}

const YamlNode* MappingReader::required(const std::string& key, const std::string& hint) {
  const YamlNode* value = optional(key);
  if (value || !node_.is_mapping()) return value;
  const YamlNode* present = node_.find(key);
  const std::string extra = hint.empty() ? "" : " " + hint;
  if (present) {
    reporter_.error(present->position, "saknat-varde",
                    fmt::format("`{}` saknar värde. Skriv ett värde efter kolonet.{}", key, extra));
  } else {
    missing_.push_back(
        {key, fmt::format("{} saknar nyckeln `{}`. Lägg till en rad `{}: ...`.{}", what_, key, key, extra)});
  }
  return nullptr;
}

MappingReader::~MappingReader() {
  if (finished_) return;
  // A reader that stopped early (no questionnaire to read the rest by) still
  // names `Mall:` as the misspelling of the missing `mall`, not only the
  // missing key: one mistake, one message, and one --fix can repair.
  std::vector<std::string> misspelled;
  for (const auto& m : missing_) {
    const std::vector<const YamlEntry*> typos = respelled_as(m.key);
    if (typos.size() != 1) continue;
    const YamlEntry* typo = typos.front();
    reporter_.error(typo->key.position, "okand-nyckel",
                    fmt::format("okänd nyckel `{}` i {}. Menade du `{}`?", typo->key.text, what_, m.key),
                    {typo->key.text, m.key});
    misspelled.push_back(m.key);
  }
  report_missing(misspelled);
}

void MappingReader::report_missing(const std::vector<std::string>& misspelled) {
  for (const auto& m : missing_)
    if (std::find(misspelled.begin(), misspelled.end(), m.key) == misspelled.end())
      reporter_.error(node_.position, "saknad-nyckel", m.message);
  missing_.clear();
}

std::optional<Position> MappingReader::key_position(const std::string& key) const {
  for (const auto& entry : node_.entries)
    if (entry.key.text == key) return entry.key.position;
  return std::nullopt;
}

std::vector<std::string> MappingReader::misspelled() const {
  std::vector<std::string> keys;
  for (const auto& entry : node_.entries) {
    if (std::find(known_.begin(), known_.end(), entry.key.text) != known_.end()) continue;
    if (const auto suggestion = nearest(entry.key.text, known_)) keys.push_back(*suggestion);
  }
  return keys;
}

std::optional<std::string> MappingReader::sure_respelling_here(const std::string& key) const {
  const auto known = sure_respelling(key, known_);
  if (!known || node_.find(*known)) return std::nullopt;  // `Trend:` beside `trend:` is no typo to repair
  // Two keys that would both become it (or `Trend:` twice): which is meant is a choice.
  if (respelled_as(*known).size() > 1) return std::nullopt;
  return known;
}

std::vector<const YamlEntry*> MappingReader::respelled_as(const std::string& known) const {
  std::vector<const YamlEntry*> typos;
  for (const auto& entry : node_.entries)
    if (std::find(known_.begin(), known_.end(), entry.key.text) == known_.end() &&
        sure_respelling(entry.key.text, known_) == known)
      typos.push_back(&entry);
  return typos;
}

void MappingReader::finish() {
  finished_ = true;
  for (const auto& entry : node_.entries) {
    const std::string& key = entry.key.text;
    if (std::find(known_.begin(), known_.end(), key) != known_.end()) continue;
    std::string message = fmt::format("okänd nyckel `{}` i {}.", key, what_);
    std::vector<std::string> titles;
    for (const auto& [known, title] : titles_) titles.push_back(title);
    if (const auto suggestion = nearest(key, known_)) {
      message += fmt::format(" Menade du `{}`?", *suggestion);
      if (const auto known = sure_respelling_here(key)) {
        reporter_.error(entry.key.position, "okand-nyckel", message, {key, *known});
        continue;
      }
    } else if (const auto by_title = best_by_words(key, titles)) {
      const auto& [known, title] = titles_[*by_title];
      message +=
          fmt::format(" Menade du `{}` ({})? Nyckeln är områdets id, inte rubriken: skriv `{}:`.", known, title, known);
    } else if (!known_.empty()) {
      message += fmt::format(" Tillåtna nycklar här: {}.", join(known_, ", "));
    }
    reporter_.error(entry.key.position, "okand-nyckel", message);
  }
  report_missing(misspelled());
}

std::string first_free_id(const YamlNode& list, const std::string& prefix) {
  const auto used = [&](const std::string& id) {
    return std::any_of(list.items.begin(), list.items.end(), [&](const YamlNode& item) {
      const YamlNode* n = item.is_mapping() ? item.find("id") : nullptr;
      return n && n->text == id;
    });
  };
  std::size_t free = 1;
  while (used(prefix + std::to_string(free))) ++free;
  return prefix + std::to_string(free);
}

std::string describe(const YamlNode& node) {
  switch (node.kind) {
    case YamlNode::Kind::Null:
      return "inget värde";
    case YamlNode::Kind::Scalar:
      return fmt::format("texten \"{}\"", node.text.substr(0, 60));
    case YamlNode::Kind::Sequence:
      return "en lista";
    case YamlNode::Kind::Mapping:
      return "en uppsättning nycklar";
  }
  return "ett värde";
}

namespace {

std::string kind_of_data(PersonalDataKind kind) {
  switch (kind) {
    case PersonalDataKind::IdentityNumber:
      return "ett personnummer";
    case PersonalDataKind::CoordinationNumber:
      return "ett samordningsnummer";
    case PersonalDataKind::Phone:
      return "ett telefonnummer";
    case PersonalDataKind::Email:
      return "en e-postadress";
    case PersonalDataKind::VehicleRegistration:
      return "ett registreringsnummer";
  }
  return "en personuppgift";
}

}  // namespace

void check_personal_data(Reporter& reporter, const YamlNode& node, const std::string& text) {
  const std::string& source = reporter.source().text();
  std::size_t search_from = node.offset;  // findings come in order: each is after the last
  for (const auto& finding : find_personal_data(text)) {
    const std::string found = text.substr(finding.offset, finding.length);
    const std::size_t at = source.find(found, search_from);
    if (at != std::string::npos) search_from = at + found.size();
    const Position position = at == std::string::npos ? node.position : reporter.source().position_of(at);
    const std::string what = kind_of_data(finding.kind);
    if (finding.kind == PersonalDataKind::IdentityNumber || finding.kind == PersonalDataKind::CoordinationNumber) {
      reporter.error(position, "personnummer",
                     fmt::format("{} står i texten (visas inte här). En lägesbild beskriver platser och "
                                 "situationer, inte enskilda personer, och blir en allmän handling: "
                                 "uppgifter som pekar ut en person får inte stå här. Ta bort numret.",
                                 what));
    } else {
      const std::string rule = finding.kind == PersonalDataKind::Phone   ? "telefonnummer"
                               : finding.kind == PersonalDataKind::Email ? "e-post"
                                                                         : "registreringsnummer";
      reporter.warning(position, rule,
                       fmt::format("{} står i texten. Kan det peka ut en enskild person? Lägesbilden "
                                   "blir en allmän handling; ta bort uppgiften om den inte behövs.",
                                   what));
    }
  }
}

std::optional<std::string> read_text(Reporter& reporter, const YamlNode& node, const std::string& key, TextKind kind) {
  if (node.is_null()) return std::string();
  if (!node.is_scalar()) {
    reporter.error(node.position, "fel-typ",
                   fmt::format("`{}` ska vara en text, men här står {}. Skriv texten efter kolonet, "
                               "inom citattecken om den innehåller kolon eller #.",
                               key, describe(node)));
    return std::nullopt;
  }
  if (count_code_points(node.text) > limits::kMaxTextCharacters) {
    reporter.error(node.position, "for-lang-text",
                   fmt::format("texten i `{}` är längre än {} tecken. Korta den, eller dela upp den "
                               "i flera iakttagelser.",
                               key, limits::kMaxTextCharacters));
    return std::nullopt;
  }
  // Names and ids too: a number in `kommun` would end up in titles and file names.
  if (kind == TextKind::FreeText) {
    check_personal_data(reporter, node, node.text);
  } else {
    for (const auto& finding : find_personal_data(node.text))
      if (finding.kind == PersonalDataKind::IdentityNumber || finding.kind == PersonalDataKind::CoordinationNumber) {
        check_personal_data(reporter, node, node.text);
        break;
      }
  }
  check_text_not_cut(reporter, node, key);
  return node.text;
}

std::optional<std::string> read_nonempty_text(Reporter& reporter, const YamlNode& node, const std::string& key,
                                              TextKind kind, const std::string& hint) {
  auto text = read_text(reporter, node, key, kind);
  if (text && text->find_first_not_of(" \n") == std::string::npos) {
    reporter.error(node.position, "saknat-varde",
                   fmt::format("`{}` är tom. {}", key, hint.empty() ? "Fyll i en text." : hint));
    return std::nullopt;
  }
  return text;
}

std::optional<long> read_integer(Reporter& reporter, const YamlNode& node, const std::string& key, long min, long max) {
  const std::string& t = node.text;
  const bool digits = node.is_scalar() && !t.empty() && t.size() <= 9 &&
                      std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (!digits) {
    reporter.error(
        node.position, "fel-typ",
        fmt::format("`{}` ska vara ett heltal mellan {} och {}, men här står {}.", key, min, max, describe(node)));
    return std::nullopt;
  }
  const long value = std::stol(t);
  if (value < min || value > max) {
    reporter.error(node.position, "otillatet-varde",
                   fmt::format("`{}` ska vara ett heltal mellan {} och {}, inte {}.", key, min, max, value));
    return std::nullopt;
  }
  return value;
}

std::optional<bool> read_bool(Reporter& reporter, const YamlNode& node, const std::string& key) {
  const std::string t = lowercase_ascii(node.text);
  if (node.is_scalar() && !node.quoted) {
    if (t == "true") return true;
    if (t == "false") return false;
  }
  std::string hint;
  if (t == "ja" || t == "yes" || t == "j" || t == "y" || t == "sant") hint = " Skriv `true` för ja.";
  if (t == "nej" || t == "no" || t == "n" || t == "falskt") hint = " Skriv `false` för nej.";
  reporter.error(node.position, "fel-typ",
                 fmt::format("`{}` ska vara true (ja) eller false (nej), utan citattecken, men här står {}.{}", key,
                             describe(node), hint));
  return std::nullopt;
}

std::optional<std::string> read_choice(Reporter& reporter, const YamlNode& node, const std::string& key,
                                       const std::vector<std::string>& allowed) {
  if (!node.is_scalar()) {
    reporter.error(node.position, "fel-typ",
                   fmt::format("`{}` ska vara ett av värdena {}, men här står {}.", key,
                               list_alternatives(allowed, "eller"), describe(node)));
    return std::nullopt;
  }
  if (std::find(allowed.begin(), allowed.end(), node.text) != allowed.end()) return node.text;
  std::string message = fmt::format("`{}` kan inte vara \"{}\".", key, node.text);
  if (const auto suggestion = nearest(node.text, allowed)) message += fmt::format(" Menade du `{}`?", *suggestion);
  message += fmt::format(" Tillåtna värden: {}.", list_alternatives(allowed, "eller"));
  reporter.error(node.position, "otillatet-varde", message);
  return std::nullopt;
}

std::optional<Date> read_date(Reporter& reporter, const YamlNode& node, const std::string& key) {
  if (node.is_scalar()) {
    if (auto date = parse_date(node.text)) return date;
  }
  const bool shaped = node.is_scalar() && node.text.size() == 10 && node.text[4] == '-' && node.text[7] == '-';
  reporter.error(node.position, "ogiltigt-datum",
                 shaped ? fmt::format("`{}`: {} är inget datum som finns. Kontrollera månad och dag.", key, node.text)
                        : fmt::format("`{}` ska vara ett datum skrivet ÅÅÅÅ-MM-DD, t.ex. 2026-12-02, "
                                      "men här står {}.",
                                      key, describe(node)));
  return std::nullopt;
}

std::optional<Period> read_period(Reporter& reporter, const YamlNode& node, const std::string& key) {
  if (node.is_scalar()) {
    if (auto period = parse_period(node.text)) return period;
  }
  reporter.error(
      node.position, "ogiltig-period",
      fmt::format("`{}` ska vara en månad skriven ÅÅÅÅ-MM, t.ex. 2026-11, men här står {}.", key, describe(node)));
  return std::nullopt;
}

namespace {

// A list, or else an error that says a list was expected (a single value is
// read by the caller before this).
bool is_list(Reporter& reporter, const YamlNode& node, const std::string& key) {
  if (node.is_sequence()) return true;
  reporter.error(node.position, "fel-typ",
                 fmt::format("`{}` ska vara en lista, t.ex. [a, b], men här står {}.", key, describe(node)));
  return false;
}

}  // namespace

std::vector<std::pair<std::string, Position>> read_text_list(Reporter& reporter, const YamlNode& node,
                                                             const std::string& key, TextKind kind) {
  std::vector<std::pair<std::string, Position>> out;
  if (node.is_null()) return out;
  if (node.is_scalar()) {
    if (auto text = read_text(reporter, node, key, kind)) out.emplace_back(*text, node.position);
    return out;
  }
  if (!is_list(reporter, node, key)) return out;
  for (const auto& item : node.items) {
    if (auto text = read_text(reporter, item, key, kind)) out.emplace_back(*text, item.position);
  }
  if (kind == TextKind::FreeText) check_not_split(reporter, node, key);
  return out;
}

std::vector<std::string> read_choice_list(Reporter& reporter, const YamlNode& node, const std::string& key,
                                          const std::vector<std::string>& allowed) {
  std::vector<std::string> out;
  if (node.is_scalar()) {
    if (auto value = read_choice(reporter, node, key, allowed)) out.push_back(*value);
    return out;
  }
  if (!is_list(reporter, node, key)) return out;
  for (const auto& item : node.items) {
    if (auto value = read_choice(reporter, item, key, allowed)) out.push_back(*value);
  }
  return out;
}

}  // namespace lagesbild
