// SPDX-License-Identifier: EUPL-1.2
// Part of the YAML module: our tree built from yaml-cpp's events. yaml-cpp
// 0.7 keeps the last of duplicate keys, follows aliases and accepts some
// unterminated quotes; the builder refuses all of that with diagnostics.
#pragma once

#include <yaml-cpp/eventhandler.h>

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/diag/reporter.hpp"
#include "core/yaml/yaml_tree.hpp"

namespace lagesbild {

struct ParseAbort {};  // thrown from the handler to stop parsing after a fatal problem

class TreeBuilder : public YAML::EventHandler {
 public:
  explicit TreeBuilder(Reporter& reporter) : reporter_(reporter), text_(reporter.source().text()) {}

  std::optional<YamlNode> take_root() { return std::move(root_); }

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override;

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override;

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override;

  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value style) override {
    open(mark, tag, anchor, YamlNode::Kind::Sequence, style == YAML::EmitterStyle::Flow);
  }
  void OnSequenceEnd() override { close(); }

  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value style) override {
    open(mark, tag, anchor, YamlNode::Kind::Mapping, style == YAML::EmitterStyle::Flow);
  }

  // The innermost [ or { still open when the parser gave up, if any.
  std::optional<Position> open_flow() const;
  void OnMapEnd() override { close(); }

 private:
  struct Frame {
    YamlNode node;
    std::optional<YamlNode> pending_key;
    std::unordered_map<std::string, int> key_lines;  // key -> line, to find duplicates fast
    bool flow = false;                               // [..] or {..}
    int new_item_line = 0;                           // a list item's keys start again here, without "- "
  };

  Position position(const YAML::Mark& mark) const;

  void check_anchor(const YAML::Mark& mark, YAML::anchor_t anchor);

  void check_tag(const YAML::Mark& mark, const std::string& tag);

  // yaml-cpp accepts a quoted text that is never closed when a line break
  // follows; find the closing quote ourselves.
  void check_quotes(const YAML::Mark& mark);

  void open(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor, YamlNode::Kind kind, bool flow);

  void close();

  void add(YamlNode node);

  void add_key(Frame& top, YamlNode key);

  // The first key of a list item, again in the same item at the same
  // column: the official began a new item and forgot its "- ".
  bool starts_item_again(const Frame& top, const YamlNode& key) const;

  Reporter& reporter_;
  const std::string& text_;
  std::vector<Frame> stack_;
  std::optional<YamlNode> root_;
  std::size_t node_count_ = 0;
};

}  // namespace lagesbild
