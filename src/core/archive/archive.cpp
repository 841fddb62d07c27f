// SPDX-License-Identifier: EUPL-1.2
#include "core/archive/archive.hpp"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "core/base/by_id.hpp"
#include "core/base/parallel.hpp"
#include "core/base/safe_text.hpp"
#include "core/base/text.hpp"
#include "core/diag/reporter.hpp"
#include "core/os/files.hpp"
#include "core/os/utf8_path.hpp"
#include "core/report/party_material.hpp"
#include "core/report/read_joint.hpp"
#include "core/report/read_local.hpp"

namespace lagesbild {

namespace fs = std::filesystem;

namespace {

// "2026-11_alvdalen_polis.yaml" -> period, slug, party: for files whose
// content cannot be read.
void attribute_by_name(ArchiveFile& f) {
  const std::string stem = stem_name(f.path);
  const auto first = stem.find('_');
  const auto last = stem.rfind('_');
  if (first == std::string::npos || last == first) return;
  if (!f.period) f.period = parse_period(stem.substr(0, first));
  if (f.municipality_slug.empty())
    f.municipality_slug = file_name_slug(safe_text(stem.substr(first + 1, last - first - 1)));
  if (f.municipality.empty()) f.municipality = f.municipality_slug;
  if (f.party.empty()) f.party = stem.substr(last + 1);
}

LocalFigures figures_of(const LocalReport& report) {
  LocalFigures figures{report.header, {}};
  figures.areas.reserve(report.areas.size());
  for (const auto& a : report.areas) {
    std::size_t events = 0;
    for (const auto& o : a.observations) events += static_cast<std::size_t>(o.count.value_or(1));
    figures.areas.push_back(
        {a.id, a.trend, a.observations.size(), events, !a.observations.empty() || a.nothing_to_report});
  }
  return figures;
}

JointFigures figures_of(const JointReport& report) {
  JointFigures figures{report.header, {}, {}};
  figures.areas.reserve(report.areas.size());
  for (const auto& a : report.areas) figures.areas.push_back({a.id, a.agreed_trend, a.priority});
  for (const auto& action : report.actions)
    if (is_open(action)) figures.open_actions.push_back(action);
  return figures;
}

// Runs on a worker thread: reads one file and keeps only its figures.
ArchiveFile read_one(const std::string& path, QuestionnaireCatalog& catalog) {
  ArchiveFile f;
  f.path = path;
  LoadedReport loaded = load_report(path, catalog, f.diagnostics);
  f.questionnaire = loaded.questionnaire;
  const ReportHeader* header = nullptr;
  if (loaded.local) {
    header = &loaded.local->header;
    f.party = loaded.local->party;
  } else if (loaded.joint) {
    header = &loaded.joint->header;
    f.party = words::kJoint;
  }
  if (header) {
    f.municipality = safe_text(header->municipality);
    f.municipality_slug = file_name_slug(f.municipality);
    f.municipality_key = name_key(f.municipality);
    if (header->period.year != 0) f.period = header->period;
  }
  f.valid = !f.diagnostics.has_errors() && (loaded.local || loaded.joint);
  if (f.valid && loaded.local) {
    Diagnostics completeness;
    Reporter check(loaded.document.source, completeness);
    check_complete(check, *loaded.local, *loaded.questionnaire, Severity::Warning);
    f.complete = completeness.items().empty();
    f.local = figures_of(*loaded.local);
  }
  if (f.valid && loaded.joint) {
    Diagnostics finality;
    Reporter check(loaded.document.source, finality);
    check_final(check, *loaded.joint, *loaded.questionnaire);
    f.final = !finality.has_errors();
    f.hand_edited = party_material_edited(*loaded.joint);
    f.joint = figures_of(*loaded.joint);
  }
  // Only a broken file's problems are printed (status, summary).
  if (f.valid) f.diagnostics = Diagnostics();
  attribute_by_name(f);
  return f;
}

}  // namespace

namespace {

// Swedish alphabetical order: å, ä and ö come after z.
std::u32string swedish_sort_key(const std::string& name) {
  std::u32string key = decode_utf8(name);
  for (auto& c : key) {
    if (c >= U'A' && c <= U'Z') c += 32;
    if (c == U'Å' || c == U'å') c = U'z' + 1;
    if (c == U'Ä' || c == U'ä' || c == U'Æ' || c == U'æ') c = U'z' + 2;
    if (c == U'Ö' || c == U'ö' || c == U'Ø' || c == U'ø') c = U'z' + 3;
  }
  return key;
}

}  // namespace

std::vector<std::pair<std::string, std::string>> Archive::municipalities() const {
  std::map<std::string, std::string> names;  // key -> a name as written in a valid file
  for (const auto& f : files) {
    if (f.municipality_key.empty()) continue;
    auto& name = names[f.municipality_key];
    if (name.empty() || (f.valid && name == f.municipality_slug)) name = f.municipality;
  }
  std::vector<std::pair<std::string, std::string>> out(names.begin(), names.end());
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return swedish_sort_key(a.second) < swedish_sort_key(b.second);
  });
  return out;
}

namespace {

// A file that names no municipality (it cannot be read) joins the one its
// file name points to. When two do (Håbo and Habo), it joins the one with
// files in its folder (an archive kept by county), and when that does not
// tell either, it is not attributed (it is reported without a municipality).
// When none does, it stands alone, as the file name says.
void attribute_nameless(std::vector<ArchiveFile>& files) {
  std::map<std::string, std::set<std::string>> keys_of_slug;
  std::map<std::string, std::set<std::string>> keys_in_folder;
  for (const auto& f : files) {
    if (f.municipality_key.empty()) continue;
    keys_of_slug[f.municipality_slug].insert(f.municipality_key);
    keys_in_folder[folder_name(f.path)].insert(f.municipality_key);
  }
  for (auto& f : files) {
    if (!f.municipality_key.empty() || f.municipality_slug.empty()) continue;
    const auto it = keys_of_slug.find(f.municipality_slug);
    if (it == keys_of_slug.end()) {
      f.municipality_key = "fil:" + f.municipality_slug;
      continue;
    }
    std::vector<std::string> candidates;
    for (const auto& key : it->second)
      if (it->second.size() == 1 || keys_in_folder[folder_name(f.path)].count(key)) candidates.push_back(key);
    if (candidates.size() == 1) f.municipality_key = candidates.front();
  }
}

std::tuple<std::string, std::string, std::string> index_key(const std::string& key, const Period& period,
                                                            const std::string& party) {
  return {key, to_string(period), party};
}

}  // namespace

const LocalFigures::Area* LocalFigures::area(const std::string& id) const {
  return find_by_id(areas, id);
}

const JointFigures::Area* JointFigures::area(const std::string& id) const {
  return find_by_id(areas, id);
}

bool Archive::answers_to(const std::string& key, const std::string& asked) const {
  const std::string asked_key = name_key(asked);
  if (key == asked_key) return true;
  const bool written_so =
      std::any_of(files.begin(), files.end(), [&](const ArchiveFile& f) { return f.municipality_key == asked_key; });
  if (written_so) return false;
  const auto named =
      std::find_if(files.begin(), files.end(), [&](const ArchiveFile& f) { return f.municipality_key == key; });
  return named != files.end() && named->municipality_slug == file_name_slug(asked);
}

std::vector<const ArchiveFile*> Archive::find(const std::string& key, const Period& period,
                                              const std::string& party) const {
  std::vector<const ArchiveFile*> found;
  const auto it = index_.find(index_key(key, period, party));
  if (it != index_.end())
    for (const std::size_t i : it->second) found.push_back(&files[i]);
  return found;
}

Archive read_archive(const std::vector<std::string>& folders, QuestionnaireCatalog& catalog, unsigned jobs) {
  Archive archive;
  std::vector<std::string> paths;
  for (const auto& folder : folders) {
    std::error_code ec;
    fs::directory_iterator it(path_from_utf8(folder), ec);
    if (ec) {
      archive.unreadable_folders.push_back(folder);
      continue;
    }
    for (fs::directory_iterator end; it != end; it.increment(ec)) {
      if (ec) break;
      const auto extension = lowercase_ascii(utf8_of(it->path().extension()));
      if (extension != ".yaml" && extension != ".yml") continue;
      // A link could point anywhere (/etc/shadow) and its first line would be
      // quoted in a log: links (and on Windows junctions) are named and
      // skipped, never read.
      const std::string path = utf8_like(it->path().lexically_normal(), folder);
      if (file_kind(path) == FileKind::Link) {
        archive.skipped_links.push_back(path);
        continue;
      }
      if (it->is_regular_file(ec)) paths.push_back(path);
    }
  }
  std::sort(paths.begin(), paths.end());
  paths.erase(std::unique(paths.begin(), paths.end()), paths.end());
  archive.files.reserve(paths.size());
  for_each_ordered(
      paths.size(), jobs, [&](std::size_t i) { return read_one(paths[i], catalog); },
      [&](std::size_t, ArchiveFile f) {
        // A questionnaire kept beside the reports (a revised one) is not a report.
        const auto& items = f.diagnostics.items();
        if (std::any_of(items.begin(), items.end(), [](const Diagnostic& d) { return d.rule == "inte-en-lagesbild"; }))
          return;
        archive.files.push_back(std::move(f));
      });
  attribute_nameless(archive.files);
  for (std::size_t i = 0; i < archive.files.size(); ++i) {
    const ArchiveFile& f = archive.files[i];
    if (f.period) archive.index_[index_key(f.municipality_key, *f.period, f.party)].push_back(i);
  }
  return archive;
}

}  // namespace lagesbild
