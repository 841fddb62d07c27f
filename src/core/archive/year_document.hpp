// SPDX-License-Identifier: EUPL-1.2
// The year's lägesbild as a document for kommunfullmäktige, in the order of
// Lag (2023:196) §4: a first section that sums the year up, Kartläggning,
// Annan information, Analys, then Åtgärder and what the picture rests on
// (Underlag). The same document model, writers and marking as render.
#pragma once

#include <string>
#include <string_view>

#include "core/archive/year.hpp"
#include "core/render/document.hpp"

namespace lagesbild {

Document year_document(const YearPicture& y);
std::string year_markdown(const YearPicture& y);
std::string year_html(const YearPicture& y, std::string_view extra_css);

}  // namespace lagesbild
