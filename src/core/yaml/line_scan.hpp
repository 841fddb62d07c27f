// SPDX-License-Identifier: EUPL-1.2
// Part of the YAML module: the lines of a file as an official sees them,
// before yaml-cpp does. Knows, for every line, its indent, its code without
// the comment, and whether it starts inside a quoted text, a [ ] or { } list
// or a block text (| >) begun above; and finds the YAML that yaml-cpp 0.7
// accepts although it is invalid (`[a, , b]`, `"text"# comment`, `"\'"`,
// a `%` directive, a lone `-` in a list). lagesbild(5) allows none of it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace lagesbild {

struct ScannedLine {
  enum class Start { Block, InQuote, InFlow, InBlockText };
  int number = 0;          // 1-based
  std::size_t indent = 0;  // spaces before the first other character
  Start start = Start::Block;
  std::string code;                                // from the indent to the comment, trailing spaces removed
  std::size_t comment_column = std::string::npos;  // byte column of the '#' of a comment
  std::string comment;                             // after the '#'
  bool blank() const { return code.empty(); }
};

// A spot on a line (byte column, 0-based) and what to type there.
struct LineProblem {
  int line = 0;
  std::size_t byte_column = 0;
  std::string message;
};

struct LineScan {
  std::vector<ScannedLine> lines;
  std::vector<LineProblem> problems;  // in file order
};

LineScan scan_lines(std::string_view text);

}  // namespace lagesbild
