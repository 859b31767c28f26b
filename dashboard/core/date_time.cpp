#include "date_time.hpp"

#include <array>
#include <cstdio>

namespace hgw::core {
namespace {

// Reads exactly `count` ASCII digits at `pos`; -1 when any is not a digit.
int read_digits(std::string_view text, std::size_t pos, std::size_t count) {
  if (pos + count > text.size()) return -1;
  int value = 0;
  for (std::size_t i = pos; i < pos + count; ++i) {
    const char c = text[i];
    if (c < '0' || c > '9') return -1;
    value = value * 10 + (c - '0');
  }
  return value;
}

std::int64_t floor_div(std::int64_t a, std::int64_t b) {
  std::int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  return q;
}

}  // namespace

bool is_leap_year(int year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int days_in_month(int year, int month) {
  static constexpr std::array<int, 12> kDays{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  if (month == 2 && is_leap_year(year)) return 29;
  return kDays[static_cast<std::size_t>(month - 1)];
}

// Howard Hinnant's days_from_civil / civil_from_days algorithms.
std::int64_t days_from_civil(const Date& date) {
  const std::int64_t y = date.year - (date.month <= 2 ? 1 : 0);
  const std::int64_t era = floor_div(y, 400);
  const std::int64_t yoe = y - era * 400;
  const std::int64_t m = date.month;
  const std::int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + date.day - 1;
  const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date civil_from_days(std::int64_t days) {
  const std::int64_t z = days + 719468;
  const std::int64_t era = floor_div(z, 146097);
  const std::int64_t doe = z - era * 146097;
  const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const std::int64_t mp = (5 * doy + 2) / 153;
  const std::int64_t d = doy - (153 * mp + 2) / 5 + 1;
  const std::int64_t m = mp < 10 ? mp + 3 : mp - 9;
  const std::int64_t y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return Date{static_cast<int>(y), static_cast<int>(m), static_cast<int>(d)};
}

Date add_days(const Date& date, std::int64_t days) {
  return civil_from_days(days_from_civil(date) + days);
}

std::int64_t days_between(const Date& from, const Date& to) {
  return days_from_civil(to) - days_from_civil(from);
}

Weekday weekday(const Date& date) {
  // 1970-01-01 was a Thursday.
  const std::int64_t index = (days_from_civil(date) % 7 + 7 + 3) % 7;
  return static_cast<Weekday>(index);
}

Date start_of_week(const Date& date) {
  return add_days(date, -static_cast<std::int64_t>(weekday(date)));
}

Date local_date(const Instant& instant) {
  const std::int64_t local = instant.unix_seconds + instant.utc_offset_minutes * 60LL;
  return civil_from_days(floor_div(local, kSecondsPerDay));
}

TimeOfDay local_time(const Instant& instant) {
  const std::int64_t local = instant.unix_seconds + instant.utc_offset_minutes * 60LL;
  const std::int64_t seconds_of_day = local - floor_div(local, kSecondsPerDay) * kSecondsPerDay;
  return TimeOfDay{static_cast<int>(seconds_of_day / 60)};
}

std::optional<Date> parse_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  const int year = read_digits(text, 0, 4);
  const int month = read_digits(text, 5, 2);
  const int day = read_digits(text, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1) return std::nullopt;
  if (day > days_in_month(year, month)) return std::nullopt;
  return Date{year, month, day};
}

std::optional<TimeOfDay> parse_time_of_day(std::string_view text) {
  if (text.size() != 5 || text[2] != ':') return std::nullopt;
  const int hour = read_digits(text, 0, 2);
  const int minute = read_digits(text, 3, 2);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return std::nullopt;
  return TimeOfDay{hour * 60 + minute};
}

std::optional<Instant> parse_timestamp(std::string_view text) {
  // YYYY-MM-DDTHH:MM:SS[.fraction](Z|+HH:MM|-HH:MM)
  if (text.size() < 20) return std::nullopt;
  const auto date = parse_date(text.substr(0, 10));
  if (!date) return std::nullopt;
  if (text[10] != 'T') return std::nullopt;
  if (text[13] != ':' || text[16] != ':') return std::nullopt;
  const int hour = read_digits(text, 11, 2);
  const int minute = read_digits(text, 14, 2);
  const int second = read_digits(text, 17, 2);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
    return std::nullopt;
  }
  std::size_t pos = 19;
  if (pos < text.size() && text[pos] == '.') {
    const std::size_t digits_start = ++pos;
    while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9')
      ++pos;
    if (pos == digits_start) return std::nullopt;
  }
  int offset_minutes = 0;
  const std::string_view zone = text.substr(pos);
  if (zone == "Z") {
    offset_minutes = 0;
  } else if (zone.size() == 6 && (zone[0] == '+' || zone[0] == '-') && zone[3] == ':') {
    const int offset_hours = read_digits(zone, 1, 2);
    const int offset_mins = read_digits(zone, 4, 2);
    if (offset_hours < 0 || offset_hours > 23 || offset_mins < 0 || offset_mins > 59) {
      return std::nullopt;
    }
    offset_minutes = (offset_hours * 60 + offset_mins) * (zone[0] == '-' ? -1 : 1);
  } else {
    return std::nullopt;
  }
  const std::int64_t local_seconds =
      days_from_civil(*date) * kSecondsPerDay + hour * 3600 + minute * 60 + second;
  return Instant{local_seconds - offset_minutes * 60LL, offset_minutes};
}

std::string format_date_iso(const Date& date) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", date.year, date.month, date.day);
  return buffer;
}

std::string format_time_of_day(const TimeOfDay& time) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%02d:%02d", time.hour(), time.minute());
  return buffer;
}

std::string format_timestamp(const Instant& instant) {
  const std::int64_t local = instant.unix_seconds + instant.utc_offset_minutes * 60LL;
  const std::int64_t seconds_of_day = local - floor_div(local, kSecondsPerDay) * kSecondsPerDay;
  const Date date = local_date(instant);
  const int offset = instant.utc_offset_minutes;
  const int abs_offset = offset < 0 ? -offset : offset;
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "%sT%02d:%02d:%02d%c%02d:%02d",
                format_date_iso(date).c_str(), static_cast<int>(seconds_of_day / 3600),
                static_cast<int>(seconds_of_day / 60 % 60), static_cast<int>(seconds_of_day % 60),
                offset < 0 ? '-' : '+', abs_offset / 60, abs_offset % 60);
  return buffer;
}

}  // namespace hgw::core
