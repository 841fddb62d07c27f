// SPDX-License-Identifier: EUPL-1.2
// The one way producers make diagnostics: a Reporter knows the file, quotes
// the offending line and masks what must not be shown again.
#pragma once

#include <string>

#include "core/diag/diagnostic.hpp"
#include "core/diag/source_text.hpp"

namespace lagesbild {

// Builds diagnostics for one file, quoting the source line of each.
class Reporter {
 public:
  Reporter(const SourceText& source, Diagnostics& out) : source_(source), out_(out) {}
  void error(Position at, std::string rule, std::string message);
  void warning(Position at, std::string rule, std::string message);
  void report(Severity severity, Position at, std::string rule, std::string message);
  // An error `validate --fix` may repair by writing the key as `respelling` says.
  void error(Position at, std::string rule, std::string message, Respelling respelling);
  const SourceText& source() const { return source_; }
  Diagnostics& diagnostics() { return out_; }

 private:
  Diagnostic make(Severity severity, Position at, std::string rule, std::string message) const;
  const SourceText& source_;
  Diagnostics& out_;
};

}  // namespace lagesbild
