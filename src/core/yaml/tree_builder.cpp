// SPDX-License-Identifier: EUPL-1.2
#include "core/yaml/tree_builder.hpp"

#include <fmt/format.h>
#include <yaml-cpp/mark.h>

#include "core/base/limits.hpp"
#include "core/base/text.hpp"

namespace lagesbild {

namespace {

bool starts_with_at(const std::string& text, std::size_t pos, std::string_view what) {
  return text.compare(pos, what.size(), what) == 0;
}

}  // namespace

void TreeBuilder::OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                           const std::string& value) {
  check_anchor(mark, anchor);
  check_tag(mark, tag);
  YamlNode node;
  node.kind = YamlNode::Kind::Scalar;
  node.position = position(mark);
  node.offset = static_cast<std::size_t>(std::max(mark.pos, 0));
  node.text = value;
  node.quoted = tag != "?";
  if (node.quoted) check_quotes(mark);
  if (has_control_characters(value, true))
    reporter_.error(node.position, "styrtecken",
                    "texten innehåller ett styrtecken (t.ex. skrivet som \\e, \\0 eller \\x1b inom "
                    "citattecken). Ta bort det; en lägesbild är vanlig text.");
  add(std::move(node));
}

void TreeBuilder::OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) {
  check_anchor(mark, anchor);
  YamlNode node;
  node.position = position(mark);
  const auto pos = static_cast<std::size_t>(std::max(mark.pos, 0));
  node.explicit_null = starts_with_at(text_, pos, "~") || starts_with_at(text_, pos, "null") ||
                       starts_with_at(text_, pos, "Null") || starts_with_at(text_, pos, "NULL");
  add(std::move(node));
}

void TreeBuilder::OnAlias(const YAML::Mark& mark, YAML::anchor_t) {
  reporter_.error(position(mark), "yaml-alias", "alias (*namn) används inte i lägesbilder. Skriv ut värdet i stället.");
  YamlNode node;
  node.position = position(mark);
  add(std::move(node));
}

std::optional<Position> TreeBuilder::open_flow() const {
  for (auto it = stack_.rbegin(); it != stack_.rend(); ++it)
    if (it->flow) return it->node.position;
  return std::nullopt;
}

Position TreeBuilder::position(const YAML::Mark& mark) const {
  if (mark.line < 0) return {static_cast<int>(reporter_.source().line_count()), 1};
  return {mark.line + 1, reporter_.source().column_of(mark.line + 1, static_cast<std::size_t>(mark.column))};
}

void TreeBuilder::check_anchor(const YAML::Mark& mark, YAML::anchor_t anchor) {
  if (anchor != YAML::NullAnchor)
    reporter_.error(position(mark), "yaml-alias",
                    "ankare (&namn) används inte i lägesbilder. Ta bort &namn och skriv ut "
                    "värdet där det behövs.");
}

void TreeBuilder::check_tag(const YAML::Mark& mark, const std::string& tag) {
  if (tag == "?" || tag == "!" || tag == "tag:yaml.org,2002:str") return;
  reporter_.error(position(mark), "yaml-tagg", "YAML-taggar (!namn) används inte i lägesbilder. Ta bort taggen.");
}

void TreeBuilder::check_quotes(const YAML::Mark& mark) {
  const auto start = static_cast<std::size_t>(std::max(mark.pos, 0));
  if (start >= text_.size() || (text_[start] != '"' && text_[start] != '\'')) return;
  const char quote = text_[start];
  std::size_t i = start + 1;
  std::size_t close = std::string::npos;
  while (i < text_.size()) {
    if (quote == '"' && text_[i] == '\\') {
      i += 2;
    } else if (text_[i] == quote) {
      if (quote == '\'' && i + 1 < text_.size() && text_[i + 1] == '\'') {
        i += 2;
        continue;
      }
      close = i;
      break;
    } else {
      ++i;
    }
  }
  const std::string shown(1, quote);
  if (close == std::string::npos) {
    reporter_.error(position(mark), "yaml-citat",
                    fmt::format("citattecknet ({}) som börjar här avslutas aldrig. Lägg till {} "
                                "i slutet av texten.",
                                shown, shown));
    throw ParseAbort{};  // everything after it is part of the text: nothing more to check
  }
  // A quoted text running over a line that looks like the next key was
  // almost certainly meant to end on its own line.
  const SourceText& source = reporter_.source();
  const Position from = source.position_of(start);
  const Position to = source.position_of(close);
  for (int line = from.line + 1; line <= to.line; ++line) {
    const std::string_view content = source.line(line);
    const std::size_t first = content.find_first_not_of(' ');
    const std::size_t colon = content.find(':');
    if (first == std::string_view::npos || colon == std::string_view::npos || colon <= first) continue;
    const std::string_view key = content.substr(first, colon - first);
    const bool key_like = key.find_first_of(" \"'") == std::string_view::npos &&
                          (colon + 1 == content.size() || content[colon + 1] == ' ');
    if (key_like) {
      reporter_.error(from, "yaml-citat",
                      fmt::format("citattecknet ({}) som börjar här avslutas inte på raden, så "
                                  "texten fortsätter in på rad {}. Lägg till {} i slutet av "
                                  "texten på rad {}.",
                                  shown, line, shown, from.line));
      throw ParseAbort{};
    }
  }
}

void TreeBuilder::open(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor, YamlNode::Kind kind,
                       bool flow) {
  check_anchor(mark, anchor);
  check_tag(mark, tag);
  if (static_cast<int>(stack_.size()) >= limits::kMaxNesting) {
    reporter_.error(position(mark), "yaml-djup",
                    fmt::format("filen är nästlad djupare än {} nivåer; en lägesbild behöver "
                                "högst sex. Kontrollera indraget.",
                                limits::kMaxNesting));
    throw ParseAbort{};
  }
  Frame frame;
  frame.node.kind = kind;
  frame.node.position = position(mark);
  frame.flow = flow;
  frame.node.flow = flow;
  stack_.push_back(std::move(frame));
}

void TreeBuilder::close() {
  YamlNode node = std::move(stack_.back().node);
  stack_.pop_back();
  add(std::move(node));
}

void TreeBuilder::add(YamlNode node) {
  if (++node_count_ > limits::kMaxNodes) {
    reporter_.error(node.position, "filstorlek",
                    fmt::format("filen har fler än {} värden; en lägesbild har några hundra. "
                                "Kontrollera att det är rätt fil.",
                                limits::kMaxNodes));
    throw ParseAbort{};
  }
  if (stack_.empty()) {
    root_ = std::move(node);
    return;
  }
  Frame& top = stack_.back();
  if (top.node.is_sequence()) {
    top.node.items.push_back(std::move(node));
  } else if (!top.pending_key) {
    add_key(top, std::move(node));
  } else {
    // An empty value has yaml-cpp's position of the next token; point at its key.
    if (node.is_null() && !node.explicit_null) node.position = top.pending_key->position;
    top.node.entries.push_back({std::move(*top.pending_key), std::move(node)});
    top.pending_key.reset();
  }
}

void TreeBuilder::add_key(Frame& top, YamlNode key) {
  if (!key.is_scalar()) {
    reporter_.error(key.position, "yaml-nyckel",
                    "en nyckel måste vara ett ord följt av kolon, inte en lista eller tabell.");
    key.kind = YamlNode::Kind::Scalar;
  }
  const auto [it, inserted] = top.key_lines.emplace(key.text, key.position.line);
  if (inserted || (top.new_item_line && it->second < top.new_item_line)) {
    // first time, or the same key again in an item that lost its "- " (said once)
  } else if (starts_item_again(top, key)) {
    top.new_item_line = key.position.line;
    const std::string_view line = reporter_.source().line(key.position.line);
    const std::size_t dash = static_cast<std::size_t>(std::max(key.position.column - 3, 0));
    reporter_.error(key.position, "yaml-syntax",
                    fmt::format("`{}` börjar en ny punkt i listan (som på rad {}), men `- ` saknas "
                                "framför. Skriv `{}- {}`, med bindestrecket rakt under det på rad {}.",
                                key.text, it->second, std::string(dash, ' '), line.substr(line.find_first_not_of(' ')),
                                it->second));
  } else {
    reporter_.error(key.position, "dubblett-nyckel",
                    fmt::format("nyckeln `{}` finns redan på rad {} i samma avsnitt. Varje "
                                "nyckel får bara stå en gång: slå ihop dem eller ta bort den ena.",
                                key.text, it->second));
  }
  top.pending_key = std::move(key);
}

bool TreeBuilder::starts_item_again(const Frame& top, const YamlNode& key) const {
  if (stack_.size() < 2 || !stack_[stack_.size() - 2].node.is_sequence() || top.node.entries.empty()) return false;
  const YamlNode& first = top.node.entries.front().key;
  return first.text == key.text && first.position.column == key.position.column;
}

}  // namespace lagesbild
