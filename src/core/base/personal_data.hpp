// SPDX-License-Identifier: EUPL-1.2
// Finds data about individuals in free text. A lägesbild is about places and
// situations; an identity number in it can break secrecy law (lagesbild(5) §5).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace lagesbild {

enum class PersonalDataKind {
  IdentityNumber,      // personnummer: always an error
  CoordinationNumber,  // samordningsnummer (day + 60): always an error
  Phone,
  Email,
  VehicleRegistration,
};

struct PersonalDataFinding {
  PersonalDataKind kind;
  std::size_t offset = 0;  // bytes into the text
  std::size_t length = 0;
};

// Identity numbers need a real date and a valid check digit, so that case
// numbers and diarienummer are not flagged.
std::vector<PersonalDataFinding> find_personal_data(std::string_view text);

// Replaces every digit of every identity or coordination number with 'X',
// keeping the length so that a caret under the line still points right.
std::string mask_personal_identity_numbers(std::string text);

bool luhn_valid(std::string_view ten_digits);

}  // namespace lagesbild
