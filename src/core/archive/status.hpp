// SPDX-License-Identifier: EUPL-1.2
// The month's status of a folder of pictures: has every party delivered a
// valid, complete file, and is the joint picture final? For cron and people.
#pragma once

#include <string>
#include <vector>

#include "core/archive/archive.hpp"

namespace lagesbild {

struct PartyStatus {
  std::string party;                  // a party id, or words::kJoint
  const ArchiveFile* file = nullptr;  // the first found
  std::size_t files = 0;
  // "giltig, komplett", "saknas", ...: what a person reads.
  std::string verdict() const;
  // Delivered: exactly one valid file, complete (a party) or final (joint).
  bool ok() const;
};

struct MunicipalityStatus {
  std::string key;  // Archive::municipalities()
  std::string name;
  std::vector<PartyStatus> parties;  // in the questionnaire's order
  PartyStatus joint;
};

struct MonthStatus {
  Period period;
  std::vector<MunicipalityStatus> municipalities;
  // Every party of every municipality delivered (false when none was found).
  bool all_delivered() const;
};

// `only_municipality`: a name, or empty for every municipality in the archive.
MonthStatus month_status(const Archive& archive, const Questionnaire& q, const Period& period,
                         const std::string& only_municipality);

// A table for people; `folders` are named when nothing was found.
std::string status_text(const MonthStatus& s, const std::vector<std::string>& folders);
// The same for scripts (its shape: lagesbild(1), status).
std::string status_json(const MonthStatus& s);

}  // namespace lagesbild
