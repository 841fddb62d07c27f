// SPDX-License-Identifier: EUPL-1.2
// The county's section of the summary document ("Länets bild"): what
// Länsstyrelsen reads first when a folder holds several municipalities.
#pragma once

#include "core/archive/county.hpp"
#include "core/archive/summary.hpp"
#include "core/render/document.hpp"

namespace lagesbild {

void county_section(Document& doc, const Summary& s, const County& c);

}  // namespace lagesbild
