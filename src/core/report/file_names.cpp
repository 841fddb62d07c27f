// SPDX-License-Identifier: EUPL-1.2
#include "core/report/file_names.hpp"

#include <fmt/format.h>

#include "core/base/text.hpp"
#include "core/report/report.hpp"

namespace lagesbild {

std::string report_file_name(const Period& period, const std::string& municipality, const std::string& party) {
  return fmt::format("{}_{}_{}.yaml", to_string(period), file_name_slug(municipality), party);
}

std::string joint_file_name(const Period& period, const std::string& municipality) {
  return report_file_name(period, municipality, words::kJoint);
}

}  // namespace lagesbild
