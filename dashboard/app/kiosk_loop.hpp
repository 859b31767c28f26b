#pragma once
// The running wall (issue 5): one thread that sleeps until something is due —
// the minute on the clock, a page turn, the next screen on/off edge, the systemd
// watchdog — or until it is woken (new data from the poller, a signal, input),
// then does everything that is due and draws only when the frame changed.

#include <chrono>
#include <cstdint>
#include <optional>
#include <ostream>
#include <string>

#include "core/time_zone.hpp"
#include "core/wall_settings.hpp"
#include "display_power.hpp"
#include "loop_clock.hpp"
#include "platform/systemd_notify.hpp"
#include "ui/kiosk_screen.hpp"
#include "wake_signal.hpp"
#include "wall_feed.hpp"

namespace hgw::app {

struct KioskLoopOptions {
  core::CommandOverrides overrides;
  std::optional<std::string> status_file;
};

struct KioskStats {
  std::uint64_t frames_drawn = 0;         // frames ImGui drew (a reused frame is not counted)
  std::uint64_t clock_regions_drawn = 0;  // minute ticks that redrew the clock alone
  std::uint64_t wakeups = 0;              // times the loop woke up
  std::uint64_t input_wakeups = 0;        // of which because input became readable
  std::uint64_t dark_periods = 0;         // times the wall went dark
};

// The interval at which the loop looks at input that has no descriptor to sleep
// on (a Wayland window); X11 and a console's keyboards wake it through poll().
inline constexpr std::chrono::milliseconds kInputPollInterval{250};
// The longest the loop sleeps, whatever is planned: a Pi has no real-time clock,
// and a jump of the wall clock (NTP at boot) must not leave it asleep for hours.
inline constexpr std::chrono::seconds kLongestSleep{60};

struct KioskParts {
  ui::KioskScreen& screen;
  WallFeed& feed;
  WakeSignal& wake;
  const LoopClock& clock;
  const core::TimeZone& zone;
  platform::SystemdNotifier& systemd;
  DisplayPower& display_power;
  std::ostream& log;
};

// Runs until q/Esc or SIGTERM/SIGINT (wake_stop). Returns what it did.
KioskStats run_kiosk_loop(const KioskParts& parts, const KioskLoopOptions& options);

}  // namespace hgw::app
