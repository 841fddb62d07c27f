// SPDX-License-Identifier: EUPL-1.2
// The built-in stylesheet of every HTML document: A4 pages, the running
// header and the classification on every printed page.
#pragma once

#include <string_view>

namespace lagesbild {

std::string_view default_stylesheet();

}  // namespace lagesbild
