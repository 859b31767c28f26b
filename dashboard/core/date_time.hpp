#pragma once
// Calendar dates, times of day and instants as the document format writes them.
// Plain value types with exact arithmetic: no locale, no time-zone database.

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace hgw::core {

// A proleptic Gregorian calendar date.
struct Date {
  int year = 1970;
  int month = 1;  // 1..12
  int day = 1;    // 1..31

  auto operator<=>(const Date&) const = default;
};

// Minutes since midnight, 0..1439.
struct TimeOfDay {
  int minutes = 0;

  int hour() const { return minutes / 60; }
  int minute() const { return minutes % 60; }
  auto operator<=>(const TimeOfDay&) const = default;
};

// A moment in time together with the UTC offset it is seen from. Comparisons use
// the moment only; the offset decides the local date and time shown on the wall.
struct Instant {
  std::int64_t unix_seconds = 0;
  int utc_offset_minutes = 0;

  bool operator==(const Instant& other) const { return unix_seconds == other.unix_seconds; }
  auto operator<=>(const Instant& other) const { return unix_seconds <=> other.unix_seconds; }
};

inline constexpr std::int64_t kSecondsPerDay = 86400;

enum class Weekday { monday, tuesday, wednesday, thursday, friday, saturday, sunday };

bool is_leap_year(int year);
int days_in_month(int year, int month);

// Days since 1970-01-01 (negative before).
std::int64_t days_from_civil(const Date& date);
Date civil_from_days(std::int64_t days);
Date add_days(const Date& date, std::int64_t days);
// to - from, in days.
std::int64_t days_between(const Date& from, const Date& to);
Weekday weekday(const Date& date);
// Monday of the ISO week that holds `date`.
Date start_of_week(const Date& date);

Date local_date(const Instant& instant);
TimeOfDay local_time(const Instant& instant);

// Strict parsers for the document's formats; nullopt when the text is not exactly
// that format or names a day that does not exist (2026-02-30).
std::optional<Date> parse_date(std::string_view text);              // YYYY-MM-DD
std::optional<TimeOfDay> parse_time_of_day(std::string_view text);  // HH:MM
std::optional<Instant> parse_timestamp(std::string_view text);      // RFC 3339 with offset

std::string format_date_iso(const Date& date);
std::string format_time_of_day(const TimeOfDay& time);
std::string format_timestamp(const Instant& instant);  // RFC 3339 in the instant's offset

}  // namespace hgw::core
