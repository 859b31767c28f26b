#include "kiosk_command.hpp"

#include <chrono>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "core/time_zone.hpp"
#include "core/wall_model.hpp"
#include "display_power.hpp"
#include "kiosk_loop.hpp"
#include "loop_clock.hpp"
#include "platform/atomic_file.hpp"
#include "platform/systemd_notify.hpp"
#include "present_probe.hpp"
#include "render_command.hpp"
#include "signal_watch.hpp"
#include "ui/kiosk_screen.hpp"
#include "wake_signal.hpp"
#include "wall_feed.hpp"

namespace hgw::app {
namespace {

// Is there a screen to open a window on? X11, Wayland, or a DRM device for
// KMSDRM; SDL_VIDEODRIVER set by hand means the caller knows best.
bool display_available() {
  if (std::getenv("SDL_VIDEODRIVER") != nullptr) return true;
  if (std::getenv("DISPLAY") != nullptr || std::getenv("WAYLAND_DISPLAY") != nullptr) return true;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator("/dev/dri", error)) {
    if (entry.path().filename().string().starts_with("card")) return true;
  }
  return false;
}

unsigned wake_reason(net::Change change) {
  switch (change) {
    case net::Change::data:
      return wake_data;
    case net::Change::problem:
      return wake_problem;
    case net::Change::status:
      return wake_status;
  }
  return wake_status;
}

// No display and no --headless: write the pages once as PNG and say where, so a
// kiosk started by hand on a server is not silently useless.
int render_once(const CommandLine& command, WallFeed& feed, std::ostream& out, std::ostream& err) {
  const core::WallModel wall = core::build_wall_model(
      feed.wall_inputs(feed.snapshot(), command.now.value_or(core::SystemClock().now()),
                       {command.language, command.theme}));
  const auto folder = std::filesystem::temp_directory_path() / "hgw-dashboard-pages";
  out << "hgw-dashboard: no display found (no DISPLAY, WAYLAND_DISPLAY or /dev/dri/card*); "
         "rendering the pages to "
      << folder.string() << '\n';
  return render_pages_to_folder(wall, wall.view.pages, ScreenSize{1920, 1080}, folder, false, out,
                                err)
             ? 0
             : 1;
}

}  // namespace

int run_kiosk(const CommandLine& command, std::ostream& out, std::ostream& err) {
  WakeSignal wake;
  // Before any other thread exists (poller workers, SDL's): they inherit the
  // blocked SIGTERM/SIGINT, and only the watch thread takes them.
  SignalWatch signals([&wake](int) { wake.raise(wake_stop); });
  const core::SystemTimeZone zone;
  // One clock for the loop and the sources: with --time-scale the status file's
  // last success and the banner's "sinds" run as fast as the schedule does, while
  // the sources' poll intervals and timeouts stay in real seconds (network
  // behaviour: a server sees the pace it would see on the wall).
  const auto clock = std::make_shared<const LoopClock>(command.now, command.time_scale, zone);
  // The poller calls this on its worker threads: it only wakes the loop.
  WallFeed feed(
      command, [&wake](net::Change change) { wake.raise(wake_reason(change)); }, err, clock);

  std::unique_ptr<ui::KioskScreen> screen;
  const int rotation = feed.display().rotation;
  try {
    if (command.headless) {
      screen =
          std::make_unique<ui::MemoryScreen>(command.size.width, command.size.height, rotation);
    } else if (display_available()) {
      const core::PresentProbe probe = probe_present();
      core::PresentDecision present = decide_present(command, feed.display().present, probe);
      err << "hgw-dashboard: presenting through " << core::present_path_key(present.path) << " ("
          << present.reason << ")\n";
      if (presents_on_drm(present, probe)) {
        try {
          ui::OpenedScreen drm = ui::open_drm_screen(rotation);
          screen = std::move(drm.screen);
          err << "hgw-dashboard: DRM dumb buffers on " << drm.description << '\n';
        } catch (const std::runtime_error& failure) {
          // No /dev/dri, not DRM master, no connected screen: SDL's KMSDRM may still
          // show the wall (with GL), which beats no wall at all.
          present = core::framebuffer_failed_on_console(failure.what());
          err << "hgw-dashboard: " << failure.what() << "; falling back to SDL's KMSDRM with GL\n";
        }
      }
      if (!screen) {
        screen = ui::open_window_screen(
            ui::WindowScreenOptions{command.fullscreen, command.display_index, rotation,
                                    present.path == core::PresentPath::gpu});
      }
      feed.note_present(present);
    }
  } catch (const std::exception& failure) {
    err << "hgw-dashboard: " << failure.what() << '\n';
  }
  if (!screen) return render_once(command, feed, out, err);

  platform::SystemdNotifier systemd;
  DisplayPower display_power(
      feed.schedule().display_off_command, feed.schedule().display_on_command,
      [&err](std::string_view line) { err << "hgw-dashboard: " << line << '\n'; });
  KioskLoopOptions options;
  options.overrides = {command.language, command.theme};
  options.status_file = command.status_file;
  // The status file's unfinished writes, if an earlier run was cut off mid-write.
  if (command.status_file) platform::remove_unfinished_writes(*command.status_file);

  const auto started = std::chrono::steady_clock::now();
  feed.start();
  const KioskStats stats = run_kiosk_loop(
      KioskParts{*screen, feed, wake, *clock, zone, systemd, display_power, err}, options);
  // Joins the workers: a cache write in progress is finished, never cut off.
  feed.stop();
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  err << "hgw-dashboard: stopped after " << seconds << " s: " << stats.frames_drawn
      << " frames drawn, " << stats.clock_regions_drawn << " clock regions drawn, " << stats.wakeups
      << " wake-ups (" << stats.input_wakeups << " for input), " << stats.dark_periods
      << " dark period(s)\n";
  return 0;
}

}  // namespace hgw::app
