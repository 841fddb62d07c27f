// SPDX-License-Identifier: EUPL-1.2
// Part of the YAML module: yaml-cpp's parse errors said in Swedish, for the
// mistakes layout_check and line_scan do not name on their own line.
#pragma once

#include <string>

namespace lagesbild {

// yaml-cpp's English message (YAML::ErrorMsg) as a Swedish one that says what to do.
std::string syntax_message(const std::string& yaml_cpp_message);

}  // namespace lagesbild
