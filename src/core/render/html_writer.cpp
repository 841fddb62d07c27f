#include "core/render/html_writer.hpp"

#include "core/render/html_style.hpp"

#include <fmt/format.h>

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
  for (std::size_t at = out.find("</"); at != std::string::npos; at = out.find("</", at + 3)) out.replace(at, 2, "<\\/");
  return out;
}

}  // namespace

std::string escape_html(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
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
  if (!extra_css.empty()) out += "\n/* Kommunens egen stilmall (--css) */\n" + safe_css(extra_css) + "\n";
  out += "</style>\n</head>\n<body>\n";
  out += fmt::format("<div class=\"running\">{}</div>\n", escape_html(doc.running_header));
  out += fmt::format("<div class=\"screen-header\">{}</div>\n", escape_html(doc.running_header));
  out += "<main>\n<header class=\"document\">\n";
  out += fmt::format("<h1>{}</h1>\n", escape_html(doc.title));
  bool header_open = true;
  for (const auto& b : doc.blocks) {
    if (header_open && b.kind == Block::Kind::Heading) {
      out += "</header>\n";
      header_open = false;
    }
    switch (b.kind) {
      case Block::Kind::Heading:  // levels 2 and 3: h1 is the title
        out += fmt::format("<h{0}{1}>{2}</h{0}>\n", b.level, class_attribute(b.role), render_inline(b.text));
        break;
      case Block::Kind::Notice:
        out += fmt::format("<div class=\"{}\">{}</div>\n", b.role == "draft" ? "draft" : "marking", render_inline(b.text));
        break;
      case Block::Kind::Paragraph:
        out += fmt::format("<p{}>{}</p>\n", class_attribute(b.role), render_inline(b.text));
        break;
      case Block::Kind::Figure:
        out += fmt::format("<figure>\n{}<figcaption>{}</figcaption>\n</figure>\n", b.svg, render_inline(b.text));
        break;
      case Block::Kind::List:
        out += "<ul>\n";
        for (const auto& item : b.items) out += "<li>" + render_inline(item) + "</li>\n";
        out += "</ul>\n";
        break;
      case Block::Kind::Table:
        out += fmt::format("<table{}>\n<thead><tr>", class_attribute(b.role));
        for (const auto& c : b.columns) out += "<th>" + escape_html(c) + "</th>";
        out += "</tr></thead>\n<tbody>\n";
        for (const auto& row : b.rows) {
          out += "<tr>";
          for (const auto& c : row) out += "<td>" + render_inline(c) + "</td>";
          out += "</tr>\n";
        }
        out += "</tbody>\n</table>\n";
        break;
    }
  }
  if (header_open) out += "</header>\n";
  out += "</main>\n</body>\n</html>\n";
  return out;
}

}  // namespace lagesbild
