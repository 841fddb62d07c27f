// SPDX-License-Identifier: EUPL-1.2
#include "core/render/print_marks.hpp"

#include <fmt/format.h>

namespace lagesbild {

std::string css_string(std::string_view text) {
  std::string out = "\"";
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' || byte < 0x20 || byte == 0x7f) {
      out += fmt::format("\\{:x} ", byte);  // a CSS escape: hex digits and a space
    } else {
      out += c;
    }
  }
  return out + "\"";
}

// Only the text: the boxes' font and colour are in the built-in stylesheet,
// which a municipality's own (--css) may still override.
std::string print_marks_css(const Document& doc) {
  const std::string marking = css_string(doc.marking);
  return fmt::format(
      "\n/* The running header and marking of this document, on every printed page. */\n"
      "@page {{\n"
      "  @top-left {{ content: {}; }}\n"
      "  @top-right {{ content: {}; }}\n"
      "  @bottom-left {{ content: {}; }}\n"
      "}}\n",
      css_string(doc.running_header), marking, marking);
}

}  // namespace lagesbild
