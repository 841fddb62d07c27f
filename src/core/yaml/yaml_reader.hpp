// SPDX-License-Identifier: EUPL-1.2
// The YAML module: strict reading of one file into our own tree.
#pragma once

#include <string>

#include "core/diag/diagnostic.hpp"
#include "core/yaml/yaml_tree.hpp"

namespace lagesbild {

// Reads and parses one file strictly; every problem becomes a diagnostic.
YamlDocument load_yaml_file(const std::string& path, Diagnostics& diagnostics);
// The same for bytes already in memory (tests, the fuzzer).
YamlDocument parse_yaml(const std::string& path, std::string bytes, Diagnostics& diagnostics);

}  // namespace lagesbild
