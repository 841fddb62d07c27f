// SPDX-License-Identifier: EUPL-1.2
#include "core/diag/reporter.hpp"

#include <algorithm>

#include "core/base/personal_data.hpp"
#include "core/base/safe_text.hpp"
#include "core/base/text.hpp"

namespace lagesbild {

void Reporter::error(Position at, std::string rule, std::string message) {
  report(Severity::Error, at, std::move(rule), std::move(message));
}

void Reporter::error(Position at, std::string rule, std::string message, Respelling respelling) {
  Diagnostic d = make(Severity::Error, at, std::move(rule), std::move(message));
  d.respelling = std::move(respelling);
  out_.add(std::move(d));
}

void Reporter::warning(Position at, std::string rule, std::string message) {
  report(Severity::Warning, at, std::move(rule), std::move(message));
}

void Reporter::report(Severity severity, Position at, std::string rule, std::string message) {
  out_.add(make(severity, at, std::move(rule), std::move(message)));
}

Diagnostic Reporter::make(Severity severity, Position at, std::string rule, std::string message) const {
  Diagnostic d;
  d.file = source_.path();
  d.position = at;
  d.severity = severity;
  d.rule = std::move(rule);
  // Never quote an identity number back (cron logs would spread it), and
  // never print control characters from a file to a terminal.
  d.message = printable(mask_personal_identity_numbers(std::move(message)));
  std::u32string line = decode_utf8(printable(mask_personal_identity_numbers(std::string(source_.line(at.line)))));
  // A very long line is shown as a window around the column.
  constexpr std::size_t kWindow = 70;
  std::size_t column = static_cast<std::size_t>(std::max(at.column, 1));
  if (line.size() > 2 * kWindow) {
    const std::size_t from = column > kWindow ? column - kWindow : 0;
    const bool cut_start = from > 0;
    const bool cut_end = from + 2 * kWindow < line.size();
    line = (cut_start ? U"…" : U"") + line.substr(from, 2 * kWindow) + (cut_end ? U"…" : U"");
    column = column - from + (cut_start ? 1 : 0);
  }
  d.excerpt = encode_utf8(line);
  d.excerpt_column = static_cast<int>(column);
  return d;
}

}  // namespace lagesbild
