// SPDX-License-Identifier: EUPL-1.2
// File names of reports (lagesbild(5) §4): the municipality as lower-case
// ASCII so that file shares, mail and scripts never trip.
#pragma once

#include <string>

#include "core/base/dates.hpp"

namespace lagesbild {

// The file name lagesbild(5) §4 asks for, e.g. "2026-11_alvdalen_polis.yaml".
std::string report_file_name(const Period& period, const std::string& municipality, const std::string& party);

// The file name of the joint picture, e.g. "2026-11_alvdalen_gemensam.yaml".
std::string joint_file_name(const Period& period, const std::string& municipality);

}  // namespace lagesbild
