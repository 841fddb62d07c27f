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

int days_in_month(int year, int month);

// "YYYY-MM-DD" with a real day; nullopt otherwise.
std::optional<Date> parse_date(std::string_view text);
// "YYYY-MM"; nullopt otherwise.
std::optional<Period> parse_period(std::string_view text);

std::string to_string(const Date& date);
std::string to_string(const Period& period);

Period period_of(const Date& date);
Period previous_period(const Period& period);
Period next_period(const Period& period);

// Seconds since 1970-01-01 at midnight UTC of `date`.
long epoch_seconds(const Date& date);

// The local calendar date now.
Date today();

// "november 2026"
std::string swedish_month_year(const Period& period);
// "2 december 2026"
std::string swedish_date(const Date& date);

}  // namespace lagesbild
