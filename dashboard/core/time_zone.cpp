#include "time_zone.hpp"

#include <ctime>
#include <limits>

namespace hgw::core {
namespace {

Date last_sunday(int year, int month) {
  const Date last{year, month, days_in_month(year, month)};
  return add_days(last, -static_cast<std::int64_t>((static_cast<int>(weekday(last)) + 1) % 7));
}

std::int64_t utc_seconds(const Date& date, int hour) {
  return days_from_civil(date) * kSecondsPerDay + hour * 3600LL;
}

}  // namespace

Instant TimeZone::from_local(const Date& date, const TimeOfDay& time) const {
  const std::int64_t local = days_from_civil(date) * kSecondsPerDay + time.minutes * 60LL;
  // Try the offset before and after any change near that time; the first one that
  // maps back onto the same local time wins.
  const int first_guess = offset_at(local - kSecondsPerDay);
  const int second_guess = offset_at(local + kSecondsPerDay);
  for (const int offset : {first_guess, second_guess}) {
    const std::int64_t candidate = local - offset * 60LL;
    if (offset_at(candidate) == offset) return Instant{candidate, offset};
  }
  // In the spring gap: the wall clock jumped over this time; use the old offset.
  return at(local - first_guess * 60LL);
}

int EuropeanTimeZone::offset_at(std::int64_t unix_seconds) const {
  const Date utc_date = local_date(Instant{unix_seconds, 0});
  const std::int64_t summer_start = utc_seconds(last_sunday(utc_date.year, 3), 1);
  const std::int64_t summer_end = utc_seconds(last_sunday(utc_date.year, 10), 1);
  const bool summer = unix_seconds >= summer_start && unix_seconds < summer_end;
  return standard_ + (summer ? 60 : 0);
}

int SystemTimeZone::offset_at(std::int64_t unix_seconds) const {
  // Where time_t has 32 bits (bookworm's armhf), a moment after January 2038 would
  // wrap to 1901. The same moment 28 years away falls on the same weekday in a year
  // of the same length (from 1901 to 2099), so today's rules give it the same offset.
  constexpr std::int64_t kTwentyEightYears = (28 * 365 + 7) * kSecondsPerDay;
  constexpr std::int64_t kLatest = std::numeric_limits<std::time_t>::max();
  constexpr std::int64_t kEarliest = std::numeric_limits<std::time_t>::min();
  while (unix_seconds > kLatest)
    unix_seconds -= kTwentyEightYears;
  while (unix_seconds < kEarliest)
    unix_seconds += kTwentyEightYears;
  const std::time_t seconds = static_cast<std::time_t>(unix_seconds);
  std::tm local{};
  localtime_r(&seconds, &local);
  return static_cast<int>(local.tm_gmtoff / 60);
}

}  // namespace hgw::core
