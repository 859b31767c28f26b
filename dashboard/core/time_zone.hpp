#pragma once
// Local time on the wall. Schedules say "07:30" and mean Amsterdam time on that
// day, so future instants need the offset that will hold then, across daylight
// saving changes. Europe's rule is written out here so tests are exact and need
// no time-zone database; the system zone serves the running kiosk.

#include <cstdint>
#include <memory>

#include "date_time.hpp"

namespace hgw::core {

class TimeZone {
 public:
  virtual ~TimeZone() = default;
  // UTC offset in minutes in force at the moment `unix_seconds`.
  virtual int offset_at(std::int64_t unix_seconds) const = 0;

  Instant at(std::int64_t unix_seconds) const {
    return Instant{unix_seconds, offset_at(unix_seconds)};
  }
  // The instant a local date and time names. A time skipped by the spring change
  // (02:30) is read as if the clock had not yet moved; a repeated one (autumn) as
  // its first occurrence.
  Instant from_local(const Date& date, const TimeOfDay& time) const;
};

// The EU rule since 1996: summer time (+1 hour) from the last Sunday of March 01:00
// UTC to the last Sunday of October 01:00 UTC.
class EuropeanTimeZone final : public TimeZone {
 public:
  explicit EuropeanTimeZone(int standard_offset_minutes = 60)
      : standard_(standard_offset_minutes) {}
  int offset_at(std::int64_t unix_seconds) const override;

 private:
  int standard_;
};

// The zone the system is configured with (TZ, /etc/localtime).
class SystemTimeZone final : public TimeZone {
 public:
  int offset_at(std::int64_t unix_seconds) const override;
};

}  // namespace hgw::core
