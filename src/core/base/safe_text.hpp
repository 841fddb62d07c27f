// SPDX-License-Identifier: EUPL-1.2
// Text from files made safe to print anywhere: nothing from a file can
// steer a terminal, and no identity number is ever shown again.
#pragma once

#include <string>

namespace lagesbild {

// Text safe to print: control characters (raw or from YAML escapes such as
// "\e[2J") become U+FFFD so that nothing from a file can steer a terminal.
std::string printable(std::string text);

// Text from a file or a file name made safe to show anywhere: bytes that
// are not UTF-8 become U+FFFD, control characters too, and identity
// numbers are masked. Every diagnostic passes through it when printed.
// `for_terminal` false keeps control characters, for JSON, which escapes them.
std::string safe_text(std::string text, bool for_terminal = true);

}  // namespace lagesbild
