// SPDX-License-Identifier: EUPL-1.2
#include <doctest/doctest.h>

#include "core/base/dates.hpp"

using namespace lagesbild;

TEST_SUITE("dates") {
  TEST_CASE("dates must exist") {
    CHECK(parse_date("2026-12-02").has_value());
    CHECK(parse_date("2028-02-29").has_value());
    CHECK_FALSE(parse_date("2026-02-29").has_value());
    CHECK_FALSE(parse_date("2026-11-31").has_value());
    CHECK_FALSE(parse_date("2026-13-01").has_value());
    CHECK_FALSE(parse_date("2026-1-01").has_value());
    CHECK_FALSE(parse_date("26-12-02").has_value());
    CHECK_FALSE(parse_date("2026-12-02x").has_value());
    CHECK(parse_date("1900-02-29") == std::nullopt);
    CHECK(parse_date("2000-02-29").has_value());
  }

  TEST_CASE("periods are YYYY-MM") {
    CHECK(parse_period("2026-11") == std::optional<Period>(Period{2026, 11}));
    CHECK_FALSE(parse_period("2026-00").has_value());
    CHECK_FALSE(parse_period("2026-11-01").has_value());
    CHECK_FALSE(parse_period("november").has_value());
  }

  TEST_CASE("the previous month crosses the year") {
    CHECK(previous_period({2026, 1}) == Period{2025, 12});
    CHECK(previous_period({2026, 11}) == Period{2026, 10});
    CHECK(next_period({2026, 12}) == Period{2027, 1});
  }

  TEST_CASE("Swedish names") {
    CHECK(swedish_month_year({2026, 11}) == "november 2026");
    CHECK(swedish_date({2026, 12, 2}) == "2 december 2026");
    CHECK(to_string(Date{2026, 3, 5}) == "2026-03-05");
  }

  TEST_CASE("a promise's months: a year or a range, and how they are written") {
    CHECK(parse_period_range("2026") == PeriodRange{{2026, 1}, {2026, 12}});
    CHECK(parse_period_range("2026-07..2027-06") == PeriodRange{{2026, 7}, {2027, 6}});
    CHECK(parse_period_range(" 2026-07 .. 2027-06 ") == PeriodRange{{2026, 7}, {2027, 6}});
    CHECK(parse_period_range("2026-03..2026-03") == PeriodRange{{2026, 3}, {2026, 3}});
    CHECK_FALSE(parse_period_range("2026-12..2026-01").has_value());  // backwards
    CHECK_FALSE(parse_period_range("hela året").has_value());
    CHECK_FALSE(parse_period_range("2026-13..2027-01").has_value());
    CHECK_FALSE(parse_period_range("26").has_value());
    CHECK(to_string(PeriodRange{{2026, 1}, {2026, 12}}) == "2026");
    CHECK(to_string(PeriodRange{{2026, 7}, {2027, 6}}) == "2026-07..2027-06");
    CHECK(swedish_period_range({{2026, 1}, {2026, 12}}) == "2026");
    CHECK(swedish_period_range({{2026, 3}, {2026, 6}}) == "mars–juni 2026");
    CHECK(swedish_period_range({{2026, 11}, {2027, 1}}) == "november 2026–januari 2027");
    CHECK(PeriodRange{{2026, 7}, {2027, 6}}.contains({2027, 6}));
    CHECK_FALSE(PeriodRange{{2026, 7}, {2027, 6}}.contains({2026, 6}));
  }
}
