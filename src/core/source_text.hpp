// The text of one input file after the byte-level checks: UTF-8 without BOM,
// with "\n" line endings. Knows its lines, so diagnostics can quote them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.hpp"

namespace lagesbild {

class SourceText {
 public:
  SourceText() = default;
  SourceText(std::string path, std::string text);

  const std::string& path() const { return path_; }
  const std::string& text() const { return text_; }
  std::size_t line_count() const { return line_starts_.size(); }
  // 1-based; empty view when out of range.
  std::string_view line(int number) const;
  // Position (1-based line, character column) of a byte offset.
  Position position_of(std::size_t offset) const;
  // Character column (1-based) of a 0-based byte column on a 1-based line.
  int column_of(int line, std::size_t byte_column) const;

 private:
  std::string path_;
  std::string text_;
  std::vector<std::size_t> line_starts_;
};

// Text safe to print: control characters (raw or from YAML escapes such as
// "\e[2J") become U+FFFD so that nothing from a file can steer a terminal.
std::string printable(std::string text);

// Text from a file or a file name made safe to show anywhere: bytes that
// are not UTF-8 become U+FFFD, control characters too, and identity
// numbers are masked. Every diagnostic passes through it when printed.
// `for_terminal` false keeps control characters, for JSON, which escapes them.
std::string safe_text(std::string text, bool for_terminal = true);

// Builds diagnostics for one file, quoting the source line of each.
class Reporter {
 public:
  Reporter(const SourceText& source, Diagnostics& out) : source_(source), out_(out) {}
  void error(Position at, std::string rule, std::string message);
  void warning(Position at, std::string rule, std::string message);
  void report(Severity severity, Position at, std::string rule, std::string message);
  const SourceText& source() const { return source_; }
  Diagnostics& diagnostics() { return out_; }

 private:
  const SourceText& source_;
  Diagnostics& out_;
};

}  // namespace lagesbild
