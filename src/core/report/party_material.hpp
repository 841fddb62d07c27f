// SPDX-License-Identifier: EUPL-1.2
// What the parties contributed to a joint picture, as comparable text: the
// checksums `underlag` (lagesbild(5) §3) that tell when, where and whose text
// was edited by hand in the joint file.
#pragma once

#include <string>
#include <vector>

#include "core/diag/reporter.hpp"
#include "core/report/questionnaire.hpp"
#include "core/report/report.hpp"
#include "core/yaml/yaml_tree.hpp"

namespace lagesbild {

// A checksum over the parties' parts of a joint picture (provenance, their
// trends, observations and assessments): what merge writes as `underlag`'s summa.
std::string party_material_fingerprint(const JointReport& joint);

// One short checksum per party and part ("parter", then each area): what
// merge writes under `underlag`, so that an edit can be found later.
std::vector<MaterialDigest> party_material_digests(const JointReport& joint);

// Whether the parties' parts differ from what merge wrote (false for a
// joint picture without `underlag`).
bool party_material_edited(const JointReport& joint);

// The stored digests that no longer match: whose text, where. Empty when
// nothing was edited, or when the file has only the summa (older files) or
// the edit is not in a party's own part (saknade_parter).
std::vector<MaterialDigest> party_material_edits(const JointReport& joint);

// The file a party's part was read from, as `parter` records it.
std::string party_file_of(const JointReport& joint, const std::string& party);

// Reads `underlag` (lagesbild(5) §3) into `report`: one checksum (older
// files), or the summa and per part one checksum per party of `report.parties`.
void read_material(Reporter& reporter, const YamlNode& node, JointReport& report, const Questionnaire& q);

// The parties' text edited by hand in the joint file (its `underlag` no
// longer matches): said on each area and party whose text changed.
void check_party_material(Reporter& reporter, const JointReport& report, Severity severity);

// The areas whose parties' parts differ between two joint pictures.
std::vector<std::string> areas_with_different_material(const JointReport& a, const JointReport& b);

}  // namespace lagesbild
