// SPDX-License-Identifier: EUPL-1.2
#include "core/diag/diagnostic_format.hpp"

#include <fmt/format.h>

#include "core/base/json.hpp"
#include "core/base/limits.hpp"
#include "core/base/safe_text.hpp"
#include "core/base/text.hpp"
#include "core/diag/source_text.hpp"

namespace lagesbild {

Diagnostics listed(Diagnostics diagnostics) {
  diagnostics.sort();
  diagnostics.limit_per_file(limits::kMaxListedProblems);
  return diagnostics;
}

std::string format_listed_for_people(Diagnostics diagnostics) {
  const Diagnostics shown = listed(std::move(diagnostics));
  std::string text;
  for (const auto& d : shown.items()) text += format_for_people(d);
  return text;
}

std::string format_error_line(const std::string& message) {
  return fmt::format("lagesbild: fel: {}\n", safe_text(message));
}

std::string severity_word(Severity severity) {
  return severity == Severity::Error ? "fel" : "varning";
}

std::string format_for_people(const Diagnostic& raw) {
  // Whatever made the diagnostic, nothing unsafe leaves through here.
  Diagnostic d = raw;
  d.file = safe_text(d.file);
  d.message = safe_text(d.message);
  d.excerpt = safe_text(d.excerpt);
  std::string out;
  const std::string file = d.file.empty() ? "\"\"" : d.file;
  if (d.position.line > 0) {
    out = fmt::format("{}:{}:{}: {}: {} [{}]\n", file, d.position.line, d.position.column, severity_word(d.severity),
                      d.message, d.rule);
  } else {
    out = fmt::format("{}: {}: {} [{}]\n", file, severity_word(d.severity), d.message, d.rule);
  }
  if (d.position.line > 0 && !d.excerpt.empty()) {
    const std::string number = std::to_string(d.position.line);
    out += fmt::format(" {} | {}\n", number, d.excerpt);
    // Under the caret, keep the excerpt's tabs so the caret lines up.
    std::string pad;
    const std::u32string chars = decode_utf8(d.excerpt);
    const int column = d.excerpt_column > 0 ? d.excerpt_column : d.position.column;
    for (std::size_t i = 0; i + 1 < static_cast<std::size_t>(column) && i < chars.size(); ++i)
      pad += chars[i] == U'\t' ? '\t' : ' ';
    out += fmt::format(" {} | {}^\n", std::string(number.size(), ' '), pad);
  }
  return out;
}

std::string format_as_json(const Diagnostics& diagnostics) {
  std::string out = "[";
  bool first = true;
  for (const auto& d : diagnostics.items()) {
    out += first ? "\n  " : ",\n  ";
    first = false;
    out += fmt::format(R"({{"file": {}, "line": {}, "column": {}, "severity": "{}", "rule": {}, "message": {}}})",
                       json_string(safe_text(d.file, false)), d.position.line, d.position.column,
                       d.severity == Severity::Error ? "error" : "warning", json_string(d.rule),
                       json_string(safe_text(d.message, false)));
  }
  out += first ? "]\n" : "\n]\n";
  return out;
}

}  // namespace lagesbild
