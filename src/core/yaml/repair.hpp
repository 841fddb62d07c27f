// SPDX-License-Identifier: EUPL-1.2
// Part of the YAML module: the purely mechanical repairs of
// `lagesbild validate --fix`, on a file's bytes. None of them touches what a
// text says: UTF-16 becomes UTF-8, a BOM at the start goes, trailing spaces go
// (not inside a | block's text), tabs in an indent become the spaces the other
// lines use, and look-alike characters in syntax positions (lookalikes.hpp)
// become YAML's own. Line ends stay as the file has them (CRLF, LF, or both).
// Repairing a repaired file changes nothing, byte for byte.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lagesbild {

// One change (or a problem left as it was): "line: before → after".
struct RepairChange {
  int line = 0;  // 1-based
  std::string before;
  std::string after;  // for a problem left as it was: why
};

struct RepairResult {
  std::optional<std::string> bytes;  // the repaired file; nothing when it cannot be read as text
  std::string problem;               // why not (Swedish), when `bytes` is empty
  std::vector<RepairChange> changes;
  std::vector<RepairChange> left;  // mechanical problems it does not dare to repair
  bool tabs = false;               // it had tabs in an indent
};

// A key to write anew: the key `written` at line and column (1-based, in
// characters) becomes `known`.
struct KeyRespelling {
  int line = 0;
  int column = 0;
  std::string written;
  std::string known;
};

// Writes each key as `keys` says where it stands as written there, a plain
// key followed by its colon; one change for each in `changes`.
std::string respell_keys(std::string_view bytes, const std::vector<KeyRespelling>& keys,
                         std::vector<RepairChange>& changes);

// `tab_width`: how many columns a tab in an indent stands for; without it,
// the width (4, 8 or 2) that puts every such line at an indent other lines
// of the file have, and 2 in a file indented with tabs alone.
RepairResult repair_text(std::string_view bytes, std::optional<std::size_t> tab_width = std::nullopt);

}  // namespace lagesbild
