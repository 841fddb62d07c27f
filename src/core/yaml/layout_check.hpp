// SPDX-License-Identifier: EUPL-1.2
// Part of the YAML module: the block structure of a file (which line belongs
// to which key or list), followed line by line as lagesbild(5) lays it out,
// to name the line where an official's mistake is. yaml-cpp gives up later,
// on the next key, with a message about something else (or not at all: it
// takes `foo:\n  bar\ninvalid` for one text).
#pragma once

#include <optional>

#include "core/yaml/line_scan.hpp"

namespace lagesbild {

// The first line that does not fit the structure of the lines above it: a
// key without its colon, a list item without its `- `, a line indented to
// no open block, a text that goes on at its key's indent, a quoted text
// going on less indented than its key. Says what to type on that line.
std::optional<LineProblem> find_layout_problem(const LineScan& scan);

}  // namespace lagesbild
