// SPDX-License-Identifier: EUPL-1.2
#include "core/report/file_fix.hpp"

#include <fstream>
#include <optional>
#include <set>
#include <sstream>

#include "core/os/atomic_file.hpp"
#include "core/os/files.hpp"
#include "core/os/utf8_path.hpp"

namespace lagesbild {

namespace {

std::optional<std::string> read_bytes(const std::string& path) {
  std::ifstream in(path_from_utf8(path), std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (in.bad()) return std::nullopt;
  return std::move(bytes).str();
}

// The rules of the YAML layer: a file with one of these errors is not read
// any further, so every other error is still to come.
bool stops_reading(const std::string& rule) {
  static const std::set<std::string> rules = {"fil",        "filstorlek", "teckenkodning", "binar-fil",
                                              "styrtecken", "tabb",       "tom-fil",       "forvaxlingsbart-tecken"};
  return rule.rfind("yaml-", 0) == 0 || rules.count(rule) > 0;
}

// Worse: stopped earlier, or as far but with more errors.
bool worse(const Diagnostics& after, const Diagnostics& before) {
  const auto stopped = [](const Diagnostics& d) {
    for (const auto& item : d.items())
      if (item.severity == Severity::Error && stops_reading(item.rule)) return true;
    return false;
  };
  if (stopped(after) != stopped(before)) return stopped(after);
  return after.error_count() > before.error_count();
}

std::string refusal(const std::string& path) {
  switch (file_kind(path)) {
    case FileKind::Missing:
      return "filen finns inte. Kontrollera namnet och mappen";
    case FileKind::Folder:
      return "det här är en mapp, inte en fil";
    case FileKind::Link:
      return "det här är en länk; --fix skriver inte genom länkar. Ange filen den pekar på";
    case FileKind::Other:
      return "det här är ingen vanlig fil";
    case FileKind::Regular:
      break;
  }
  return {};
}

// The keys the validation of `bytes` found to be sure misspellings.
std::vector<KeyRespelling> sure_respellings(const Diagnostics& diagnostics) {
  std::vector<KeyRespelling> keys;
  for (const Diagnostic& d : diagnostics.items())
    if (d.respelling) keys.push_back({d.position.line, d.position.column, d.respelling->written, d.respelling->known});
  return keys;
}

}  // namespace

bool has_mechanical_fixes(const std::string& path, const ValidationOptions& options, QuestionnaireCatalog& catalog) {
  const FixOutcome outcome = fix_file(path, true, options, catalog);
  return outcome.refused.empty() && !outcome.changes.empty();
}

FixOutcome fix_file(const std::string& path, bool dry_run, const ValidationOptions& options,
                    QuestionnaireCatalog& catalog) {
  FixOutcome out;
  const auto refuse = [&](std::string why, bool unreadable) {
    out.changes.clear();
    out.refused = std::move(why);
    out.unreadable = unreadable;
    return out;
  };
  if (std::string why = refusal(path); !why.empty()) return refuse(std::move(why), true);
  const std::optional<std::string> bytes = read_bytes(path);
  if (!bytes) return refuse("filen kan inte läsas: behörighet saknas", true);
  RepairResult repair = repair_text(*bytes);
  if (!repair.bytes) return refuse(std::move(repair.problem), false);
  ValidatedFile after = validate_text(path, *repair.bytes, options, catalog);
  if (repair.tabs) {
    // How wide a tab was meant is not known: the width whose file reads best
    // (Notepad++ and VS Code show 4, Notepad 8).
    for (const std::size_t width : {4u, 8u, 2u}) {
      RepairResult other = repair_text(*bytes, width);
      ValidatedFile checked = validate_text(path, *other.bytes, options, catalog);
      if (!worse(checked.diagnostics, after.diagnostics) && worse(after.diagnostics, checked.diagnostics)) {
        repair = std::move(other);
        after = std::move(checked);
      }
    }
  }
  // Keys only the reading of the repaired file can judge; a respelled key may
  // show the keys under it, so again until none is left.
  for (int round = 0; round < 8; ++round) {
    std::vector<RepairChange> respelled;
    std::string bytes_now = respell_keys(*repair.bytes, sure_respellings(after.diagnostics), respelled);
    if (respelled.empty()) break;
    ValidatedFile checked = validate_text(path, bytes_now, options, catalog);
    if (worse(checked.diagnostics, after.diagnostics)) break;
    repair.bytes = std::move(bytes_now);
    repair.changes.insert(repair.changes.end(), respelled.begin(), respelled.end());
    after = std::move(checked);
  }
  out.left = std::move(repair.left);
  if (*repair.bytes == *bytes) return out;  // nothing to repair
  out.changes = std::move(repair.changes);
  if (!dry_run && !may_write_file(path))
    return refuse("filen är skrivskyddad (behörighet saknas) och rättas inte", true);
  const ValidatedFile before = validate_text(path, *bytes, options, catalog);
  if (worse(after.diagnostics, before.diagnostics))
    return refuse("rättningen skulle ge en fil med fler fel än den har nu, så den görs inte", false);
  if (dry_run) return out;
  // A file that changed while it was worked on: someone else is writing it.
  if (read_bytes(path) != bytes) return refuse("filen ändrades medan den rättades; kör igen när den är sparad", true);
  const FileMode mode = permission_bits(path).value_or(0640);
  if (auto error = write_file_atomically(path, *repair.bytes, mode, Overwrite::Allowed))
    return refuse("filen kunde inte skrivas: " + *error, true);
  out.written = true;
  return out;
}

}  // namespace lagesbild
