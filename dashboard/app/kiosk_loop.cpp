#include "kiosk_loop.hpp"

#include <algorithm>
#include <memory>
#include <vector>

#include "core/enum_keys.hpp"
#include "core/page_rotation.hpp"
#include "core/screen_schedule.hpp"
#include "core/wake_plan.hpp"
#include "core/wall_model.hpp"
#include "net/status_file.hpp"
#include "platform/version.hpp"

namespace hgw::app {
namespace {

using Steady = std::chrono::steady_clock;

std::int64_t minute_of(const core::Instant& instant) {
  return (instant.unix_seconds + instant.utc_offset_minutes * 60) / 60;
}

class Wall {
 public:
  Wall(const KioskParts& parts, const KioskLoopOptions& options)
      : parts_(parts), options_(options) {}

  KioskStats run();

 private:
  void rebuild(const core::Instant& now);
  bool handle_keys(const core::Instant& now);
  void follow_schedule(const core::Instant& now);
  void draw(const core::Instant& now);
  void send_ready();
  void report(const core::Instant& now);
  Steady::time_point next_deadline(const core::Instant& now);
  ui::FrameRequest request_for(std::size_t page, int part) const;
  void turn(int step);
  std::string page_text() const;
  std::string status_line() const;

  const KioskParts& parts_;
  const KioskLoopOptions& options_;
  KioskStats stats_;

  net::PollerSnapshot snapshot_;
  core::WallModel wall_;
  std::uint64_t generation_ = 0;  // +1 on every new view model
  std::int64_t model_minute_ = 0;
  std::optional<core::Instant> next_change_;

  std::size_t page_index_ = 0;
  int part_ = 0;        // of the page on show, when its items take more than one screen
  int part_count_ = 1;  // the page on show's, as the screen measured it when drawn
  core::Instant page_shown_at_{};
  bool paused_ = false;
  bool screen_on_ = true;
  bool dark_shown_ = false;
  bool force_show_ = false;
  bool ready_sent_ = false;
  std::optional<ui::FrameKey> shown_key_;

  // What the status file last said, so it is written only when something changed.
  std::optional<std::uint64_t> status_version_;
  std::string status_page_;
  bool status_on_ = true;
  std::optional<Steady::time_point> next_watchdog_;
};

void Wall::rebuild(const core::Instant& now) {
  core::WallModel rebuilt =
      core::build_wall_model(parts_.feed.wall_inputs(snapshot_, now, options_.overrides));
  // A new generation only when a page would look different but for the clock: the
  // minute tick alone redraws the clock's pixels, and news that changes nothing
  // shown draws nothing.
  if (generation_ == 0 || !core::same_but_clock(wall_, rebuilt)) ++generation_;
  wall_ = std::move(rebuilt);
  page_index_ %= wall_.view.pages.size();
  next_change_ = core::next_screen_change(wall_.schedule, now, parts_.zone);
  model_minute_ = minute_of(now);
}

bool Wall::handle_keys(const core::Instant& now) {
  if (!parts_.screen.has_input()) return true;
  const std::size_t count = wall_.view.pages.size();
  for (const ui::WallKey key : parts_.screen.take_keys()) {
    switch (key) {
      case ui::WallKey::quit:
        // The demo on a laptop may be quit; a configured wall only when it says so.
        if (parts_.feed.is_demo() || parts_.feed.display().quit_keys) return false;
        break;
      case ui::WallKey::close:
        return false;
      case ui::WallKey::next_page:
      case ui::WallKey::previous_page:
        if (count > 0) turn(key == ui::WallKey::next_page ? 1 : -1);
        page_shown_at_ = now;
        break;
      case ui::WallKey::pause:
        paused_ = !paused_;
        page_shown_at_ = now;
        break;
      case ui::WallKey::refetch:
        parts_.feed.refetch_now();
        break;
      case ui::WallKey::exposed:
        force_show_ = true;
        break;
    }
  }
  return true;
}

void Wall::follow_schedule(const core::Instant& now) {
  if (next_change_ && now.unix_seconds >= next_change_->unix_seconds) {
    next_change_ = core::next_screen_change(wall_.schedule, now, parts_.zone);
  }
  const bool on = core::wall_screen_on(wall_, now);
  parts_.display_power.set(on, core::format_timestamp(now));
  if (on == screen_on_) return;
  screen_on_ = on;
  parts_.feed.set_dark(!on);
  if (on) {
    // Morning: start the rotation from the first page, freshly drawn.
    page_index_ = 0;
    part_ = 0;
    shown_key_.reset();
    dark_shown_ = false;
  } else {
    ++stats_.dark_periods;
  }
}

void Wall::draw(const core::Instant& now) {
  if (!screen_on_) {
    // Dark: one black frame for the panel, then nothing at all until morning —
    // except after the window was exposed, when the panel's content is undefined.
    if (!dark_shown_ || force_show_) parts_.screen.show_black();
    dark_shown_ = true;
    force_show_ = false;
    shown_key_.reset();
    send_ready();
    return;
  }
  if (!shown_key_) {
    // The first frame of a lit period (start-up, morning): the first page's time
    // counts from now, however long the start took — a slow start must not turn
    // past a page before it was ever on screen.
    page_shown_at_ = core::first_page_shown_at(now, wall_.view.page_seconds);
  } else {
    core::WakeInputs inputs{
        now,     true,        page_shown_at_, wall_.view.page_seconds, wall_.view.pages.size(),
        paused_, next_change_};
    inputs.part_count = part_count_;
    if (core::page_turn_due(inputs)) {
      turn(1);
      page_shown_at_ = core::page_grid_start(now, wall_.view.page_seconds);
    }
  }
  const auto content_key = [this] {
    return (generation_ * 64 + page_index_) * 64 + static_cast<std::uint64_t>(part_);
  };
  if (!shown_key_ || shown_key_->content != content_key()) {
    // New data or another page: how many parts it has now, for the next turn.
    part_count_ = parts_.screen.part_count(request_for(page_index_, 0));
    part_ = std::min(part_, part_count_ - 1);
  }
  // The clock's part is the model's minute: the header's time is all it changes.
  const ui::FrameKey key{content_key(), static_cast<std::uint64_t>(model_minute_)};
  if (shown_key_ == key && !force_show_) return;
  const ui::FrameRequest request = request_for(page_index_, part_);
  const ui::FrameUpdate update = parts_.screen.show_frame(request, key);
  if (update.change == ui::FrameChange::whole) ++stats_.frames_drawn;
  if (update.change == ui::FrameChange::region) ++stats_.clock_regions_drawn;
  shown_key_ = key;
  force_show_ = false;
  send_ready();
}

ui::FrameRequest Wall::request_for(std::size_t page, int part) const {
  return ui::FrameRequest{&wall_.view, wall_.view.pages[page], &wall_.setup, part};
}

// The next (or previous) page or part: core decides, the screen knows the parts.
void Wall::turn(int step) {
  const auto parts_of = [this](std::size_t page) {
    return page == page_index_ ? part_count_ : parts_.screen.part_count(request_for(page, 0));
  };
  const core::PagePosition next =
      core::turn_page({page_index_, part_}, wall_.view.pages.size(), step, parts_of);
  if (next.page != page_index_) part_count_ = parts_of(next.page);
  page_index_ = next.page;
  part_ = next.part;
}

// "acties", or "acties 2/3" for a page in parts.
std::string Wall::page_text() const {
  return std::string(core::enum_key(wall_.view.pages[page_index_])) +
         core::part_suffix(part_, part_count_);
}

void Wall::send_ready() {
  // After the first frame (or the first black screen at night) is up.
  if (ready_sent_) return;
  parts_.systemd.ready(status_line());
  ready_sent_ = true;
}

std::string Wall::status_line() const {
  std::string line =
      screen_on_ ? "showing " + page_text() : std::string("dark (outside school hours)");
  if (parts_.feed.is_demo()) line += ", demo school";
  std::size_t failing = 0;
  for (const auto& source : snapshot_.sources)
    failing += source.failing() ? 1 : 0;
  if (!snapshot_.sources.empty()) {
    line += ", " + std::to_string(snapshot_.sources.size()) + " source(s), " +
            std::to_string(failing) + " failing";
  }
  return line;
}

void Wall::report(const core::Instant& now) {
  if (ready_sent_) parts_.systemd.status(status_line());
  if (!options_.status_file) return;
  const std::string page = page_text();
  if (status_version_ == snapshot_.version && status_page_ == page && status_on_ == screen_on_) {
    return;
  }
  net::AppStatus app;
  app.page = page;
  app.display_on = screen_on_;
  app.version = platform::kVersion;
  const std::string error = net::write_status_file(*options_.status_file, snapshot_, app, now);
  if (!error.empty()) parts_.log << "hgw-dashboard: status file: " << error << '\n';
  status_version_ = snapshot_.version;
  status_page_ = page;
  status_on_ = screen_on_;
}

Steady::time_point Wall::next_deadline(const core::Instant& now) {
  core::WakeInputs inputs{
      now,     screen_on_,  page_shown_at_, wall_.view.page_seconds, wall_.view.pages.size(),
      paused_, next_change_};
  inputs.part_count = part_count_;
  const core::WakePlan plan = core::plan_next_wake(inputs);
  const Steady::time_point steady_now = Steady::now();
  Steady::time_point deadline =
      std::min(parts_.clock.steady_at(plan.at), steady_now + kLongestSleep);
  if (next_watchdog_) deadline = std::min(deadline, *next_watchdog_);
  if (parts_.screen.has_input() && parts_.screen.input_fds().empty())
    deadline = std::min(deadline, steady_now + kInputPollInterval);
  if (parts_.screen.has_input() && parts_.screen.input_pending()) deadline = steady_now;
  return deadline;
}

KioskStats Wall::run() {
  snapshot_ = parts_.feed.snapshot();
  core::Instant now = parts_.clock.now();
  rebuild(now);
  const auto interval = parts_.systemd.watchdog_interval();
  if (interval) next_watchdog_ = Steady::now();

  unsigned reasons = 0;
  while (true) {
    if ((reasons & wake_stop) != 0) break;
    if ((reasons & (wake_data | wake_problem | wake_status)) != 0)
      snapshot_ = parts_.feed.snapshot();
    now = parts_.clock.now();
    if (!handle_keys(now)) break;
    if ((reasons & (wake_data | wake_problem)) != 0 || minute_of(now) != model_minute_) {
      rebuild(now);
    }
    follow_schedule(now);
    draw(now);
    report(now);
    parts_.display_power.reap();
    if (next_watchdog_ && Steady::now() >= *next_watchdog_) {
      // Only this loop pings: if it hangs, the pings stop and systemd restarts it.
      parts_.systemd.watchdog();
      next_watchdog_ = Steady::now() + *interval;
    }
    const std::vector<int> input = parts_.screen.input_fds();
    reasons = parts_.wake.wait_until(next_deadline(now), input);
    ++stats_.wakeups;
    if ((reasons & wake_input) != 0) ++stats_.input_wakeups;
  }
  parts_.systemd.stopping();
  return stats_;
}

}  // namespace

KioskStats run_kiosk_loop(const KioskParts& parts, const KioskLoopOptions& options) {
  Wall wall(parts, options);
  return wall.run();
}

}  // namespace hgw::app
