// SPDX-License-Identifier: EUPL-1.2
#include "core/base/parallel.hpp"

namespace lagesbild {

unsigned default_jobs() {
  // 0 when unknown: one core is always there.
  return std::max(1U, std::thread::hardware_concurrency());
}

}  // namespace lagesbild
