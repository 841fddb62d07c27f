// SPDX-License-Identifier: EUPL-1.2
// Part of the YAML module: what layout_check knows of a line and of the open
// blocks above it, and the Swedish words for each mistake it finds, each
// saying what to type on the line where the mistake is.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/yaml/line_scan.hpp"

namespace lagesbild {

// One line's node: "- - key: value" is two dashes, then a key and its value.
struct LineNode {
  enum class Value { None, Plain, Other };  // Other: quoted, [ ], { }, | or >
  std::vector<long> dashes;                 // columns of the "- " in front
  long column = 0;                          // where the key or value starts
  bool empty = false;                       // nothing after the dashes
  bool is_key = false;
  std::string key;
  Value value = Value::None;  // after the colon, or the whole node when it is no key
  std::string text;           // the code from `column`
};

LineNode parse_line_node(const ScannedLine& line);

// Where an entry standing at a block's indent may really belong, deeper:
// under the "key:" right above it, or beside the sibling it left.
struct BelongsDeeper {
  const ScannedLine* line = nullptr;
  std::string key;
  long indent = -1;  // the sibling's indent; -1: under the key, at any deeper indent
  bool sibling = false;
};

// An open block: a mapping (keys) or a list, at its indent.
struct Frame {
  bool sequence = false;
  long indent = 0;
  bool compact = false;                // a list at its key's own indent ("key:\n- a")
  const ScannedLine* entry = nullptr;  // the last key line or list item in the block
  std::string entry_key;
  std::string first_key;                // a mapping's first key: in a list item, the one after "- "
  bool entry_plain = false;             // its value is plain text on its line, and may go on below
  std::optional<BelongsDeeper> deeper;  // the entry may belong deeper, see BelongsDeeper
  std::set<std::string> item_keys;      // a list: the first key of each item
};

struct OpenValue {  // the last value begun, which a quoted text or [ ] may carry on below
  long frame_indent = 0;
  const ScannedLine* line = nullptr;
  std::string key;
};

// How often each key is written at each indent in the file.
using KeyIndents = std::map<std::string, std::map<long, int>>;

LineProblem missing_space_after_dash(const ScannedLine& line);
// `frame`: the block the line is in, when it may be the text above going on.
LineProblem missing_colon(const ScannedLine& line, const Frame* frame, const KeyIndents& keys);
// `item`: the keys of the list item above, when the line left them.
LineProblem missing_dash(const ScannedLine& line, const LineNode& node, const Frame& list, const Frame* parent,
                         const Frame* item);
LineProblem dash_among_keys(const ScannedLine& line, const Frame& block);
// When `line` is deeper than `block` allows and `block`'s last entry may
// belong deeper (BelongsDeeper) at just that indent, the entry is to blame
// if its key is written at that indent elsewhere in the file and nowhere at
// its own (a moved area key, unique in the file, is not).
std::optional<LineProblem> entry_too_shallow(const ScannedLine& line, const Frame& block, const KeyIndents& indents);
// A key or list item where only the plain text of `block`'s last entry could go on.
LineProblem text_goes_on_wrongly(const ScannedLine& line, const LineNode& node, const Frame& block,
                                 const KeyIndents& indents);
// An indent between open blocks (`popped` the deeper one), or deeper than any.
LineProblem no_open_block(const ScannedLine& line, const Frame& block, const Frame* popped);
LineProblem value_under_indented(const ScannedLine& line, const OpenValue& value);

}  // namespace lagesbild
