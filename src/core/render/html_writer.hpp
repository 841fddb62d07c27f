// SPDX-License-Identifier: EUPL-1.2
// The document as one self-contained, print-ready HTML file: CSS inline,
// nothing fetched, A4 pages with a running header and "Sida X av Y" when
// printed by WeasyPrint, and readable on screen.
#pragma once

#include <string>
#include <string_view>

#include "core/render/document.hpp"

namespace lagesbild {

// `extra_css`: a municipality's own graphic profile, added after ours.
std::string html_text(const Document& doc, std::string_view extra_css = {});

std::string escape_html(std::string_view text);

}  // namespace lagesbild
