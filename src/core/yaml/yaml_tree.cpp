// SPDX-License-Identifier: EUPL-1.2
#include "core/yaml/yaml_tree.hpp"

namespace lagesbild {

const YamlNode* YamlNode::find(const std::string& key) const {
  for (const auto& entry : entries)
    if (entry.key.text == key) return &entry.value;
  return nullptr;
}

}  // namespace lagesbild
