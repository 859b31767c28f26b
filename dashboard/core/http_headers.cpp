#include "http_headers.hpp"

#include <array>
#include <cctype>
#include <charconv>
#include <cstdio>

#include "date_time.hpp"

namespace hgw::core {
namespace {

constexpr std::array<std::string_view, 7> kDayNames{"Mon", "Tue", "Wed", "Thu",
                                                    "Fri", "Sat", "Sun"};
constexpr std::array<std::string_view, 12> kMonthNames{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

// Seconds beyond this are treated as this: no header should park a kiosk for years.
constexpr std::int64_t kLargestDelta = 365LL * 24 * 60 * 60;

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
    text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
    text.remove_suffix(1);
  return text;
}

bool equals_ignoring_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) !=
        std::tolower(static_cast<unsigned char>(b[i])))
      return false;
  }
  return true;
}

std::optional<std::int64_t> parse_delta_seconds(std::string_view text) {
  if (text.empty() || text.find_first_not_of("0123456789") != std::string_view::npos) {
    return std::nullopt;
  }
  if (text.size() > 12) return kLargestDelta;
  std::int64_t value = 0;
  std::from_chars(text.data(), text.data() + text.size(), value);
  return value > kLargestDelta ? kLargestDelta : value;
}

std::optional<int> fixed_number(std::string_view text) {
  if (text.empty() || text.find_first_not_of("0123456789") != std::string_view::npos) {
    return std::nullopt;
  }
  int value = 0;
  std::from_chars(text.data(), text.data() + text.size(), value);
  return value;
}

}  // namespace

std::optional<std::chrono::seconds> parse_max_age(std::string_view cache_control) {
  std::optional<std::chrono::seconds> max_age;
  while (!cache_control.empty()) {
    const auto comma = cache_control.find(',');
    const std::string_view directive = trim(cache_control.substr(0, comma));
    cache_control =
        comma == std::string_view::npos ? std::string_view{} : cache_control.substr(comma + 1);
    const auto equals = directive.find('=');
    const std::string_view name = trim(directive.substr(0, equals));
    if (equals_ignoring_case(name, "no-cache") || equals_ignoring_case(name, "no-store")) {
      return std::nullopt;
    }
    if (!equals_ignoring_case(name, "max-age") || equals == std::string_view::npos) continue;
    std::string_view value = trim(directive.substr(equals + 1));
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"') {
      value = value.substr(1, value.size() - 2);
    }
    if (auto seconds = parse_delta_seconds(value)) max_age = std::chrono::seconds(*seconds);
  }
  return max_age;
}

std::optional<std::chrono::seconds> parse_retry_after(std::string_view value,
                                                      std::int64_t now_unix) {
  value = trim(value);
  if (auto seconds = parse_delta_seconds(value)) return std::chrono::seconds(*seconds);
  const auto date = parse_http_date(value);
  if (!date) return std::nullopt;
  const std::int64_t delta = *date - now_unix;
  if (delta <= 0) return std::chrono::seconds(0);
  return std::chrono::seconds(delta > kLargestDelta ? kLargestDelta : delta);
}

std::optional<std::int64_t> parse_http_date(std::string_view text) {
  // "Sun, 06 Nov 1994 08:49:37 GMT": fixed positions, 29 characters.
  text = trim(text);
  if (text.size() != 29 || text.substr(3, 2) != ", " || text[7] != ' ' || text[11] != ' ' ||
      text[16] != ' ' || text[19] != ':' || text[22] != ':' || text.substr(25) != " GMT") {
    return std::nullopt;
  }
  int month = 0;
  for (std::size_t i = 0; i < kMonthNames.size(); ++i) {
    if (text.substr(8, 3) == kMonthNames[i]) month = static_cast<int>(i) + 1;
  }
  const auto day = fixed_number(text.substr(5, 2));
  const auto year = fixed_number(text.substr(12, 4));
  const auto hour = fixed_number(text.substr(17, 2));
  const auto minute = fixed_number(text.substr(20, 2));
  const auto second = fixed_number(text.substr(23, 2));
  if (month == 0 || !day || !year || !hour || !minute || !second) return std::nullopt;
  if (*day < 1 || *day > days_in_month(*year, month) || *hour > 23 || *minute > 59 ||
      *second > 60) {
    return std::nullopt;
  }
  const std::int64_t days = days_from_civil(Date{*year, month, *day});
  return days * kSecondsPerDay + *hour * 3600 + *minute * 60 + *second;
}

std::string format_http_date(std::int64_t unix_seconds) {
  std::int64_t days = unix_seconds / kSecondsPerDay;
  std::int64_t rest = unix_seconds % kSecondsPerDay;
  if (rest < 0) {
    rest += kSecondsPerDay;
    --days;
  }
  const Date date = civil_from_days(days);
  const auto day_name = kDayNames[static_cast<std::size_t>(weekday(date))];
  const auto month_name = kMonthNames[static_cast<std::size_t>(date.month - 1)];
  char text[40];
  std::snprintf(text, sizeof text, "%.*s, %02d %.*s %04d %02d:%02d:%02d GMT",
                static_cast<int>(day_name.size()), day_name.data(), date.day,
                static_cast<int>(month_name.size()), month_name.data(), date.year,
                static_cast<int>(rest / 3600), static_cast<int>(rest % 3600 / 60),
                static_cast<int>(rest % 60));
  return text;
}

}  // namespace hgw::core
