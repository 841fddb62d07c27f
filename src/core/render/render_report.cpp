// SPDX-License-Identifier: EUPL-1.2
#include "core/render/render_report.hpp"

#include "core/diag/reporter.hpp"
#include "core/render/document_builder.hpp"
#include "core/report/party_material.hpp"
#include "core/report/read_local.hpp"
#include "core/report/report_loader.hpp"

namespace lagesbild {

ReportDocument document_of_file(const std::string& path, QuestionnaireCatalog& catalog) {
  ReportDocument result;
  LoadedReport loaded = load_report(path, catalog, result.diagnostics);
  result.unreadable = loaded.unreadable();
  Reporter reporter(loaded.document.source, result.diagnostics);
  if (loaded.local) check_complete(reporter, *loaded.local, *loaded.questionnaire, Severity::Warning);
  if (loaded.joint) check_party_material(reporter, *loaded.joint, Severity::Warning);
  if (result.diagnostics.has_errors()) return result;
  result.document = loaded.local ? document_for(*loaded.local, *loaded.questionnaire)
                                 : document_for(*loaded.joint, *loaded.questionnaire);
  return result;
}

}  // namespace lagesbild
