// SPDX-License-Identifier: EUPL-1.2
// A diagnostic is a value: where, how bad, which rule, and what to do about
// it. Producers never print; the command line formats them at the edge.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace lagesbild {

// 1-based line and column (in characters, as an editor counts them).
// Line 0 means the file as a whole.
struct Position {
  int line = 0;
  int column = 0;
};

enum class Severity { Error, Warning };

// An unknown key that is beyond doubt a typo of one known key (`Trend` for
// `trend`): `validate --fix` writes `known` in its place.
struct Respelling {
  std::string written;
  std::string known;
};

struct Diagnostic {
  std::string file;
  Position position;
  Severity severity = Severity::Error;
  std::string rule;        // stable id, e.g. "okand-nyckel"; scripts may rely on it
  std::string message;     // Swedish, says what is wrong and how to fix it
  std::string excerpt;     // the offending source line (or a window of a long one), personal data masked
  int excerpt_column = 0;  // where the caret goes in the excerpt; 0: the position's column
  std::optional<Respelling> respelling = std::nullopt;  // set only on an "okand-nyckel" that --fix may repair
};

class Diagnostics {
 public:
  void add(Diagnostic diagnostic) { items_.push_back(std::move(diagnostic)); }
  void append(const Diagnostics& other) { items_.insert(items_.end(), other.items_.begin(), other.items_.end()); }
  const std::vector<Diagnostic>& items() const { return items_; }
  std::size_t error_count() const;
  std::size_t warning_count() const;
  bool has_errors() const { return error_count() > 0; }
  // Warnings become errors (`--strict`).
  void promote_warnings();
  // By file, then line and column, so a reader goes through the file top down.
  void sort();
  // Keeps the first `max` diagnostics of each file (after sort()) and says
  // how many more there were, so a broken file cannot flood a log.
  void limit_per_file(std::size_t max);

 private:
  std::vector<Diagnostic> items_;
};

}  // namespace lagesbild
