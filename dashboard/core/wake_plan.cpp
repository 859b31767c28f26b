#include "wake_plan.hpp"

#include <algorithm>

namespace hgw::core {

WakePlan plan_next_wake(const WakeInputs& inputs) {
  const std::int64_t now = inputs.now.unix_seconds;
  WakePlan plan{Instant{now + kIdleCheckSeconds, inputs.now.utc_offset_minutes},
                WakeReason::idle_check};
  auto consider = [&](std::int64_t at, WakeReason reason) {
    if (at < plan.at.unix_seconds)
      plan = WakePlan{Instant{at, inputs.now.utc_offset_minutes}, reason};
  };

  if (inputs.next_screen_change) {
    consider(std::max(inputs.next_screen_change->unix_seconds, now), WakeReason::screen_change);
  }
  if (!inputs.screen_on) return plan;

  // The header shows HH:MM: redraw when the minute changes, not before. Offsets
  // are whole minutes, so the UTC minute boundary is the local one.
  consider((now / 60 + 1) * 60, WakeReason::minute_tick);
  if (!inputs.paused && rotates(inputs) && inputs.page_seconds > 0) {
    // A turn that is already due happens now, not a full interval late.
    consider(std::max(inputs.page_shown_at.unix_seconds + inputs.page_seconds, now),
             WakeReason::page_turn);
  }
  return plan;
}

bool page_turn_due(const WakeInputs& inputs) {
  return inputs.screen_on && !inputs.paused && rotates(inputs) && inputs.page_seconds > 0 &&
         inputs.now.unix_seconds >= inputs.page_shown_at.unix_seconds + inputs.page_seconds;
}

Instant page_grid_start(const Instant& now, int page_seconds) {
  if (page_seconds <= 0) return now;
  const std::int64_t local = now.unix_seconds + now.utc_offset_minutes * 60;
  const std::int64_t step = page_seconds;
  const std::int64_t into = ((local % step) + step) % step;
  return Instant{now.unix_seconds - into, now.utc_offset_minutes};
}

Instant first_page_shown_at(const Instant& now, int page_seconds) {
  Instant start = page_grid_start(now, page_seconds);
  if (2 * (now.unix_seconds - start.unix_seconds) > page_seconds)
    start.unix_seconds += page_seconds;
  return start;
}

bool rotates(const WakeInputs& inputs) {
  return inputs.page_count > 1 || inputs.part_count > 1;
}

std::size_t rotate_page(std::size_t index, std::size_t count, int step) {
  if (count == 0) return 0;
  const auto signed_count = static_cast<long long>(count);
  const long long next = (static_cast<long long>(index % count) + step) % signed_count;
  return static_cast<std::size_t>(next < 0 ? next + signed_count : next);
}

}  // namespace hgw::core
