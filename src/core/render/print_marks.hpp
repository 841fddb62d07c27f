// SPDX-License-Identifier: EUPL-1.2
// The running header and the marking on every printed page, as literal text.
// WeasyPrint fills margin boxes from string(), but Chromium (Edge, Chrome and
// a browser's own "Skriv ut → Spara som PDF") leaves string() empty; literal
// text written into the page rules for each document prints in both, so a
// classification and UTKAST are never missing from a page.
#pragma once

#include <string>
#include <string_view>

#include "core/render/document.hpp"

namespace lagesbild {

// CSS: @page margin boxes with the document's running header and marking.
std::string print_marks_css(const Document& doc);

// `text` as a CSS string literal, quotes included; nothing in it can end the
// string, the rule or the <style> element.
std::string css_string(std::string_view text);

}  // namespace lagesbild
