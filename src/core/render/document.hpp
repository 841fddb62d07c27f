// SPDX-License-Identifier: EUPL-1.2
// One document model for every output format: the report laid out as
// headings, paragraphs, tables and lists of plain text. Writers (Markdown,
// HTML) escape the text for their own format; nothing here is markup.
#pragma once

#include <string>
#include <vector>

#include "core/report/report.hpp"

namespace lagesbild {

struct Span {
  // A text written with | ends in a line break (YAML keeps it); it is no
  // line of its own, so it is not shown as one.
  Span(std::string text_ = {}, bool strong_ = false, bool emphasis_ = false, std::string role_ = {})
      : text(std::move(text_)), strong(strong_), emphasis(emphasis_), role(std::move(role_)) {
    while (!text.empty() && text.back() == '\n') text.pop_back();
  }
  std::string text;
  bool strong = false;
  bool emphasis = false;
  std::string role;  // a styling hint, e.g. "uppfoljning-gron", "date" (never broken); ASCII
  std::string link;  // HTML only: the id of a block in the same document this text links to; ASCII
};
using Inline = std::vector<Span>;

inline Inline plain(std::string text) {
  return {Span{std::move(text)}};
}
inline Inline strong(std::string text) {
  return {Span{std::move(text), true}};
}

struct Block {
  enum class Kind { Heading, Paragraph, Table, List, Notice, Figure };
  Kind kind = Kind::Paragraph;
  int level = 2;                          // headings: 1..3
  Inline text;                            // heading, paragraph, notice
  std::vector<std::string> columns;       // table header
  std::vector<std::vector<Inline>> rows;  // table body
  std::vector<Inline> items;              // list
  std::string role;                       // a hint for styling: "question", "unanswered", "carried", ...
  std::string svg;                        // Figure: an SVG drawing made by our own code (text in it escaped); HTML only
  // Tables: what the table holds, in a few words ("Iakttagelser"); HTML
  // prints it as the caption and names the table's region after it and the
  // headings above, so the same caption under two headings stays apart.
  std::string caption;
  bool row_headers = false;  // tables: each row's first cell names the row
  std::string id;            // tables, figures: an anchor for links (ASCII, unique in the document)
  // Figures: the drawing's accessible name, read instead of the drawing.
  std::string label;
};

struct Document {
  std::string title;    // "Gemensam lägesbild för Älvdalen, oktober 2026"
  std::string date;     // ISO date of the picture, for metadata
  std::string marking;  // "Klassificering: INTERN" (+ legal ground for sekretess)
  Classification classification = Classification::Internal;
  std::string running_header;  // "Älvdalen · oktober 2026 · INTERN"
  std::vector<Block> blocks;
};

}  // namespace lagesbild
