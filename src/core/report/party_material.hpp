// What the parties contributed to a joint picture, as comparable text: the
// checksum `underlag` (lagesbild(5) §3) that tells when their text was edited
// by hand in the joint file.
#pragma once

#include <string>
#include <vector>

#include "core/report/report.hpp"

namespace lagesbild {

// A checksum over the parties' parts of a joint picture (provenance, their
// trends, observations and assessments): what merge writes as `underlag`.
std::string party_material_fingerprint(const JointReport& joint);

// The areas whose parties' parts differ between two joint pictures.
std::vector<std::string> areas_with_different_material(const JointReport& a, const JointReport& b);

}  // namespace lagesbild
