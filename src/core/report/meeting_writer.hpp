// SPDX-License-Identifier: EUPL-1.2
// The parts of the joint file that the meeting writes itself, from format
// 1.1 on (lagesbild(5) §6): the meeting, the citizen promises, and the note on
// what merge proposed from last month. Shared with joint_writer, which writes
// the rest of the file with the same layout.
#pragma once

#include <string>

#include "core/report/report.hpp"

namespace lagesbild {

// "key: value" at `indent`, and an aligned comment when one is given: the
// layout of every line of the joint file.
std::string joint_line(const std::string& indent, const std::string& key_value, const std::string& comment = {});

// `möte:`, with its questions as comments, empty fields included.
void write_meeting(std::string& out, const JointReport& r);

// `åtgärder_från:` and what was carried from that month, as proposals.
void write_carried_note(std::string& out, const JointReport& r);

// `medborgarlöften:`, with an example when there are none.
void write_promises(std::string& out, const JointReport& r);

}  // namespace lagesbild
