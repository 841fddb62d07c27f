// SPDX-License-Identifier: EUPL-1.2
// Calendar dates and report periods (months), parsed strictly: a date that
// does not exist (2026-02-30) is not a date.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace lagesbild {

struct Date {
  int year = 0;
  int month = 0;
  int day = 0;
  friend bool operator==(const Date& a, const Date& b) {
    return a.year == b.year && a.month == b.month && a.day == b.day;
  }
  friend bool operator<(const Date& a, const Date& b) {
    if (a.year != b.year) return a.year < b.year;
    if (a.month != b.month) return a.month < b.month;
    return a.day < b.day;
  }
};

struct Period {
  int year = 0;
  int month = 0;
  friend bool operator==(const Period& a, const Period& b) { return a.year == b.year && a.month == b.month; }
  friend bool operator!=(const Period& a, const Period& b) { return !(a == b); }
  friend bool operator<(const Period& a, const Period& b) {
    return a.year != b.year ? a.year < b.year : a.month < b.month;
  }
};

// The months from `from` to `to`, both included: when a citizen promise is
// in force (lagesbild(5) §6). Written as a year ("2026") or as a range
// ("2026-01..2026-06").
struct PeriodRange {
  Period from, to;
  bool contains(const Period& p) const { return !(p < from) && !(to < p); }
  friend bool operator==(const PeriodRange& a, const PeriodRange& b) { return a.from == b.from && a.to == b.to; }
};

int days_in_month(int year, int month);

// "YYYY-MM-DD" with a real day; nullopt otherwise.
std::optional<Date> parse_date(std::string_view text);
// "YYYY-MM"; nullopt otherwise.
std::optional<Period> parse_period(std::string_view text);

// "2026" (a whole year) or "2026-01..2026-06", the range's first month not after its last;
// spaces around ".." are allowed. nullopt otherwise.
std::optional<PeriodRange> parse_period_range(std::string_view text);

std::string to_string(const Date& date);
std::string to_string(const Period& period);
// "2026" for a whole calendar year, otherwise "2026-01..2026-06".
std::string to_string(const PeriodRange& range);

Period period_of(const Date& date);
Period previous_period(const Period& period);
Period next_period(const Period& period);

// Seconds since 1970-01-01 at midnight UTC of `date`.
long epoch_seconds(const Date& date);

// The local calendar date now.
Date today();

// "november 2026"
std::string swedish_month_year(const Period& period);
// "2026", "mars–juni 2026", "november 2026–januari 2027"
std::string swedish_period_range(const PeriodRange& range);
// "2 december 2026"
std::string swedish_date(const Date& date);

}  // namespace lagesbild
