// `render --config` promises the pages "exactly as the wall would show them": the
// same config, documents and instant give the same pixels as the running kiosk,
// the config's [display] settings (language, theme, team filter) included.

#include <doctest/doctest.h>
#include <stb_image.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>

#include "core/first_run.hpp"
#include "core/wall_model.hpp"
#include "render_command.hpp"
#include "temp_folder.hpp"
#include "ui/kiosk_screen.hpp"
#include "wall_feed.hpp"

using hgw::test::TempFolder;

namespace {

constexpr int kWidth = 1280;
constexpr int kHeight = 720;

// The demo school without its own language and theme, so the config's count.
std::string write_board(const TempFolder& folder) {
  std::ifstream demo(HGW_DEMO_JSON);
  nlohmann::json document = nlohmann::json::parse(demo);
  document["display"].erase("language");
  document["display"].erase("theme");
  return folder.write("board.json", document.dump(2));
}

std::string write_config(const TempFolder& folder, const std::string& board) {
  return folder.write("wall.conf",
                      "[source]\nurl = file://" + board +
                          "\n[display]\nlanguage = en\ntheme = light\nteams = bb, mb\n" +
                          "[cache]\ndirectory = " + folder.file("cache") + "\n");
}

// Pixels of the PNG at `png` that differ from the screen's.
int pixels_differing(const std::filesystem::path& png, const hgw::ui::MemoryScreen& screen) {
  int width = 0;
  int height = 0;
  int channels = 0;
  unsigned char* pixels = stbi_load(png.string().c_str(), &width, &height, &channels, 4);
  REQUIRE(pixels != nullptr);
  REQUIRE(width == kWidth);
  REQUIRE(height == kHeight);
  int different = 0;
  for (int y = 0; y < kHeight; ++y) {
    for (int x = 0; x < kWidth; ++x) {
      const unsigned char* rgba = pixels + (static_cast<std::size_t>(y) * kWidth + x) * 4;
      const std::uint32_t argb = screen.pixel(x, y);
      const bool same = ((argb >> 16) & 0xFF) == rgba[0] && ((argb >> 8) & 0xFF) == rgba[1] &&
                        (argb & 0xFF) == rgba[2];
      different += same ? 0 : 1;
    }
  }
  stbi_image_free(pixels);
  return different;
}

}  // namespace

TEST_CASE("render --config draws the frame the kiosk draws for the same inputs") {
  const TempFolder folder;
  const std::string board = write_board(folder);
  const std::string config = write_config(folder, board);
  const auto now = hgw::core::parse_timestamp("2026-11-30T09:00:00+01:00");

  // The kiosk: its feed reads the config and fetches the board, as on the wall.
  hgw::app::CommandLine kiosk;
  kiosk.config_path = config;
  kiosk.now = now;
  std::ostringstream log;
  hgw::app::WallFeed feed(kiosk, {}, log);
  feed.start();
  for (int wait = 0; wait < 100 && !feed.snapshot().merged; ++wait)
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  feed.stop();
  const auto snapshot = feed.snapshot();
  REQUIRE(snapshot.merged);
  const hgw::core::WallModel wall =
      hgw::core::build_wall_model(feed.wall_inputs(snapshot, *now, {}));
  // What a reader sees: the config's language, theme and teams.
  CHECK(wall.view.language == hgw::core::Language::en);
  CHECK(wall.view.theme == hgw::core::Theme::light);
  REQUIRE(wall.view.teams.size() == 2);
  hgw::ui::MemoryScreen screen(kWidth, kHeight, 0);
  REQUIRE(screen.show(hgw::ui::FrameRequest{&wall.view, hgw::core::Page::cyclus, &wall.setup}, 1));

  // render, from the same board and config.
  hgw::app::CommandLine render;
  render.kind = hgw::app::CommandKind::render;
  render.inputs = {board};
  render.config_path = config;
  render.now = now;
  render.page = hgw::core::Page::cyclus;
  render.size = {kWidth, kHeight};
  render.out_dir = folder.file("pages");
  std::ostringstream out;
  std::ostringstream err;
  REQUIRE_MESSAGE(hgw::app::run_render(render, out, err) == 0, err.str());
  CHECK(pixels_differing(folder.file("pages/02-cyclus.png"), screen) == 0);

  // A page in parts: render writes its second part as 05-acties-2.png, the frame
  // the kiosk shows on the actions page's second turn.
  const hgw::ui::FrameRequest actions{&wall.view, hgw::core::Page::acties, &wall.setup, 1};
  REQUIRE(screen.part_count(actions) >= 2);
  REQUIRE(screen.show(actions, 2));
  render.page = hgw::core::Page::acties;
  REQUIRE_MESSAGE(hgw::app::run_render(render, out, err) == 0, err.str());
  CHECK(std::filesystem::exists(folder.file("pages/05-acties.png")));
  CHECK(pixels_differing(folder.file("pages/05-acties-2.png"), screen) == 0);
}

// Issue 16: the board's first-run file is read by render --config as by the kiosk,
// so rendering an empty board with the device's config shows the setup page with
// the setup code, pixel for pixel as the wall shows it.
TEST_CASE("render --config draws the setup page with the board's setup code, as the kiosk does") {
  const TempFolder folder;
  const std::filesystem::path first_run = folder.file("first-run.json");
  hgw::core::FirstRunNotice notice;
  notice.setup_code = "48210937";
  notice.valid_until = hgw::core::parse_timestamp("2026-11-30T10:00:00+01:00");
  notice.certificate_sha256 = "AB:CD:EF:01";
  std::ofstream(first_run) << hgw::core::first_run_json(notice);
  // The board on this device (nobody listens on port 9: the kiosk is not started).
  const std::filesystem::path config = folder.file("wall.conf");
  std::ofstream(config) << "[source]\nurl = http://127.0.0.1:9/api/board\n"
                        << "[board]\nhttp_listen = 127.0.0.1:9\n"
                        << "first_run_file = " << first_run.string() << "\n"
                        << "[cache]\ndirectory = " << folder.file("cache") << "\n";
  const std::filesystem::path board = folder.file("empty-board.json");
  std::ofstream(board) << R"({"format":"hgw-dashboard/1"})";
  const auto now = hgw::core::parse_timestamp("2026-11-30T09:00:00+01:00");

  hgw::app::CommandLine kiosk;
  kiosk.config_path = config.string();
  kiosk.now = now;
  std::ostringstream log;
  hgw::app::WallFeed feed(kiosk, {}, log);
  const hgw::core::WallModel wall =
      hgw::core::build_wall_model(feed.wall_inputs(feed.snapshot(), *now, {}));
  REQUIRE(wall.setup.shown);
  CHECK(wall.setup.setup_code == "4821 0937");
  hgw::ui::MemoryScreen screen(kWidth, kHeight, 0);
  REQUIRE(
      screen.show(hgw::ui::FrameRequest{&wall.view, hgw::core::Page::overzicht, &wall.setup}, 1));

  hgw::app::CommandLine render;
  render.kind = hgw::app::CommandKind::render;
  render.inputs = {board.string()};
  render.config_path = config.string();
  render.now = now;
  render.size = {kWidth, kHeight};
  render.out_dir = folder.file("pages");
  std::ostringstream out;
  std::ostringstream err;
  REQUIRE_MESSAGE(hgw::app::run_render(render, out, err) == 0, err.str());
  CHECK(pixels_differing(folder.file("pages/01-setup.png"), screen) == 0);
}
