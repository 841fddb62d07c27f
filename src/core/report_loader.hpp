// Loads a report file of either kind, checking everything FORMAT.md says of
// it against the questionnaire it names.
#pragma once

#include <optional>
#include <string>

#include "core/questionnaire.hpp"
#include "core/report.hpp"
#include "core/yaml_tree.hpp"

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

// Reading one kind from a parsed tree (after the header told which kind).
class MappingReader;
ReportHeader read_header(Reporter& reporter, MappingReader& root);
LocalReport read_local_report(Reporter& reporter, MappingReader& root, const Questionnaire& q);
JointReport read_joint_report(Reporter& reporter, MappingReader& root, const Questionnaire& q);

// Completeness (FORMAT.md §2): every area answered and with a trend. Reported
// with `severity`: an error for `validate`, a warning where drafts are fine.
void check_complete(Reporter& reporter, const LocalReport& report, const Questionnaire& q,
                    Severity severity);
// Finality (FORMAT.md §3): agreed trends, cause analyses for priorities, approvals.
void check_final(Reporter& reporter, const JointReport& report, const Questionnaire& q);

// The file name FORMAT.md §4 asks for, e.g. "2026-11_alvdalen_polis.yaml".
std::string report_file_name(const Period& period, const std::string& municipality, const std::string& party);

}  // namespace lagesbild
