#include "core/date_time.hpp"

#include <doctest/doctest.h>

using namespace hgw::core;

TEST_CASE("dates: only real calendar dates in the exact YYYY-MM-DD shape parse") {
  CHECK(parse_date("2026-11-30") == Date{2026, 11, 30});
  CHECK(parse_date("2028-02-29") == Date{2028, 2, 29});  // leap year
  CHECK(parse_date("2000-02-29") == Date{2000, 2, 29});  // divisible by 400
  CHECK_FALSE(parse_date("2027-02-29"));                 // not a leap year
  CHECK_FALSE(parse_date("1900-02-29"));                 // divisible by 100, not 400
  CHECK_FALSE(parse_date("2026-02-30"));
  CHECK_FALSE(parse_date("2026-04-31"));
  CHECK_FALSE(parse_date("2026-13-01"));
  CHECK_FALSE(parse_date("2026-00-10"));
  CHECK_FALSE(parse_date("2026-12-00"));
  CHECK_FALSE(parse_date("2026-12-1"));
  CHECK_FALSE(parse_date("12 dec"));
  CHECK_FALSE(parse_date(" 2026-12-01"));
  CHECK_FALSE(parse_date("2026/12/01"));
  CHECK_FALSE(parse_date("2026-12-01T00:00:00Z"));
  CHECK_FALSE(parse_date(""));
}

TEST_CASE("times: HH:MM from 00:00 to 23:59") {
  CHECK(parse_time_of_day("07:30")->minutes == 450);
  CHECK(parse_time_of_day("00:00")->minutes == 0);
  CHECK(parse_time_of_day("23:59")->minutes == 1439);
  CHECK_FALSE(parse_time_of_day("24:00"));
  CHECK_FALSE(parse_time_of_day("25:00"));
  CHECK_FALSE(parse_time_of_day("7:30"));
  CHECK_FALSE(parse_time_of_day("07:60"));
  CHECK_FALSE(parse_time_of_day("07.30"));
}

TEST_CASE("timestamps: RFC 3339 with a mandatory offset") {
  const auto winter = parse_timestamp("2026-11-30T07:45:00+01:00");
  REQUIRE(winter);
  CHECK(winter->utc_offset_minutes == 60);
  CHECK(local_date(*winter) == Date{2026, 11, 30});
  CHECK(local_time(*winter).minutes == 7 * 60 + 45);
  CHECK(*winter == *parse_timestamp("2026-11-30T06:45:00Z"));
  CHECK(parse_timestamp("2026-11-30T06:45:00.250Z"));
  CHECK_FALSE(parse_timestamp("2026-11-30t06:45:00z"));  // upper case only, as the schema has it
  CHECK(parse_timestamp("2026-06-30T23:30:00-04:30")->utc_offset_minutes == -270);
  CHECK_FALSE(parse_timestamp("2026-11-30T07:45:00"));        // no offset
  CHECK_FALSE(parse_timestamp("2026-11-30 07:45:00+01:00"));  // no T
  CHECK_FALSE(parse_timestamp("2026-11-30T07:45+01:00"));     // no seconds
  CHECK_FALSE(parse_timestamp("2026-02-30T07:45:00+01:00"));  // no such day
  CHECK_FALSE(parse_timestamp("2026-11-30T24:00:00+01:00"));
  CHECK_FALSE(parse_timestamp("2026-11-30T07:45:00.Z"));
  CHECK_FALSE(parse_timestamp("2026-11-30T07:45:00+0100"));
}

TEST_CASE("timestamps: the local date follows the offset across midnight") {
  const auto late = parse_timestamp("2026-11-30T23:30:00Z");
  REQUIRE(late);
  CHECK(local_date(*late) == Date{2026, 11, 30});
  CHECK(local_date(Instant{late->unix_seconds, 60}) == Date{2026, 12, 1});
  CHECK(local_time(Instant{late->unix_seconds, 60}).minutes == 30);
  CHECK(format_timestamp(Instant{late->unix_seconds, 60}) == "2026-12-01T00:30:00+01:00");
}

TEST_CASE("day arithmetic and weekdays") {
  CHECK(weekday(Date{2026, 11, 30}) == Weekday::monday);
  CHECK(weekday(Date{1970, 1, 1}) == Weekday::thursday);
  CHECK(weekday(Date{2028, 2, 29}) == Weekday::tuesday);
  CHECK(days_between(Date{2026, 11, 30}, Date{2027, 2, 26}) == 88);
  CHECK(days_between(Date{2028, 2, 28}, Date{2028, 3, 1}) == 2);
  CHECK(add_days(Date{2026, 12, 31}, 1) == Date{2027, 1, 1});
  CHECK(add_days(Date{1969, 12, 31}, 1) == Date{1970, 1, 1});
  CHECK(start_of_week(Date{2026, 12, 6}) == Date{2026, 11, 30});  // Sunday → Monday before
  CHECK(start_of_week(Date{2026, 11, 30}) == Date{2026, 11, 30});
  for (std::int64_t day = -800000; day < 800000; day += 997) {
    CHECK(days_from_civil(civil_from_days(day)) == day);
  }
}
