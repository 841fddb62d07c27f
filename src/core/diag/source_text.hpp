// SPDX-License-Identifier: EUPL-1.2
// The text of one input file after the byte-level checks: UTF-8 without BOM,
// with "\n" line endings. Knows its lines, so diagnostics can quote them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/diag/diagnostic.hpp"

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

}  // namespace lagesbild
