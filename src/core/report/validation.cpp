// SPDX-License-Identifier: EUPL-1.2
#include "core/report/validation.hpp"

#include <fmt/format.h>

#include "core/base/safe_text.hpp"
#include "core/diag/reporter.hpp"
#include "core/report/party_material.hpp"
#include "core/report/read_joint.hpp"
#include "core/report/read_local.hpp"
#include "core/report/report_loader.hpp"

namespace lagesbild {

namespace {

ValidatedFile checked_report(const LoadedReport& loaded, ValidatedFile checked, const ValidationOptions& options) {
  checked.unreadable = loaded.unreadable();
  Reporter reporter(loaded.document.source, checked.diagnostics);
  if (loaded.local) check_complete(reporter, *loaded.local, *loaded.questionnaire, Severity::Error);
  if (loaded.joint && options.final) check_final(reporter, *loaded.joint, *loaded.questionnaire);
  if (loaded.joint && !options.final) check_party_material(reporter, *loaded.joint, Severity::Warning);
  if (options.strict) checked.diagnostics.promote_warnings();
  return checked;
}

}  // namespace

ValidatedFile validate_file(const std::string& path, const ValidationOptions& options, QuestionnaireCatalog& catalog) {
  ValidatedFile checked;
  LoadedReport loaded = load_report(path, catalog, checked.diagnostics);
  return checked_report(loaded, std::move(checked), options);
}

ValidatedFile validate_text(const std::string& path, std::string bytes, const ValidationOptions& options,
                            QuestionnaireCatalog& catalog) {
  ValidatedFile checked;
  LoadedReport loaded = load_report_text(path, std::move(bytes), catalog, checked.diagnostics);
  return checked_report(loaded, std::move(checked), options);
}

std::string verdict_line(const std::string& raw_file, const Diagnostics& d) {
  const std::string file = safe_text(raw_file);
  if (d.error_count() == 0 && d.warning_count() == 0) return fmt::format("{}: godkänd\n", file);
  if (d.error_count() == 0) return fmt::format("{}: godkänd, med {} varning(ar)\n", file, d.warning_count());
  return fmt::format("{}: {} fel, {} varning(ar)\n", file, d.error_count(), d.warning_count());
}

}  // namespace lagesbild
