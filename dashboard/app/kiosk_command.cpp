#include "kiosk_command.hpp"

#include <chrono>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "core/clock.hpp"
#include "core/demo_school.hpp"
#include "core/view_model.hpp"
#include "render_command.hpp"
#include "ui/window_renderer.hpp"
#include "version.hpp"
#include "wall_input.hpp"

namespace hgw::app {
namespace {

constexpr const char* kDefaultConfigPaths[] = {"/boot/firmware/hgw-dashboard.conf",
                                               "/etc/hgw-dashboard.conf"};

std::optional<std::string> find_config(const CommandLine& command) {
  if (command.config_path) return command.config_path;
  for (const char* path : kDefaultConfigPaths) {
    if (std::filesystem::exists(path)) return std::string(path);
  }
  return std::nullopt;
}

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

// What the wall shows: the document and how to look at it.
struct Wall {
  core::Document document;
  core::ViewOptions options;
  ui::SetupInfo setup;
};

Wall load_wall(const CommandLine& command, std::ostream& err) {
  Wall wall;
  wall.options.language = command.language;
  wall.options.theme = command.theme;
  wall.setup.host_name = host_name();
  wall.setup.version = kVersion;
  wall.document.format = "hgw-dashboard/1";
  const auto config = find_config(command);
  if (!config) {
    // The demo is moved to this week so it looks alive whenever it is shown.
    wall.document = core::demo_document(command.now.value_or(core::SystemClock().now()));
    wall.options.is_demo = true;
    return wall;
  }
  // Sources from the configuration come with the fetcher (issue 4); until then a
  // configured wall says so on its setup page rather than showing the demo.
  wall.setup.config_path = *config;
  wall.setup.problem = ui::SetupProblem::unreadable;
  wall.setup.details.push_back(
      command.language == core::Language::en
          ? "Reading sources from the configuration is not built into this version yet."
          : "Bronnen uit de configuratie lezen zit nog niet in deze versie.");
  err << "hgw-dashboard: reading sources from " << *config << " is not built yet\n";
  return wall;
}

// Minutes since the epoch in the wall's local time: the clock on the wall changes
// when this does.
std::int64_t minute_of(const core::Instant& instant) {
  return (instant.unix_seconds + instant.utc_offset_minutes * 60) / 60;
}

int milliseconds_to_next_minute(const core::Instant& instant) {
  const std::int64_t into = (instant.unix_seconds % 60 + 60) % 60;
  return static_cast<int>((60 - into) * 1000);
}

int run_headless(const Wall& wall, const core::ViewModel& model, std::ostream& out,
                 std::ostream& err) {
  const auto folder = std::filesystem::temp_directory_path() / "hgw-dashboard-pages";
  out << "hgw-dashboard: no display found (no DISPLAY, WAYLAND_DISPLAY or /dev/dri/card*); "
         "rendering the pages to "
      << folder.string() << '\n';
  return render_pages_to_folder(model, wall.setup, model.pages, ScreenSize{1920, 1080}, folder,
                                false, out, err)
             ? 0
             : 1;
}

}  // namespace

int run_kiosk(const CommandLine& command, std::ostream& out, std::ostream& err) {
  const Wall wall = load_wall(command, err);
  const core::SystemClock system_clock;
  // With --now the clock stands still: reproducible, as for render.
  auto now = [&] { return command.now.value_or(system_clock.now()); };
  core::Instant shown_instant = now();
  core::ViewModel model = core::build_view_model(wall.document, shown_instant, wall.options);

  if (!display_available()) return run_headless(wall, model, out, err);
  std::unique_ptr<ui::WindowRenderer> window;
  try {
    window = std::make_unique<ui::WindowRenderer>(ui::WindowOptions{command.fullscreen});
  } catch (const std::exception& failure) {
    err << "hgw-dashboard: " << failure.what() << '\n';
    return run_headless(wall, model, out, err);
  }

  using Steady = std::chrono::steady_clock;
  std::size_t page_index = 0;
  auto page_period = [&] { return std::chrono::seconds(std::max(1, model.page_seconds)); };
  Steady::time_point next_turn = Steady::now() + page_period();
  bool dirty = true;
  while (true) {
    if (model.pages.empty()) model.pages.push_back(core::Page::overzicht);
    page_index %= model.pages.size();
    if (dirty) {
      window->render(ui::FrameRequest{&model, model.pages[page_index], &wall.setup});
      dirty = false;
    }
    // Sleep until the page turns or the minute on the wall changes, whichever is first.
    const auto until_turn =
        std::chrono::duration_cast<std::chrono::milliseconds>(next_turn - Steady::now()).count();
    const int timeout = static_cast<int>(std::clamp<std::int64_t>(
        std::min<std::int64_t>(until_turn, milliseconds_to_next_minute(now())), 10, 60'000));
    switch (window->wait(timeout)) {
      case ui::WindowEvent::quit:
        return 0;
      case ui::WindowEvent::redraw:
        dirty = true;
        break;
      case ui::WindowEvent::next_page:
        ++page_index;
        next_turn = Steady::now() + page_period();
        dirty = true;
        break;
      case ui::WindowEvent::previous_page:
        page_index = (page_index + model.pages.size() - 1) % model.pages.size();
        next_turn = Steady::now() + page_period();
        dirty = true;
        break;
      case ui::WindowEvent::none:
        break;
    }
    if (Steady::now() >= next_turn) {
      ++page_index;
      next_turn = Steady::now() + page_period();
      dirty = true;
    }
    const core::Instant current = now();
    if (minute_of(current) != minute_of(shown_instant)) {
      shown_instant = current;
      model = core::build_view_model(wall.document, shown_instant, wall.options);
      dirty = true;
    }
  }
}

}  // namespace hgw::app
