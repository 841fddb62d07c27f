// SPDX-License-Identifier: EUPL-1.2
#include "core/yaml/layout_check.hpp"

#include <set>
#include <string>
#include <utility>
#include <vector>

#include "core/yaml/layout_messages.hpp"

namespace lagesbild {

namespace {

using Start = ScannedLine::Start;

std::string_view trimmed(std::string_view s) {
  const std::size_t first = s.find_first_not_of(' ');
  if (first == std::string_view::npos) return {};
  return s.substr(first, s.find_last_not_of(' ') - first + 1);
}

LineNode::Value value_kind(std::string_view v) {
  // An anchor or tag in front makes no value (both are refused elsewhere).
  while (!v.empty() && (v[0] == '&' || v[0] == '!')) {
    const std::size_t space = v.find(' ');
    v = space == std::string_view::npos ? std::string_view() : trimmed(v.substr(space));
  }
  if (v.empty()) return LineNode::Value::None;
  return std::string_view("\"'[{|>*").find(v[0]) != std::string_view::npos ? LineNode::Value::Other
                                                                           : LineNode::Value::Plain;
}

// The colon that ends a key: followed by a space or the end of the code.
std::size_t key_colon(std::string_view t) {
  if (t.empty() || t[0] == '[' || t[0] == '{') return std::string_view::npos;
  std::size_t from = 0;
  if (t[0] == '"' || t[0] == '\'') {
    from = t.find(t[0], 1);
    if (from == std::string_view::npos) return from;
    from = t.find_first_not_of(' ', from + 1);
    const bool colon = from != std::string_view::npos && t[from] == ':' && (from + 1 == t.size() || t[from + 1] == ' ');
    return colon ? from : std::string_view::npos;
  }
  for (std::size_t i = 0; i < t.size(); ++i)
    if (t[i] == ':' && (i + 1 == t.size() || t[i + 1] == ' ' || t[i + 1] == '\t')) return i;
  return std::string_view::npos;
}

Frame block(bool sequence, long indent) {
  Frame frame;
  frame.sequence = sequence;
  frame.indent = indent;
  return frame;
}

// "? key" and ": value" (YAML's explicit keys), after any "- ".
bool explicit_key(std::string_view code) {
  std::size_t i = code.find_first_not_of("- \t");
  if (i == std::string_view::npos) return false;
  if (i > 0 && code[i - 1] == '-') return false;  // "-?" is a text
  return (code[i] == '?' || code[i] == ':') && (i + 1 == code.size() || code[i + 1] == ' ' || code[i + 1] == '\t');
}

struct Pending {  // "key:" or "-" with nothing after it: what follows, more indented, is its value
  long parent = 0;
  const ScannedLine* line = nullptr;
  std::string key;
  bool map_key = false;
};

struct PlainText {  // a text begun on the line under its key
  long indent = 0;
  const ScannedLine* line = nullptr;
  long parent = 0;
};

class Layout {
 public:
  explicit Layout(const LineScan& scan) : scan_(scan) {
    for (const auto& line : scan.lines)
      if (line.start == Start::Block && !line.blank())
        if (const LineNode n = parse_line_node(line); n.is_key) ++keys_[n.key][n.column];
  }

  std::optional<LineProblem> run() {
    for (const auto& line : scan_.lines) {
      if (line.blank() || line.start == Start::InBlockText) continue;
      if (line.start == Start::Block && (line.code.rfind("---", 0) == 0 || line.code == "...")) {
        reset();  // a new document starts afresh (a second one is refused elsewhere)
        continue;
      }
      if (line.start == Start::Block && explicit_key(line.code)) {
        return std::nullopt;  // "? key" is not written in lägesbilder: left to yaml-cpp
      } else if (line.start == Start::Block) {
        structural(line);
      } else if (open_ && static_cast<long>(line.indent) <= open_->frame_indent) {
        found_ = value_under_indented(line, *open_);
      }
      if (found_) return found_;
    }
    return std::nullopt;
  }

 private:
  void reset() {
    frames_.clear();
    pending_.reset();
    plain_.reset();
    open_.reset();
  }

  void structural(const ScannedLine& line) {
    const LineNode n = parse_line_node(line);
    const long indent = static_cast<long>(line.indent);
    std::optional<BelongsDeeper> deeper;  // where the line may belong, if not here
    if (n.is_key && !n.key.empty() && n.key[0] == '-' && n.key.size() > 1 && n.key[1] != '-') {
      found_ = missing_space_after_dash(line);
      return;
    }
    if (plain_) {
      if (indent > plain_->parent) {
        if (n.is_key || !n.dashes.empty()) found_ = missing_colon(*plain_->line, nullptr, keys_);
        return;  // else the text goes on
      }
      plain_.reset();
    }
    if (pending_) {
      const Pending p = *std::exchange(pending_, std::nullopt);
      if (indent > p.parent) return open_block(line, n, p);
      if (indent == p.parent && p.map_key && !n.dashes.empty()) {
        frames_.push_back(block(true, indent));
        frames_.back().compact = true;
        return list_item(line, n);
      }
      if (indent == p.parent) deeper = BelongsDeeper{p.line, p.key, -1, false};
    }
    if (!frames_.empty() && frames_.back().entry_plain && indent > frames_.back().indent) {
      if (n.is_key || !n.dashes.empty()) found_ = text_goes_on_wrongly(line, n, frames_.back(), keys_);
      return;  // a plain text going on, more indented than its key: fine
    }
    std::optional<Frame> popped;
    while (!frames_.empty() && (frames_.back().indent > indent ||
                                (frames_.back().compact && frames_.back().indent == indent && n.dashes.empty()))) {
      popped = frames_.back();
      frames_.pop_back();
    }
    if (frames_.empty()) return start_root(line, n);
    if (!deeper && popped && !popped->sequence && popped->entry)
      deeper = BelongsDeeper{popped->entry, popped->entry_key, popped->indent, true};
    Frame& top = frames_.back();
    if (top.indent != indent) {
      found_ = entry_too_shallow(line, top, keys_);
      if (!found_) found_ = no_open_block(line, top, popped ? &*popped : nullptr);
    } else if (top.sequence) {
      if (!n.dashes.empty()) return list_item(line, n);
      const Frame* parent = frames_.size() >= 2 ? &frames_[frames_.size() - 2] : nullptr;
      found_ = missing_dash(line, n, top, parent, popped && !popped->sequence ? &*popped : nullptr);
    } else if (!n.dashes.empty()) {
      found_ = dash_among_keys(line, top);
    } else if (!n.is_key) {
      found_ = missing_colon(line, &top, keys_);
    } else {
      map_entry(line, n, top);
      top.deeper = deeper;
    }
  }

  void start_root(const ScannedLine& line, const LineNode& n) {
    const long indent = static_cast<long>(line.indent);
    if (!n.dashes.empty()) {
      frames_.push_back(block(true, n.dashes.front()));
      list_item(line, n);
    } else if (n.is_key) {
      frames_.push_back(block(false, indent));
      map_entry(line, n, frames_.back());
    } else if (n.value == LineNode::Value::Plain) {
      plain_ = PlainText{indent, &line, -1};  // a text alone, or a first key without its colon
    }
  }

  void open_block(const ScannedLine& line, const LineNode& n, const Pending& p) {
    if (!n.dashes.empty()) {
      frames_.push_back(block(true, n.dashes.front()));
      list_item(line, n);
    } else if (n.is_key) {
      frames_.push_back(block(false, static_cast<long>(line.indent)));
      map_entry(line, n, frames_.back());
    } else if (n.value == LineNode::Value::None) {
      pending_ = p;  // only an anchor or tag: the value is still to come
    } else {
      open_ = OpenValue{p.parent, &line, p.key};
      if (n.value == LineNode::Value::Plain) plain_ = PlainText{static_cast<long>(line.indent), &line, p.parent};
    }
  }

  void list_item(const ScannedLine& line, const LineNode& n) {
    frames_.back().entry = &line;
    frames_.back().entry_plain = false;
    for (std::size_t i = 1; i < n.dashes.size(); ++i) {
      frames_.push_back(block(true, n.dashes[i]));
      frames_.back().entry = &line;
    }
    Frame& list = frames_.back();
    if (n.empty || n.value == LineNode::Value::None) {
      pending_ = Pending{list.indent, &line, "", false};
    } else if (n.is_key) {
      list.item_keys.insert(n.key);
      frames_.push_back(block(false, n.column));
      map_entry(line, n, frames_.back());
    } else {
      list.entry_plain = n.value == LineNode::Value::Plain;
      open_ = OpenValue{list.indent, &line, ""};
    }
  }

  void map_entry(const ScannedLine& line, const LineNode& n, Frame& frame) {
    frame.entry = &line;
    frame.entry_key = n.key;
    if (frame.first_key.empty()) frame.first_key = n.key;
    frame.entry_plain = n.value == LineNode::Value::Plain;
    frame.deeper.reset();
    if (n.value == LineNode::Value::None) pending_ = Pending{frame.indent, &line, n.key, true};
    open_ = OpenValue{frame.indent, &line, n.key};
  }

  const LineScan& scan_;
  KeyIndents keys_;            // every key written in the file, with its indents
  std::vector<Frame> frames_;  // the open blocks, outermost first
  std::optional<Pending> pending_;
  std::optional<PlainText> plain_;
  std::optional<OpenValue> open_;  // the last value begun: a quoted text or [ ] may go on below
  std::optional<LineProblem> found_;
};

}  // namespace

LineNode parse_line_node(const ScannedLine& line) {
  LineNode n;
  const std::string_view code = line.code;
  std::size_t pos = 0;
  while (pos < code.size() && code[pos] == '-' &&
         (pos + 1 == code.size() || code[pos + 1] == ' ' || code[pos + 1] == '\t')) {
    n.dashes.push_back(static_cast<long>(line.indent + pos));
    pos = code.find_first_not_of(" \t", pos + 1);
    if (pos == std::string_view::npos) pos = code.size();
  }
  n.column = static_cast<long>(line.indent + pos);
  n.text = std::string(code.substr(pos));
  n.empty = n.text.empty();
  if (n.empty) return n;
  const std::size_t colon = key_colon(n.text);
  if (colon == std::string_view::npos) {
    n.value = value_kind(n.text);
    return n;
  }
  n.is_key = true;
  std::string_view key = trimmed(std::string_view(n.text).substr(0, colon));
  if (key.size() >= 2 && (key[0] == '"' || key[0] == '\'')) key = key.substr(1, key.size() - 2);
  n.key = std::string(key);
  n.value = value_kind(trimmed(std::string_view(n.text).substr(colon + 1)));
  return n;
}

std::optional<LineProblem> find_layout_problem(const LineScan& scan) {
  return Layout(scan).run();
}

}  // namespace lagesbild
