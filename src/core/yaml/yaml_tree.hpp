// SPDX-License-Identifier: EUPL-1.2
// Our own YAML tree: what the rest of the program sees instead of yaml-cpp.
// Every node keeps its position for diagnostics.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/diag/diagnostic.hpp"
#include "core/diag/source_text.hpp"

namespace lagesbild {

struct YamlEntry;

struct YamlNode {
  enum class Kind { Null, Scalar, Sequence, Mapping };
  Kind kind = Kind::Null;
  Position position;
  std::size_t offset = 0;          // byte offset into the source text
  std::string text;                // scalars
  bool quoted = false;             // written in quotes or as a block scalar: always text
  bool flow = false;               // a list or mapping written inside [ ] or { }
  bool explicit_null = false;      // `~` or `null` written out, not an empty value
  std::vector<YamlNode> items;     // sequences
  std::vector<YamlEntry> entries;  // mappings, in file order

  bool is_null() const { return kind == Kind::Null; }
  bool is_scalar() const { return kind == Kind::Scalar; }
  bool is_sequence() const { return kind == Kind::Sequence; }
  bool is_mapping() const { return kind == Kind::Mapping; }
  const YamlNode* find(const std::string& key) const;
};

struct YamlEntry {
  YamlNode key;  // always a scalar (the loader refuses other keys)
  YamlNode value;
};

struct YamlDocument {
  SourceText source;
  std::optional<YamlNode> root;  // absent when the file could not be read or parsed
  bool unreadable = false;       // the file could not be opened or read at all
};

}  // namespace lagesbild
