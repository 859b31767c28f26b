#pragma once
// The kiosk's clock: the system's time, or — with --now — a clock that starts at
// the given instant and runs on, optionally faster (the hidden --time-scale, so a
// test lives through a school day and a night in seconds). Deadlines on the wall
// clock become steady-clock deadlines to sleep until.
//
// What runs faster is the wall's time: the schedule, page turns, day changes, the
// data's age and the sources' timestamps (the poller gets this clock too). What
// does not is timed on the steady clock — poll intervals, backoff, fetch timeouts,
// the watchdog — because a server and systemd live in real seconds: a 3000x clock
// that also polled 3000x as often would test a load nobody puts on a server.

#include <chrono>
#include <optional>

#include "core/clock.hpp"
#include "core/time_zone.hpp"

namespace hgw::app {

class LoopClock final : public core::Clock {
 public:
  using Steady = std::chrono::steady_clock;

  LoopClock(std::optional<core::Instant> start, double scale, const core::TimeZone& zone)
      : start_(start), scale_(scale > 0 ? scale : 1.0), zone_(zone), origin_(Steady::now()) {}

  core::Instant now() const override {
    if (!start_ && scale_ == 1.0) return system_.now();
    const auto elapsed = std::chrono::duration<double>(Steady::now() - origin_).count();
    const std::int64_t begin = start_ ? start_->unix_seconds : system_start_;
    return zone_.at(begin + static_cast<std::int64_t>(elapsed * scale_));
  }

  // The moment on the steady clock when this clock reads `at`.
  Steady::time_point steady_at(const core::Instant& at) const {
    const auto wall_left = std::chrono::duration<double>(
        static_cast<double>(at.unix_seconds - now().unix_seconds) / scale_);
    return Steady::now() + std::chrono::duration_cast<Steady::duration>(wall_left);
  }

  double scale() const { return scale_; }

 private:
  std::optional<core::Instant> start_;
  double scale_;
  const core::TimeZone& zone_;
  Steady::time_point origin_;
  core::SystemClock system_;
  std::int64_t system_start_ = system_.now().unix_seconds;
};

}  // namespace hgw::app
