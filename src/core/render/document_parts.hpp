// SPDX-License-Identifier: EUPL-1.2
// Small helpers for building documents, shared by the report and summary builders.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "core/render/document.hpp"

namespace lagesbild {

inline std::string upper_word(Classification c) {
  switch (c) {
    case Classification::Open:
      return "ÖPPEN";
    case Classification::Internal:
      return "INTERN";
    case Classification::Secret:
      return "SEKRETESS";
  }
  return "";
}

// "kommun" -> "Kommun" for party ids in tables.
inline std::string capitalised(const std::string& word) {
  if (word.empty() || word[0] < 'a' || word[0] > 'z') return word;
  return static_cast<char>(word[0] - 'a' + 'A') + word.substr(1);
}

// "↑", "→", "↓" for a trend word, "?" for okänd or anything else.
inline const char* trend_arrow(const std::string& trend) {
  if (trend == words::kRising) return "↑";
  if (trend == words::kUnchanged) return "→";
  if (trend == words::kFalling) return "↓";
  return "?";
}

// Each helper returns the new block, so a caller can add what only some
// blocks have: `table(...).id = "tabell-1-2";`.
inline Block& add_block(Document& doc, Block::Kind kind, std::string role) {
  Block b;
  b.kind = kind;
  b.role = std::move(role);
  doc.blocks.push_back(std::move(b));
  return doc.blocks.back();
}

inline Block& notice(Document& doc, Inline text, std::string role) {
  Block& b = add_block(doc, Block::Kind::Notice, std::move(role));
  b.text = std::move(text);
  return b;
}

// A new document with its classification marking at the top and in the
// running header of every page: "<running> · INTERN", with the grounds for
// sekretess. The one place that words a marking.
inline Document begin_document(std::string title, std::string date, Classification classification,
                               const std::string& grounds, const std::string& running) {
  Document doc;
  doc.title = std::move(title);
  doc.date = std::move(date);
  doc.classification = classification;
  doc.marking = "Klassificering: " + upper_word(classification);
  const bool secret = classification == Classification::Secret;
  if (secret) doc.marking += grounds.empty() ? " (sekretessgrund saknas)" : ", " + grounds;
  doc.running_header = running + " · " + upper_word(classification);
  if (secret && !grounds.empty()) doc.running_header += " " + grounds;
  notice(doc, plain(doc.marking), "marking");
  return doc;
}

inline Block& heading(Document& doc, int level, std::string text, std::string role = {}) {
  Block& b = add_block(doc, Block::Kind::Heading, std::move(role));
  b.level = level;
  b.text = plain(std::move(text));
  return b;
}

inline Block& paragraph(Document& doc, Inline text, std::string role = {}) {
  Block& b = add_block(doc, Block::Kind::Paragraph, std::move(role));
  b.text = std::move(text);
  return b;
}

inline Block& bullet_list(Document& doc, std::vector<Inline> items, std::string role = {}) {
  Block& b = add_block(doc, Block::Kind::List, std::move(role));
  b.items = std::move(items);
  return b;
}

// `caption`: what the table holds, in a few words; `row_headers`: the first
// cell of each row names it (a party, a month, an action's id).
inline Block& table(Document& doc, std::vector<std::string> columns, std::vector<std::vector<Inline>> rows,
                    std::string role, std::string caption, bool row_headers = false) {
  Block& b = add_block(doc, Block::Kind::Table, std::move(role));
  b.columns = std::move(columns);
  b.rows = std::move(rows);
  b.caption = std::move(caption);
  b.row_headers = row_headers;
  return b;
}

// `caption`: what the figure shows, with links to the table of its figures;
// its first span is the whole caption where links cannot be (Markdown).
// `label`: the drawing's accessible name, also in the SVG's <title>.
inline Block& figure(Document& doc, std::string svg, Inline caption, std::string label) {
  Block& b = add_block(doc, Block::Kind::Figure, "chart");
  b.svg = std::move(svg);
  b.text = std::move(caption);
  b.label = std::move(label);
  return b;
}

// A date or month that must not break across lines ("2026-11-04").
inline Span date_span(std::string text) {
  Span s{std::move(text)};
  s.role = "date";
  return s;
}

// A link to the block with `id`.
inline Span link_span(std::string text, std::string id) {
  Span s{std::move(text)};
  s.link = std::move(id);
  return s;
}

}  // namespace lagesbild
