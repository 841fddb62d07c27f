// SPDX-License-Identifier: EUPL-1.2
#include "core/base/dates.hpp"

#include <fmt/format.h>

#include <array>
#include <ctime>

namespace lagesbild {

namespace {

bool parse_digits(std::string_view text, std::size_t from, std::size_t count, int& out) {
  if (from + count > text.size()) return false;
  int value = 0;
  for (std::size_t i = from; i < from + count; ++i) {
    if (text[i] < '0' || text[i] > '9') return false;
    value = value * 10 + (text[i] - '0');
  }
  out = value;
  return true;
}

constexpr std::array<const char*, 12> kMonthNames = {"januari",   "februari", "mars",     "april",
                                                     "maj",       "juni",     "juli",     "augusti",
                                                     "september", "oktober",  "november", "december"};

}  // namespace

int days_in_month(int year, int month) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[static_cast<std::size_t>(month - 1)];
}

std::optional<Date> parse_date(std::string_view text) {
  Date d;
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  if (!parse_digits(text, 0, 4, d.year) || !parse_digits(text, 5, 2, d.month) || !parse_digits(text, 8, 2, d.day))
    return std::nullopt;
  if (d.year < 1900 || d.month < 1 || d.month > 12 || d.day < 1 || d.day > days_in_month(d.year, d.month))
    return std::nullopt;
  return d;
}

std::optional<Period> parse_period(std::string_view text) {
  Period p;
  if (text.size() != 7 || text[4] != '-') return std::nullopt;
  if (!parse_digits(text, 0, 4, p.year) || !parse_digits(text, 5, 2, p.month)) return std::nullopt;
  if (p.year < 1900 || p.month < 1 || p.month > 12) return std::nullopt;
  return p;
}

std::optional<PeriodRange> parse_period_range(std::string_view text) {
  const auto trim = [](std::string_view t) {
    while (!t.empty() && t.front() == ' ') t.remove_prefix(1);
    while (!t.empty() && t.back() == ' ') t.remove_suffix(1);
    return t;
  };
  text = trim(text);
  int year = 0;
  if (text.size() == 4 && parse_digits(text, 0, 4, year)) {
    if (year < 1900) return std::nullopt;
    return PeriodRange{{year, 1}, {year, 12}};
  }
  const std::size_t dots = text.find("..");
  if (dots == std::string_view::npos) return std::nullopt;
  const auto from = parse_period(trim(text.substr(0, dots)));
  const auto to = parse_period(trim(text.substr(dots + 2)));
  if (!from || !to || *to < *from) return std::nullopt;
  return PeriodRange{*from, *to};
}

std::string to_string(const Date& date) {
  return fmt::format("{:04}-{:02}-{:02}", date.year, date.month, date.day);
}

std::string to_string(const Period& period) {
  return fmt::format("{:04}-{:02}", period.year, period.month);
}

std::string to_string(const PeriodRange& range) {
  if (range.from.year == range.to.year && range.from.month == 1 && range.to.month == 12)
    return std::to_string(range.from.year);
  return to_string(range.from) + ".." + to_string(range.to);
}

Period period_of(const Date& date) {
  return {date.year, date.month};
}

Period previous_period(const Period& period) {
  return period.month == 1 ? Period{period.year - 1, 12} : Period{period.year, period.month - 1};
}

Period next_period(const Period& period) {
  return period.month == 12 ? Period{period.year + 1, 1} : Period{period.year, period.month + 1};
}

long epoch_seconds(const Date& date) {
  // Days from civil (Howard Hinnant's algorithm), exact for the Gregorian calendar.
  const int y = date.year - (date.month <= 2 ? 1 : 0);
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = y - era * 400;
  const int doy = (153 * (date.month + (date.month > 2 ? -3 : 9)) + 2) / 5 + date.day - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return (static_cast<long>(era) * 146097 + doe - 719468) * 86400L;
}

Date today() {
  const std::time_t now = std::time(nullptr);
  // std::localtime, not POSIX's localtime_r: the program has one thread, and
  // the call is the same on every platform.
  const std::tm local = *std::localtime(&now);  // NOLINT(concurrency-mt-unsafe)
  return {local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

namespace {

// Total, so that a picture read with errors can still be described.
const char* month_name(int month) {
  return month >= 1 && month <= 12 ? kMonthNames[static_cast<std::size_t>(month - 1)] : "(okänd månad)";
}

}  // namespace

std::string swedish_month_year(const Period& period) {
  return fmt::format("{} {}", month_name(period.month), period.year);
}

std::string swedish_period_range(const PeriodRange& range) {
  const Period& a = range.from;
  const Period& b = range.to;
  if (a.year == b.year && a.month == 1 && b.month == 12) return std::to_string(a.year);
  if (a == b) return swedish_month_year(a);
  if (a.year == b.year) return fmt::format("{}–{} {}", month_name(a.month), month_name(b.month), a.year);
  return fmt::format("{}–{}", swedish_month_year(a), swedish_month_year(b));
}

std::string swedish_date(const Date& date) {
  return fmt::format("{} {} {}", date.day, month_name(date.month), date.year);
}

}  // namespace lagesbild
