// Small helpers for building documents, shared by the report and summary builders.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "core/render/document.hpp"

namespace lagesbild {

inline std::string upper_word(Classification c) {
  switch (c) {
    case Classification::Open: return "ÖPPEN";
    case Classification::Internal: return "INTERN";
    case Classification::Secret: return "SEKRETESS";
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
  doc.blocks.push_back({Block::Kind::Notice, 2, plain(doc.marking), {}, {}, {}, "marking", {}});
  return doc;
}

inline void heading(Document& doc, int level, std::string text, std::string role = {}) {
  doc.blocks.push_back({Block::Kind::Heading, level, plain(std::move(text)), {}, {}, {}, std::move(role), {}});
}

inline void paragraph(Document& doc, Inline text, std::string role = {}) {
  doc.blocks.push_back({Block::Kind::Paragraph, 0, std::move(text), {}, {}, {}, std::move(role), {}});
}

inline void table(Document& doc, std::vector<std::string> columns, std::vector<std::vector<Inline>> rows,
                  std::string role = {}) {
  doc.blocks.push_back({Block::Kind::Table, 0, {}, std::move(columns), std::move(rows), {}, std::move(role), {}});
}

inline void figure(Document& doc, std::string svg, std::string caption) {
  doc.blocks.push_back({Block::Kind::Figure, 0, plain(std::move(caption)), {}, {}, {}, "chart", std::move(svg)});
}

}  // namespace lagesbild
