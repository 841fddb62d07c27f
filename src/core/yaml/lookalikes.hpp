// SPDX-License-Identifier: EUPL-1.2
// Part of the YAML module: characters that only look like YAML's own (a hard
// space, Word's dash, a bullet, typographic quotes, a full-width colon, an
// invisible zero-width space), found where YAML expects its own syntax:
// the indentation, the list dash, the start of a key, the colon and the
// space after it, a value's quotes. Each is named for what it is, on its
// own line and column, with the line as it should be written; inside free
// text (quoted, a | block, a plain value) they are the writer's own and not
// looked at. One table, the same as lagesbild(5)'s.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace lagesbild {

struct Lookalike {
  enum class Kind { Space, Dash, Quote, Colon, Invisible };
  char32_t code = 0;
  Kind kind = Kind::Space;
  std::string_view name;    // Swedish, with its article: "ett hårt mellanslag"
  std::string_view origin;  // where it usually comes from
};

// The table, in lagesbild(5)'s order.
const std::vector<Lookalike>& lookalike_table();
// The entry for `c`, or nullptr.
const Lookalike* find_lookalike(char32_t c);

// One change on a line: `length` bytes at `byte_column` become `replacement`.
struct LineEdit {
  std::size_t byte_column = 0;
  std::size_t length = 0;
  std::string replacement;
};

struct LookalikeHit {
  enum class Place { Indent, ListDash, AfterDash, KeyStart, InKey, Colon, AfterColon, ValueStart, ValueEnd, Quote };
  int line = 0;                 // 1-based
  std::size_t byte_column = 0;  // of the character, 0-based
  const Lookalike* what = nullptr;
  Place place = Place::Indent;
  std::string key;              // the key the character stands at, if any
  bool closing = false;         // Quote: the closing quote is the look-alike, the opening one is YAML's
  std::vector<LineEdit> edits;  // what makes the line right
};

// Every look-alike in a syntax position in `text` (lines ended by "\n"), in
// file order. The lines after one may not all be looked at: a look-alike
// quote can hide where a quoted text ends (repair.hpp goes on until none is
// left).
std::vector<LookalikeHit> find_lookalikes(std::string_view text);

// `line` with every edit of `hits` on it made.
std::string apply_edits(std::string_view line, const std::vector<LineEdit>& edits);

// What `--fix` says it changed: before and after, in Swedish
// ("ett hårt mellanslag (U+00A0) i indraget", "ett vanligt mellanslag").
struct LookalikeChange {
  std::string before;
  std::string after;
};
LookalikeChange lookalike_change(const LookalikeHit& hit);

// The Swedish diagnostic for `hit`, ending with `fixed_line` (the line as it
// should be written).
std::string lookalike_message(const LookalikeHit& hit, std::string_view fixed_line);

}  // namespace lagesbild
