#pragma once
// Where "now" comes from. Everything that depends on the time takes a Clock, so
// tests and `--now` can fix the instant.

#include "date_time.hpp"

namespace hgw::core {

class Clock {
 public:
  virtual ~Clock() = default;
  virtual Instant now() const = 0;
};

// The system's time, seen in the system's local time zone (TZ, /etc/localtime).
class SystemClock final : public Clock {
 public:
  Instant now() const override;
};

class FixedClock final : public Clock {
 public:
  explicit FixedClock(Instant instant) : instant_(instant) {}
  Instant now() const override { return instant_; }
  void set(Instant instant) { instant_ = instant; }

 private:
  Instant instant_;
};

}  // namespace hgw::core
