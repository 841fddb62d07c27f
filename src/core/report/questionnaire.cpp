// SPDX-License-Identifier: EUPL-1.2
#include "core/report/questionnaire.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>

#include "core/base/by_id.hpp"
#include "core/diag/reporter.hpp"
#include "core/os/program.hpp"
#include "core/os/utf8_path.hpp"
#include "core/report/field_reader.hpp"
#include "core/report/known_questionnaires.hpp"
#include "core/report/report.hpp"
#include "core/yaml/yaml_reader.hpp"
#include "core/yaml/yaml_tree.hpp"

namespace lagesbild {

namespace fs = std::filesystem;

const QuestionnaireArea* Questionnaire::area(const std::string& area_id) const {
  return find_by_id(areas, area_id);
}

std::vector<std::string> Questionnaire::area_ids() const {
  std::vector<std::string> ids;
  for (const auto& a : areas) ids.push_back(a.id);
  return ids;
}

bool Questionnaire::has_party(const std::string& party) const {
  return std::find(parties.begin(), parties.end(), party) != parties.end();
}

bool is_reserved_party_id(const std::string& id) {
  return id == words::kJoint;
}

bool is_identifier(const std::string& id) {
  if (id.empty()) return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-' || u >= 0x80;
  });
}

namespace {

std::vector<std::string> read_id_list(Reporter& reporter, MappingReader& map, const std::string& key) {
  std::vector<std::string> ids;
  const YamlNode* node = map.required(key);
  if (!node) return ids;
  std::set<std::string> seen;
  for (auto& [id, position] : read_text_list(reporter, *node, key, TextKind::Word)) {
    if (!is_identifier(id)) {
      reporter.error(position, "mall-id",
                     fmt::format("\"{}\" i `{}` ska vara ett id med små bokstäver, siffror och _.", id, key));
    } else if (!seen.insert(id).second) {
      reporter.error(position, "mall-id", fmt::format("\"{}\" står två gånger i `{}`.", id, key));
    } else {
      ids.push_back(id);
    }
  }
  return ids;
}

}  // namespace

std::optional<Questionnaire> load_questionnaire(const std::string& path, Diagnostics& diagnostics) {
  Diagnostics local;
  YamlDocument document = load_yaml_file(path, local);
  Reporter reporter(document.source, local);
  Questionnaire q;
  q.path = path;
  if (document.root) {
    MappingReader map(reporter, *document.root, "mallen");
    if (map.is_mapping()) {
      if (const auto* n = map.required("mall")) {
        if (auto id = read_nonempty_text(reporter, *n, "mall", TextKind::Word)) {
          if (!is_identifier(*id)) reporter.error(n->position, "mall-id", "`mall` ska vara ett id som dalarna-2019.");
          q.id = *id;
        }
      }
      if (const auto* n = map.required("namn")) q.name = read_text(reporter, *n, "namn", TextKind::Word).value_or("");
      if (const auto* n = map.optional("utgivare"))
        q.publisher = read_text(reporter, *n, "utgivare", TextKind::Word).value_or("");
      if (const auto* n = map.required("giltig_från"))
        q.valid_from = read_date(reporter, *n, "giltig_från").value_or(Date{});
      q.parties = read_id_list(reporter, map, "parter");
      for (const auto& party : q.parties)
        if (is_reserved_party_id(party))
          reporter.error(map.node().find("parter")->position, "mall-id",
                         "\"gemensam\" kan inte vara en part: ordet betecknar den gemensamma lägesbilden.");
      q.sources = read_id_list(reporter, map, "källor");
      if (const auto* areas = map.required("områden")) {
        if (!areas->is_sequence()) {
          reporter.error(areas->position, "fel-typ", "`områden` ska vara en lista med id, rubrik och fråga.");
        } else {
          std::set<std::string> seen;
          for (const auto& item : areas->items) {
            MappingReader area_map(reporter, item, "ett område i mallen");
            if (!area_map.is_mapping()) continue;
            QuestionnaireArea area;
            if (const auto* n = area_map.required("id")) {
              area.id = read_nonempty_text(reporter, *n, "id", TextKind::Word).value_or("");
              if (!area.id.empty() && (!is_identifier(area.id) || !seen.insert(area.id).second))
                reporter.error(n->position, "mall-id",
                               fmt::format("områdets id \"{}\" är ogiltigt eller förekommer två gånger.", area.id));
            }
            if (const auto* n = area_map.required("rubrik"))
              area.heading = read_nonempty_text(reporter, *n, "rubrik", TextKind::Word).value_or("");
            if (const auto* n = area_map.required("fråga"))
              area.question = read_nonempty_text(reporter, *n, "fråga", TextKind::Word).value_or("");
            area_map.finish();
            q.areas.push_back(std::move(area));
          }
          if (q.areas.empty()) reporter.error(areas->position, "mall-id", "mallen har inga områden.");
        }
      }
      map.finish();
    }
  }
  const bool ok = !local.has_errors() && document.root.has_value();
  diagnostics.append(local);
  if (!ok) return std::nullopt;
  return q;
}

namespace {

// The compiled-in reading of a file, when its bytes are those of a known
// questionnaire: a stat, and a read only when the size fits.
std::optional<Questionnaire> known_reading(const std::string& path) {
  std::error_code ec;
  const fs::path native = path_from_utf8(path);
  const std::uintmax_t size = fs::file_size(native, ec);
  if (ec) return std::nullopt;
  std::string bytes;
  for (const auto& known : known_questionnaires()) {
    if (known.bytes.size() != size) continue;
    if (bytes.empty()) {
      std::ifstream in(native, std::ios::binary);
      bytes.resize(known.bytes.size());  // == size, as a size_t on every platform
      if (!in.read(bytes.data(), static_cast<std::streamsize>(size))) return std::nullopt;
    }
    if (bytes != known.bytes) continue;
    Questionnaire q = known.questionnaire;
    q.path = path;
    return q;
  }
  return std::nullopt;
}

}  // namespace

const Questionnaire* QuestionnaireCatalog::load(const std::string& path, Diagnostics& diagnostics) {
  const auto it = loaded_.find(path);
  if (it != loaded_.end()) return it->second.get();
  auto q = known_reading(path);
  if (!q) q = load_questionnaire(path, diagnostics);
  if (!q) return nullptr;
  auto& slot = loaded_[path];
  slot = std::make_unique<Questionnaire>(std::move(*q));
  return slot.get();
}

std::string QuestionnaireCatalog::path_of(const std::string& id, const std::string& beside) const {
  std::vector<std::string> folders = folders_;
  if (!beside.empty()) folders.push_back(beside);
  for (const auto& folder : folders) {
    const fs::path candidate = path_from_utf8(folder) / path_from_utf8(id + ".yaml");
    std::error_code ec;
    if (fs::is_regular_file(candidate, ec)) return utf8_like(candidate, folder);
  }
  return {};
}

std::vector<std::string> QuestionnaireCatalog::known_ids() const {
  std::set<std::string> ids;
  for (const auto& folder : folders_) {
    std::error_code ec;
    for (fs::directory_iterator it(path_from_utf8(folder), ec), end; !ec && it != end; it.increment(ec)) {
      if (it->path().extension() == ".yaml") ids.insert(utf8_of(it->path().stem()));
    }
  }
  return {ids.begin(), ids.end()};
}

const Questionnaire* QuestionnaireCatalog::find(const std::string& id_or_path, Diagnostics& diagnostics) {
  const bool is_path = path_from_utf8(id_or_path).has_parent_path() ||
                       (id_or_path.size() > 5 && id_or_path.compare(id_or_path.size() - 5, 5, ".yaml") == 0);
  if (is_path) {
    std::lock_guard<std::mutex> lock(mutex_);
    const Questionnaire* q = load(id_or_path, diagnostics);
    // Reports that name it by id find it too.
    if (q) add_folder(folder_name(id_or_path).empty() ? "." : folder_name(id_or_path));
    return q;
  }
  return find_by_id(id_or_path, diagnostics);
}

const Questionnaire* QuestionnaireCatalog::find_by_id(const std::string& id, Diagnostics& diagnostics,
                                                      const std::string& beside) {
  if (!is_identifier(id)) return nullptr;  // the caller says where the id was written
  std::lock_guard<std::mutex> lock(mutex_);
  const auto known = found_.find({id, beside});
  const std::string path = known != found_.end() ? known->second : found_[{id, beside}] = path_of(id, beside);
  if (path.empty()) return nullptr;
  // A broken questionnaire is read again for each report that names it, so
  // that each lists its problems, as with one core.
  const Questionnaire* q = load(path, diagnostics);
  if (q && q->id != id) {
    diagnostics.add(
        {path,
         {1, 1},
         Severity::Error,
         "mall-id",
         fmt::format("filen heter {}.yaml men dess `mall:` är \"{}\". Filnamnet och id:t ska vara lika.", id, q->id),
         {},
         0});
    return nullptr;
  }
  return q;
}

std::vector<std::string> default_questionnaire_folders(const std::string& executable_path) {
  std::vector<std::string> folders;
  if (const auto list = environment_variable("LAGESBILD_MALLAR")) {
    std::size_t start = 0;
    while (start <= list->size()) {
      std::size_t end = list->find(path_list_separator(), start);
      if (end == std::string::npos) end = list->size();
      if (end > start) folders.push_back(list->substr(start, end - start));
      start = end + 1;
    }
  }
  std::error_code ec;
  const fs::path exe = fs::weakly_canonical(path_from_utf8(executable_path), ec);
  const fs::path build_dir = fs::weakly_canonical(path_from_utf8(LAGESBILD_BUILD_DIR), ec);
  const fs::path inside_build = exe.lexically_relative(build_dir);
  if (!build_dir.empty() && !inside_build.empty() && *inside_build.begin() != "..")
    folders.push_back(LAGESBILD_SOURCE_TEMPLATES);
  // Relocatable install: <prefix>/bin/lagesbild and <prefix>/share/lagesbild/templates;
  // the Windows zip: mallar\ beside lagesbild.exe.
  folders.push_back(utf8_of(exe.parent_path().parent_path() / "share" / "lagesbild" / "templates"));
  folders.push_back(utf8_of(exe.parent_path() / "mallar"));
  folders.push_back(LAGESBILD_INSTALL_TEMPLATES);
  return folders;
}

}  // namespace lagesbild
