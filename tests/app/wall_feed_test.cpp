// Where the running wall's data comes from: the demo without a config, the setup
// page's details (FILE:LINE) for a broken one, the sources' cached documents at
// start for a good one.

#include "wall_feed.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "net/cache.hpp"
#include "platform/config_search.hpp"
#include "temp_folder.hpp"

using hgw::test::TempFolder;

namespace {

hgw::app::CommandLine kiosk_with(std::optional<std::string> config) {
  hgw::app::CommandLine command;
  command.config_path = std::move(config);
  command.now = hgw::core::parse_timestamp("2026-11-30T09:00:00+01:00");
  return command;
}

// The demo school as a file board.
std::string write_demo_board(const TempFolder& folder) {
  std::ifstream demo(HGW_DEMO_JSON);
  std::stringstream text;
  text << demo.rdbuf();
  return folder.write("board.json", text.str());
}

// A config with that one file source and a cache inside the folder.
std::string write_config_reading(const TempFolder& folder, const std::string& document) {
  return folder.write("wall.conf", "[source]\nurl = file://" + document +
                                       "\n[cache]\ndirectory = " + folder.file("cache") + "\n");
}

}  // namespace

TEST_CASE("a config with errors gives the setup page with each error at its line, not the demo") {
  const TempFolder folder;
  const auto config = folder.write("wall.conf", "[display]\nlanguage = nl\nrotation = 45\n");
  std::ostringstream err;
  hgw::app::WallFeed feed(kiosk_with(config), {}, err);
  CHECK_FALSE(feed.is_demo());
  CHECK(feed.document(feed.snapshot()) == nullptr);
  const auto wall =
      hgw::core::build_wall_model(feed.wall_inputs(feed.snapshot(), *kiosk_with(config).now, {}));
  CHECK(wall.setup.shown);
  CHECK(wall.setup.problem == hgw::core::SetupProblem::unreadable);
  CHECK(wall.setup.config_path == config);
  REQUIRE_FALSE(wall.setup.details.empty());
  // In the wall's language: the line and the setting, not the English message.
  CHECK(wall.setup.details.front() ==
        "regel 3, [display] rotation: deze instelling klopt niet (\"45\")");
  CHECK_FALSE(wall.setup.version.empty());
}

TEST_CASE("a good config reads its sources' cache before any thread runs") {
  const TempFolder folder;
  const auto document = write_demo_board(folder);
  const auto config = write_config_reading(folder, document);
  std::ostringstream err;
  {
    // The first run fetches and caches.
    hgw::app::WallFeed feed(kiosk_with(config), {}, err);
    feed.start();
    for (int wait = 0; wait < 100 && !feed.snapshot().merged; ++wait) {
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    feed.stop();
    REQUIRE(feed.snapshot().merged);
  }
  // The board is gone; the next start still shows it, from the cache, at once.
  std::filesystem::remove(document);
  hgw::app::WallFeed feed(kiosk_with(config), {}, err);
  const auto snapshot = feed.snapshot();
  REQUIRE(feed.document(snapshot) != nullptr);
  CHECK(feed.document(snapshot)->school);
  REQUIRE(snapshot.sources.size() == 1);
  CHECK(snapshot.sources[0].document_from_cache);
}

TEST_CASE("the sources' states are stamped by the wall's clock, not the system's") {
  // With --now and --time-scale the status file's last try and last success must
  // agree with its written_at and the schedule, so the feed hands its clock on.
  const TempFolder folder;
  const auto document = write_demo_board(folder);
  const auto config = write_config_reading(folder, document);
  const auto instant = *hgw::core::parse_timestamp("2031-03-03T10:15:00+01:00");
  std::ostringstream err;
  hgw::app::WallFeed feed(kiosk_with(config), {}, err,
                          std::make_shared<const hgw::core::FixedClock>(instant));
  feed.start();
  for (int wait = 0; wait < 100 && !feed.snapshot().sources.at(0).last_success; ++wait) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  feed.stop();
  const auto state = feed.snapshot().sources.at(0);
  REQUIRE(state.last_success);
  CHECK(state.last_success->unix_seconds == instant.unix_seconds);
  REQUIRE(state.last_try);
  CHECK(state.last_try->unix_seconds == instant.unix_seconds);
}

TEST_CASE("a kiosk cut off mid-write finds its cache folder without the unfinished files") {
  // SIGKILL or a power cut between creating the temporary file and renaming it
  // leaves the temporary file; restarted often enough, a kiosk would fill its SD
  // card with them.
  const TempFolder folder;
  const std::string url = "file://" + folder.file("board.json");
  const std::filesystem::path cache = folder.file("cache");
  const auto config = folder.write(
      "wall.conf", "[source]\nurl = " + url + "\n[cache]\ndirectory = " + cache.string() + "\n");
  std::filesystem::create_directories(cache);
  const std::string cached = hgw::net::DocumentCache(cache.string()).file_for(url);
  const std::string name = std::filesystem::path(cached).filename().string();
  folder.write("cache/" + name, "{}");
  folder.write("cache/" + name + ".tmp-a1B2c3", "{\"cache_format\": 1, \"url");
  folder.write("cache/" + name + ".tmp-Zz9Yy8", "");
  folder.write("cache/" + name + ".tmp-toolong", "not ours");
  folder.write("cache/notes.txt.tmp-a1B2c3", "not ours");
  std::ostringstream err;
  const hgw::app::WallFeed feed(kiosk_with(config), {}, err);
  std::vector<std::string> left;
  for (const auto& entry : std::filesystem::directory_iterator(cache))
    left.push_back(entry.path().filename().string());
  std::sort(left.begin(), left.end());
  CHECK(left == std::vector<std::string>{"notes.txt.tmp-a1B2c3", name, name + ".tmp-toolong"});
  CHECK(err.str().find("removed 2 unfinished cache write(s)") != std::string::npos);
}

TEST_CASE("no config at all: the demo school, marked as demo") {
  hgw::app::CommandLine command = kiosk_with(std::nullopt);
  if (hgw::platform::find_config(command.config_path))
    return;  // a machine with a real config: nothing to see
  std::ostringstream err;
  hgw::app::WallFeed feed(command, {}, err);
  CHECK(feed.is_demo());
  CHECK(feed.document(feed.snapshot()) != nullptr);
  const auto wall =
      hgw::core::build_wall_model(feed.wall_inputs(feed.snapshot(), *command.now, {}));
  CHECK_FALSE(wall.setup.shown);
  CHECK(wall.view.header.is_demo);
}
