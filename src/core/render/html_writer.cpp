// SPDX-License-Identifier: EUPL-1.2
#include "core/render/html_writer.hpp"

#include <fmt/format.h>

#include "core/render/html_style.hpp"
#include "core/render/print_marks.hpp"

namespace lagesbild {

namespace {

std::string render_inline(const Inline& spans) {
  std::string out;
  for (const auto& s : spans) {
    std::string text = escape_html(s.text);
    // An official's line breaks are kept.
    for (std::size_t at = text.find('\n'); at != std::string::npos; at = text.find('\n', at + 5))
      text.replace(at, 1, "<br>\n");
    if (s.strong) text = "<strong>" + text + "</strong>";
    if (s.emphasis) text = "<em>" + text + "</em>";
    if (!s.role.empty()) text = "<span class=\"" + escape_html(s.role) + "\">" + text + "</span>";
    if (!s.link.empty()) text = "<a href=\"#" + escape_html(s.link) + "\">" + text + "</a>";
    out += text;
  }
  return out;
}

std::string class_attribute(const std::string& role) {
  return role.empty() ? std::string() : " class=\"" + escape_html(role) + "\"";
}

// A user's stylesheet cannot end our <style> element early.
std::string safe_css(std::string_view css) {
  std::string out(css);
  for (std::size_t at = out.find("</"); at != std::string::npos; at = out.find("</", at + 3))
    out.replace(at, 2, "<\\/");
  return out;
}

// Writes the blocks, numbering what needs an id: headings (so that a table's
// region can be named after the headings above it), tables and figures.
class BlockWriter {
 public:
  explicit BlockWriter(std::string& out) : out_(out) {}

  void heading(const Block& b) {
    const std::string id = fmt::format("rubrik-{}", ++headings_);
    (b.level <= 2 ? section_ : subsection_) = id;
    if (b.level <= 2) subsection_.clear();
    out_ +=
        fmt::format("<h{0} id=\"{1}\"{2}>{3}</h{0}>\n", b.level, id, class_attribute(b.role), render_inline(b.text));
  }

  // A wide table scrolls inside its own region on a narrow screen, never the
  // page; the region is named by the headings above it and its caption, and
  // can take the focus so it scrolls from the keyboard too.
  void table(const Block& b) {
    const std::string id = b.id.empty() ? fmt::format("tabell-{}", ++tables_) : escape_html(b.id);
    std::string label;
    for (const std::string& part : {section_, subsection_, id + "-text"})
      if (!part.empty()) label += (label.empty() ? "" : " ") + part;
    out_ += fmt::format("<div class=\"table-scroll\" role=\"region\" aria-labelledby=\"{}\" tabindex=\"0\">\n", label);
    out_ += fmt::format("<table id=\"{}\"{}>\n", id, class_attribute(b.role));
    out_ += fmt::format("<caption id=\"{}-text\">{}</caption>\n", id, escape_html(b.caption));
    out_ += "<thead><tr>";
    for (const auto& c : b.columns) out_ += "<th scope=\"col\">" + escape_html(c) + "</th>";
    out_ += "</tr></thead>\n<tbody>\n";
    for (const auto& row : b.rows) {
      out_ += "<tr>";
      for (std::size_t i = 0; i < row.size(); ++i)
        out_ += i == 0 && b.row_headers ? "<th scope=\"row\">" + render_inline(row[i]) + "</th>"
                                        : "<td>" + render_inline(row[i]) + "</td>";
      out_ += "</tr>\n";
    }
    out_ += "</tbody>\n</table>\n</div>\n";
  }

  // The drawing is named by its label (read instead of the drawing), and the
  // caption links to the table that holds the same figures.
  void figure(const Block& b) {
    const std::string id = b.id.empty() ? fmt::format("diagram-{}", ++figures_) : escape_html(b.id);
    out_ += fmt::format("<figure id=\"{}\">\n", id);
    out_ += fmt::format("<div class=\"chart-scroll\" role=\"region\" aria-label=\"{}\" tabindex=\"0\">\n",
                        escape_html(b.label));
    out_ += b.svg;
    out_ += fmt::format("</div>\n<figcaption>{}</figcaption>\n</figure>\n", render_inline(b.text));
  }

 private:
  std::string& out_;
  int headings_ = 0, tables_ = 0, figures_ = 0;
  std::string section_, subsection_;  // ids of the latest h2 and h3
};

}  // namespace

std::string escape_html(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string html_text(const Document& doc, std::string_view extra_css) {
  std::string out;
  out += "<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  out += fmt::format("<title>{}</title>\n", escape_html(doc.title));
  out += "<meta name=\"generator\" content=\"lagesbild\">\n";
  if (!doc.date.empty()) {
    // Fixed dates make WeasyPrint's PDF the same bytes for the same input.
    out += fmt::format("<meta name=\"dcterms.created\" content=\"{}\">\n", escape_html(doc.date));
    out += fmt::format("<meta name=\"dcterms.modified\" content=\"{}\">\n", escape_html(doc.date));
  }
  out += "<style>\n";
  out += default_stylesheet();
  out += print_marks_css(doc);
  if (!extra_css.empty()) out += "\n/* Kommunens egen stilmall (--css) */\n" + safe_css(extra_css) + "\n";
  out += "</style>\n</head>\n<body>\n";
  // On screen, once and in the banner landmark; on paper the page margins carry it.
  out += fmt::format("<header class=\"running\"><p>{}</p></header>\n", escape_html(doc.running_header));
  out += "<main>\n<header class=\"document\">\n";
  out += fmt::format("<h1>{}</h1>\n", escape_html(doc.title));
  BlockWriter writer(out);
  bool header_open = true;
  for (const auto& b : doc.blocks) {
    if (header_open && b.kind == Block::Kind::Heading) {
      out += "</header>\n";
      header_open = false;
    }
    switch (b.kind) {
      case Block::Kind::Heading:  // levels 2 and 3: h1 is the title
        writer.heading(b);
        break;
      case Block::Kind::Notice:
        out +=
            fmt::format("<div class=\"{}\">{}</div>\n", b.role == "draft" ? "draft" : "marking", render_inline(b.text));
        break;
      case Block::Kind::Paragraph:
        out += fmt::format("<p{}>{}</p>\n", class_attribute(b.role), render_inline(b.text));
        break;
      case Block::Kind::Figure:
        writer.figure(b);
        break;
      case Block::Kind::List:
        out += "<ul" + class_attribute(b.role) + ">\n";
        for (const auto& item : b.items) out += "<li>" + render_inline(item) + "</li>\n";
        out += "</ul>\n";
        break;
      case Block::Kind::Table:
        writer.table(b);
        break;
    }
  }
  if (header_open) out += "</header>\n";
  out += "</main>\n</body>\n</html>\n";
  return out;
}

}  // namespace lagesbild
