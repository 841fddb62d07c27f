// SPDX-License-Identifier: EUPL-1.2
// Loads a report file of either kind, checking everything lagesbild(5) says
// of it against the questionnaire it names.
#pragma once

#include <optional>
#include <string>

#include "core/diag/reporter.hpp"
#include "core/report/questionnaire.hpp"
#include "core/report/report.hpp"
#include "core/yaml/yaml_tree.hpp"

namespace lagesbild {

struct LoadedReport {
  std::string path;
  YamlDocument document;
  const Questionnaire* questionnaire = nullptr;
  std::optional<LocalReport> local;  // exactly one of these when the file could be read
  std::optional<JointReport> joint;
  bool unreadable() const { return document.unreadable; }
};

LoadedReport load_report(const std::string& path, QuestionnaireCatalog& catalog, Diagnostics& diagnostics);
// The same for text in memory, e.g. a file about to be written.
LoadedReport load_report_text(const std::string& path, std::string text, QuestionnaireCatalog& catalog,
                              Diagnostics& diagnostics);

// The keys both kinds share (lagesbild(5) §2, §3).
class MappingReader;
ReportHeader read_header(Reporter& reporter, MappingReader& root);

}  // namespace lagesbild
