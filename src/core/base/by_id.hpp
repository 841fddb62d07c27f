// SPDX-License-Identifier: EUPL-1.2
// The one lookup areas, promises and their figures share: the item with a
// given `id` in a list kept in file order.
#pragma once

#include <string>

namespace lagesbild {

// The first item of `items` whose `id` is `id`, or nullptr.
template <typename Items>
const typename Items::value_type* find_by_id(const Items& items, const std::string& id) {
  for (const auto& item : items)
    if (item.id == id) return &item;
  return nullptr;
}

}  // namespace lagesbild
