#pragma once
// "When do I draw next?" — a pure decision, so it can be tested against a
// simulated clock. The kiosk sleeps until the earliest deadline: the minute on
// the clock, the next page turn, the next screen on/off edge. New data and input
// wake it sooner; those come from outside and need no deadline.

#include <cstddef>
#include <optional>

#include "date_time.hpp"

namespace hgw::core {

enum class WakeReason { minute_tick, page_turn, screen_change, idle_check };

struct WakeInputs {
  Instant now;
  bool screen_on = true;
  // The page on show appeared at this moment; it turns after page_seconds.
  Instant page_shown_at;
  int page_seconds = 20;
  std::size_t page_count = 1;
  bool paused = false;
  std::optional<Instant> next_screen_change;
  // The parts of the page on show (page_rotation.hpp): a single page in two parts
  // still turns.
  int part_count = 1;
};

struct WakePlan {
  Instant at;
  WakeReason reason = WakeReason::idle_check;
};

// While dark and with no edge ahead, look again after this long: cheap, and it
// catches a schedule that changed underneath.
inline constexpr std::int64_t kIdleCheckSeconds = 3600;

WakePlan plan_next_wake(const WakeInputs& inputs);

// On any wake the loop does everything that is due: a page turn may fall on the
// same second as the minute tick that woke it.
bool page_turn_due(const WakeInputs& inputs);

// Whether the wall turns at all: more than one page, or one page in parts.
bool rotates(const WakeInputs& inputs);

// Page turns fall on multiples of page_seconds of the local clock: with 15 or 20
// seconds a page, every minute tick coincides with a turn and costs no frame of
// its own. The start of the grid step `now` falls in (`now` itself without a grid).
Instant page_grid_start(const Instant& now, int page_seconds);

// When the first page of a lit period (start-up, morning) counts as shown: on the
// same grid, but it stays at least half a page — with 20 s pages a wall that lights
// at 09:00:05 turns at 09:00:20, one that lights at 09:00:15 at 09:00:40.
Instant first_page_shown_at(const Instant& now, int page_seconds);

// The page after `index` in a rotation of `count` pages (backwards with step -1).
std::size_t rotate_page(std::size_t index, std::size_t count, int step);

}  // namespace hgw::core
