// SPDX-License-Identifier: EUPL-1.2
// The document as Markdown that CommonMark tools and pandoc read alike, with
// a YAML metadata block so that `pandoc file.md -o file.pdf` works as it is.
#pragma once

#include <string>
#include <string_view>

#include "core/render/document.hpp"

namespace lagesbild {

std::string markdown_text(const Document& doc);

// Free text made inert: no character acts as Markdown, HTML, pandoc math or
// raw LaTeX, and the text still reads exactly as typed.
std::string escape_markdown(std::string_view text);

}  // namespace lagesbild
