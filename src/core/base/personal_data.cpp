// SPDX-License-Identifier: EUPL-1.2
#include "core/base/personal_data.hpp"

#include <cctype>

#include "core/base/dates.hpp"

namespace lagesbild {

namespace {

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
bool is_upper(char c) {
  return c >= 'A' && c <= 'Z';
}
// ASCII letters and digits, as std::isalnum in the "C" locale lagesbild runs
// in, without a library call for every byte of every text.
bool is_ascii_alnum(char c) {
  const auto u = static_cast<unsigned char>(c);
  return (u >= '0' && u <= '9') || ((u | 0x20) >= 'a' && (u | 0x20) <= 'z');
}
bool is_word_byte(char c) {
  return is_ascii_alnum(c) || (static_cast<unsigned char>(c) & 0x80) != 0;
}

int two_digits(std::string_view s, std::size_t at) {
  return (s[at] - '0') * 10 + (s[at + 1] - '0');
}

// The date part of an identity number: YYMMDD (century unknown) or YYYYMMDD.
// Returns 0 if no real date, 1 for a personnummer, 2 for a samordningsnummer.
int identity_date_kind(std::string_view digits) {
  const bool long_form = digits.size() == 12;
  const std::size_t m = long_form ? 4 : 2;
  const int month = two_digits(digits, m);
  int day = two_digits(digits, m + 2);
  int kind = 1;
  if (day > 60) {
    day -= 60;
    kind = 2;
  }
  if (month < 1 || month > 12 || day < 1) return 0;
  if (long_form) {
    const int year = two_digits(digits, 0) * 100 + two_digits(digits, 2);
    if (year < 1850) return 0;
    return day <= days_in_month(year, month) ? kind : 0;
  }
  const int yy = two_digits(digits, 0);
  const bool fits = day <= days_in_month(1900 + yy, month) || day <= days_in_month(2000 + yy, month);
  return fits ? kind : 0;
}

// Tries an identity number starting at `at` (a digit not preceded by one).
bool match_identity(std::string_view text, std::size_t at, PersonalDataFinding& out) {
  // Forms: 6+4 and 8+4 digits, optionally with '-', '+' or one space before the last four.
  for (const std::size_t head : {8U, 6U}) {
    std::size_t i = at;
    std::string digits;
    while (i < text.size() && digits.size() < head && is_digit(text[i])) digits.push_back(text[i++]);
    if (digits.size() != head) continue;
    if (i < text.size() && (text[i] == '-' || text[i] == '+' || text[i] == ' ')) ++i;
    std::size_t tail = 0;
    while (i < text.size() && tail < 4 && is_digit(text[i])) {
      digits.push_back(text[i++]);
      ++tail;
    }
    if (tail != 4 || (i < text.size() && is_digit(text[i]))) continue;
    const int kind = identity_date_kind(digits);
    if (kind == 0 || !luhn_valid(std::string_view(digits).substr(digits.size() - 10))) continue;
    out = {kind == 2 ? PersonalDataKind::CoordinationNumber : PersonalDataKind::IdentityNumber, at, i - at};
    return true;
  }
  return false;
}

// Swedish phone numbers: 0 or +46 followed by 7 to 9 more digits, with spaces
// or dashes between groups ("070-123 45 67", "+46 70 123 45 67", "0250-123 45").
bool match_phone(std::string_view text, std::size_t at, PersonalDataFinding& out) {
  std::size_t i = at;
  std::size_t digits = 0;
  if (text.substr(at, 3) == "+46") {
    i += 3;
  } else if (text[at] == '0') {
    ++i;
    ++digits;
  } else {
    return false;
  }
  std::size_t end = i;
  std::size_t after_prefix = 0;
  while (i < text.size()) {
    if (is_digit(text[i])) {
      ++digits;
      ++after_prefix;
      end = ++i;
    } else if ((text[i] == ' ' || text[i] == '-') && i + 1 < text.size() && is_digit(text[i + 1])) {
      ++i;
    } else {
      break;
    }
  }
  const bool international = text[at] == '+';
  const std::size_t count = international ? after_prefix : digits;
  const std::size_t min = international ? 7 : 8;
  const std::size_t max = international ? 9 : 10;
  if (count < min || count > max) return false;
  if (end < text.size() && is_word_byte(text[end])) return false;
  out = {PersonalDataKind::Phone, at, end - at};
  return true;
}

bool is_email_local(char c) {
  return is_ascii_alnum(c) || (static_cast<unsigned char>(c) & 0x80) != 0 || c == '.' || c == '_' || c == '%' ||
         c == '+' || c == '-';
}
bool is_email_domain(char c) {
  return is_ascii_alnum(c) || c == '.' || c == '-';
}

bool match_email(std::string_view text, std::size_t at_sign, PersonalDataFinding& out) {
  std::size_t start = at_sign;
  while (start > 0 && is_email_local(text[start - 1])) --start;
  std::size_t end = at_sign + 1;
  while (end < text.size() && is_email_domain(text[end])) ++end;
  while (end > at_sign + 1 && text[end - 1] == '.') --end;
  const std::string_view domain = text.substr(at_sign + 1, end - at_sign - 1);
  const std::size_t dot = domain.rfind('.');
  if (start == at_sign || dot == std::string_view::npos || dot == 0 || domain.size() - dot < 3) return false;
  out = {PersonalDataKind::Email, start, end - start};
  return true;
}

// "ABC 123", "ABC123", "ABC 12A": three capitals, then two digits and a digit or capital.
bool match_vehicle(std::string_view text, std::size_t at, PersonalDataFinding& out) {
  if (at > 0 && is_word_byte(text[at - 1])) return false;
  if (at + 6 > text.size()) return false;
  if (!is_upper(text[at]) || !is_upper(text[at + 1]) || !is_upper(text[at + 2])) return false;
  std::size_t i = at + 3;
  if (text[i] == ' ') ++i;
  if (i + 3 > text.size()) return false;
  if (!is_digit(text[i]) || !is_digit(text[i + 1]) || !(is_digit(text[i + 2]) || is_upper(text[i + 2]))) return false;
  i += 3;
  if (i < text.size() && is_word_byte(text[i])) return false;
  out = {PersonalDataKind::VehicleRegistration, at, i - at};
  return true;
}

}  // namespace

bool luhn_valid(std::string_view ten_digits) {
  int sum = 0;
  for (std::size_t i = 0; i < ten_digits.size(); ++i) {
    int d = ten_digits[i] - '0';
    if (i % 2 == 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 == 0;
}

std::vector<PersonalDataFinding> find_personal_data(std::string_view text) {
  std::vector<PersonalDataFinding> found;
  std::size_t i = 0;
  while (i < text.size()) {
    PersonalDataFinding f{};
    const bool starts_number = (is_digit(text[i]) || text[i] == '+') && (i == 0 || !is_digit(text[i - 1]));
    if ((starts_number && is_digit(text[i]) && match_identity(text, i, f)) ||
        (starts_number && match_phone(text, i, f)) || match_vehicle(text, i, f) ||
        (text[i] == '@' && match_email(text, i, f))) {
      // An e-mail's local part lies before '@': drop earlier findings inside it.
      while (!found.empty() && found.back().offset >= f.offset) found.pop_back();
      found.push_back(f);
      i = f.offset + f.length;
      continue;
    }
    if (starts_number) {  // skip the rest of this digit run
      while (i < text.size() && (is_digit(text[i]) || text[i] == '+')) ++i;
      continue;
    }
    ++i;
  }
  return found;
}

std::string mask_personal_identity_numbers(std::string text) {
  for (const auto& f : find_personal_data(text)) {
    if (f.kind != PersonalDataKind::IdentityNumber && f.kind != PersonalDataKind::CoordinationNumber) continue;
    for (std::size_t k = f.offset; k < f.offset + f.length; ++k)
      if (is_digit(text[k])) text[k] = 'X';
  }
  return text;
}

}  // namespace lagesbild
