// The summary for people: Markdown, or print-ready HTML with charts.
#pragma once

#include <string>
#include <string_view>

#include "core/archive/summary.hpp"

namespace lagesbild {

// `classification`: the strictest of the files summarised, with its grounds.
std::string summary_markdown(const Summary& s, Classification classification, const std::string& grounds);
std::string summary_html(const Summary& s, Classification classification, const std::string& grounds,
                         std::string_view extra_css);

}  // namespace lagesbild
