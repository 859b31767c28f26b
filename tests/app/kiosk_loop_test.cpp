// The kiosk loop as systemd's watchdog sees it: the WATCHDOG=1 pings come from the
// loop itself, so a loop stuck anywhere — here in a screen call that never
// returns — stops them, and systemd restarts the wall.

#include "kiosk_loop.hpp"

#include <arpa/inet.h>
#include <doctest/doctest.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <mutex>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "core/enum_keys.hpp"
#include "core/first_run.hpp"
#include "core/time_zone.hpp"
#include "display_power.hpp"
#include "platform/systemd_notify.hpp"

namespace {

using namespace std::chrono_literals;

// A datagram socket standing in for systemd's NOTIFY_SOCKET.
class NotifySocket {
 public:
  NotifySocket() {
    path_ =
        (std::filesystem::temp_directory_path() / ("hgw-loop-notify-" + std::to_string(::getpid())))
            .string();
    std::filesystem::remove(path_);
    descriptor_ = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    path_.copy(address.sun_path, sizeof(address.sun_path) - 1);
    REQUIRE(::bind(descriptor_, reinterpret_cast<const sockaddr*>(&address), sizeof(address)) == 0);
    timeval timeout{0, 50'000};
    ::setsockopt(descriptor_, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof(timeout));
  }
  ~NotifySocket() {
    ::close(descriptor_);
    std::filesystem::remove(path_);
  }
  const std::string& path() const { return path_; }

  // The datagrams that arrive within `window`.
  std::vector<std::string> receive_for(std::chrono::milliseconds window) const {
    std::vector<std::string> messages;
    const auto until = std::chrono::steady_clock::now() + window;
    char buffer[4096];
    while (std::chrono::steady_clock::now() < until) {
      const ssize_t length = ::recv(descriptor_, buffer, sizeof(buffer), 0);
      if (length > 0) messages.emplace_back(buffer, static_cast<std::size_t>(length));
    }
    return messages;
  }

 private:
  std::string path_;
  int descriptor_ = -1;
};

// The demo school's kiosk parts but the screen and systemd, which each test
// brings: no config, the clock started at `now`.
struct DemoWall {
  explicit DemoWall(const char* now, double time_scale = 1.0)
      : command(demo_at(now)), scale(time_scale) {}

  hgw::app::KioskParts parts(hgw::ui::KioskScreen& screen,
                             hgw::platform::SystemdNotifier& systemd) {
    return {screen, feed, wake, clock, zone, systemd, display_power, log};
  }

  static hgw::app::CommandLine demo_at(const char* now) {
    hgw::app::CommandLine demo;
    demo.now = hgw::core::parse_timestamp(now);
    return demo;
  }

  hgw::app::CommandLine command;
  double scale;
  const hgw::core::SystemTimeZone zone;
  const hgw::app::LoopClock clock{command.now, scale, zone};
  std::ostringstream log;
  hgw::app::WakeSignal wake;
  hgw::app::WallFeed feed{command, [](hgw::net::Change) {}, log};
  hgw::app::DisplayPower display_power{"", "", [](std::string_view) {}};
};

int count_pings(const std::vector<std::string>& messages) {
  int pings = 0;
  for (const auto& message : messages)
    pings += message.find("WATCHDOG=1") != std::string::npos ? 1 : 0;
  return pings;
}

// A memory screen whose keyboard check hangs once `freeze` is called, the way a
// stuck driver call would hang the loop, until `release`.
class FreezingScreen final : public hgw::ui::KioskScreen {
 public:
  bool show(const hgw::ui::FrameRequest& request, std::uint64_t key) override {
    return screen_.show(request, key);
  }
  int part_count(const hgw::ui::FrameRequest& request) const override {
    return screen_.part_count(request);
  }
  void show_black() override { screen_.show_black(); }
  std::vector<hgw::ui::WallKey> take_keys() override { return {}; }
  bool has_input() const override {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [this] { return !frozen_; });
    return false;
  }
  void freeze() {
    const std::lock_guard lock(mutex_);
    frozen_ = true;
  }
  void release() {
    {
      const std::lock_guard lock(mutex_);
      frozen_ = false;
    }
    changed_.notify_all();
  }

 private:
  hgw::ui::MemoryScreen screen_{640, 360, 0};
  mutable std::mutex mutex_;
  mutable std::condition_variable changed_;
  bool frozen_ = false;
};

}  // namespace

TEST_CASE("the watchdog pings come from the loop: a hung loop sends none") {
  const NotifySocket notify;
  // SystemdNotifier reads the watchdog's interval when made; sd_notify reads the
  // socket on every send.
  ::setenv("NOTIFY_SOCKET", notify.path().c_str(), 1);
  ::setenv("WATCHDOG_USEC", "100000", 1);
  ::setenv("WATCHDOG_PID", std::to_string(::getpid()).c_str(), 1);
  hgw::platform::SystemdNotifier systemd;
  REQUIRE(systemd.watchdog_interval().has_value());

  DemoWall wall("2026-11-30T09:00:00+01:00");
  FreezingScreen screen;
  const hgw::app::KioskParts parts = wall.parts(screen, systemd);
  hgw::app::WakeSignal& wake = wall.wake;

  std::thread loop([&] { hgw::app::run_kiosk_loop(parts, {}); });
  const int running = count_pings(notify.receive_for(600ms));
  screen.freeze();
  notify.receive_for(200ms);  // a ping already on its way
  const int frozen = count_pings(notify.receive_for(600ms));
  screen.release();
  wake.raise(hgw::app::wake_stop);
  loop.join();
  const int after = count_pings(notify.receive_for(400ms));
  ::unsetenv("NOTIFY_SOCKET");
  ::unsetenv("WATCHDOG_USEC");
  ::unsetenv("WATCHDOG_PID");

  // Every 50 ms while it runs (half of WATCHDOG_USEC); allow for a slow machine.
  CHECK(running >= 4);
  CHECK(frozen == 0);
  CHECK(after <= 1);
}

namespace {

// A memory screen with a keyboard behind a pipe, as the X11 connection or a
// console's keyboard is a descriptor: a byte in the pipe is a key pressed.
class PipeKeyboardScreen final : public hgw::ui::KioskScreen {
 public:
  PipeKeyboardScreen() { REQUIRE(::pipe2(pipe_, O_NONBLOCK | O_CLOEXEC) == 0); }
  ~PipeKeyboardScreen() override {
    ::close(pipe_[0]);
    ::close(pipe_[1]);
  }
  bool show(const hgw::ui::FrameRequest& request, std::uint64_t key) override {
    return screen_.show(request, key);
  }
  int part_count(const hgw::ui::FrameRequest& request) const override {
    return screen_.part_count(request);
  }
  void show_black() override { screen_.show_black(); }
  std::vector<hgw::ui::WallKey> take_keys() override {
    char byte = 0;
    while (::read(pipe_[0], &byte, 1) == 1)
      ++keys_read;
    return {};
  }
  bool has_input() const override { return true; }
  std::vector<int> input_fds() const override { return {pipe_[0]}; }
  void press() const { REQUIRE(::write(pipe_[1], "k", 1) == 1); }

  std::atomic<int> keys_read{0};

 private:
  hgw::ui::MemoryScreen screen_{640, 360, 0};
  int pipe_[2] = {-1, -1};
};

}  // namespace

TEST_CASE("with a keyboard the loop sleeps on its descriptor, not on an interval") {
  DemoWall wall("2026-11-30T09:00:01+01:00");
  hgw::platform::SystemdNotifier systemd;
  PipeKeyboardScreen screen;
  const hgw::app::KioskParts parts = wall.parts(screen, systemd);
  hgw::app::WakeSignal& wake = wall.wake;

  hgw::app::KioskStats stats;
  std::thread loop([&] { stats = hgw::app::run_kiosk_loop(parts, {}); });
  std::this_thread::sleep_for(1500ms);  // nothing due before 09:00:20
  screen.press();
  const auto pressed = std::chrono::steady_clock::now();
  while (screen.keys_read == 0 && std::chrono::steady_clock::now() - pressed < 2s)
    std::this_thread::sleep_for(5ms);
  const auto answered = std::chrono::steady_clock::now() - pressed;
  wake.raise(hgw::app::wake_stop);
  loop.join();

  CHECK(screen.keys_read == 1);
  CHECK(answered < 500ms);
  CHECK(stats.input_wakeups == 1);
  // The key and the stop; a 250 ms input poll would have woken it six times more.
  CHECK(stats.wakeups <= 3);
}

namespace {

// A memory screen on which the actions page takes two parts, whatever fits: what
// the loop does with parts, apart from how the layout counts them.
class TwoPartActionsScreen final : public hgw::ui::KioskScreen {
 public:
  bool show(const hgw::ui::FrameRequest& request, std::uint64_t key) override {
    const std::lock_guard lock(mutex_);
    const std::string shown =
        std::string(hgw::core::enum_key(request.page)) + " " + std::to_string(request.part + 1);
    if (shown_.empty() || shown_.back() != shown) {
      shown_.push_back(shown);
      at_.push_back(std::chrono::steady_clock::now());
    }
    return screen_.show(request, key);
  }
  int part_count(const hgw::ui::FrameRequest& request) const override {
    return request.page == hgw::core::Page::acties ? 2 : 1;
  }
  void show_black() override { screen_.show_black(); }
  std::vector<hgw::ui::WallKey> take_keys() override { return {}; }
  bool has_input() const override { return false; }
  std::vector<std::string> shown() const {
    const std::lock_guard lock(mutex_);
    return shown_;
  }
  // Seconds between showing entry `from` and entry `to` of shown().
  double seconds_between(std::size_t from, std::size_t to) const {
    const std::lock_guard lock(mutex_);
    return std::chrono::duration<double>(at_.at(to) - at_.at(from)).count();
  }

 private:
  hgw::ui::MemoryScreen screen_{640, 360, 0};
  mutable std::mutex mutex_;
  std::vector<std::string> shown_;
  std::vector<std::chrono::steady_clock::time_point> at_;
};

}  // namespace

TEST_CASE("a page in two parts takes two turns, each its own page_seconds, then the next page") {
  // The demo school turns every 20 s; a hundred times faster, a turn is 0.2 s.
  DemoWall wall("2026-11-30T09:00:00+01:00", 100.0);
  hgw::platform::SystemdNotifier systemd;
  TwoPartActionsScreen screen;
  const hgw::app::KioskParts parts = wall.parts(screen, systemd);
  std::thread loop([&] { hgw::app::run_kiosk_loop(parts, {}); });
  const auto started = std::chrono::steady_clock::now();
  while (screen.shown().size() < 8 && std::chrono::steady_clock::now() - started < 10s)
    std::this_thread::sleep_for(20ms);
  wall.wake.raise(hgw::app::wake_stop);
  loop.join();

  std::vector<std::string> shown = screen.shown();
  shown.resize(std::min<std::size_t>(shown.size(), 8));
  const std::vector<std::string> expected = {"overzicht 1",     "cyclus 1",   "doelen 1",
                                             "trends 1",        "acties 1",   "acties 2",
                                             "ondersteuning 1", "overzicht 1"};
  const auto joined = [](const std::vector<std::string>& names) {
    std::string line;
    for (const auto& name : names)
      line += (line.empty() ? "" : ", ") + name;
    return line;
  };
  REQUIRE(joined(shown) == joined(expected));
  // Each part stays a whole turn (20 s of the wall's time, 0.2 s here), not a blink.
  // Half a turn of margin: on a loaded machine the thread may be held up between
  // the turn and the frame it shows, which shortens one interval as it lengthens
  // the next; a part skipped in the same turn would show for a few microseconds.
  CHECK(screen.seconds_between(4, 5) > 0.1);
  CHECK(screen.seconds_between(5, 6) > 0.1);
}

namespace {

// A memory screen that notes the setup code of every frame it is asked to show.
class SetupCodeScreen final : public hgw::ui::KioskScreen {
 public:
  bool show(const hgw::ui::FrameRequest& request, std::uint64_t key) override {
    {
      const std::lock_guard lock(mutex_);
      codes_.push_back(request.setup != nullptr ? request.setup->setup_code : "");
    }
    return screen_.show(request, key);
  }
  int part_count(const hgw::ui::FrameRequest& request) const override {
    return screen_.part_count(request);
  }
  void show_black() override { screen_.show_black(); }
  std::vector<hgw::ui::WallKey> take_keys() override { return {}; }
  bool has_input() const override { return false; }
  std::string last_code() const {
    const std::lock_guard lock(mutex_);
    return codes_.empty() ? "" : codes_.back();
  }

 private:
  hgw::ui::MemoryScreen screen_{640, 360, 0};
  mutable std::mutex mutex_;
  std::vector<std::string> codes_;
};

// A loopback port nobody listens on: the wall's board, not started yet.
int unused_port() {
  const int probe = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  REQUIRE(::bind(probe, reinterpret_cast<const sockaddr*>(&address), sizeof(address)) == 0);
  socklen_t length = sizeof(address);
  ::getsockname(probe, reinterpret_cast<sockaddr*>(&address), &length);
  ::close(probe);
  return ntohs(address.sin_port);
}

// The board's way of writing its first-run file: a new file renamed over the old.
void write_first_run(const std::filesystem::path& file, const std::string& code) {
  hgw::core::FirstRunNotice notice;
  notice.setup_code = code;
  notice.valid_until = hgw::core::parse_timestamp("2026-11-30T10:00:00+01:00");
  const auto next = file.string() + ".new";
  std::ofstream(next) << hgw::core::first_run_json(notice);
  std::filesystem::rename(next, file);
}

}  // namespace

TEST_CASE("the wall follows the board's new setup code at the next minute, without polling") {
  const std::filesystem::path folder =
      std::filesystem::temp_directory_path() / ("hgw-loop-first-run-" + std::to_string(::getpid()));
  std::filesystem::create_directories(folder);
  const auto first_run = folder / "first-run.json";
  const int port = unused_port();
  const auto config = folder / "wall.conf";
  std::ofstream(config) << "[source]\nurl = http://127.0.0.1:" << port << "/api/board\n"
                        << "[board]\nhttp_listen = 127.0.0.1:" << port << "\n"
                        << "first_run_file = " << first_run.string() << "\n"
                        << "[cache]\ndirectory = " << (folder / "cache").string() << "\n";
  write_first_run(first_run, "11111111");

  // The wall's clock 30 times faster: a minute is two seconds.
  hgw::app::CommandLine command;
  command.config_path = config.string();
  command.now = hgw::core::parse_timestamp("2026-11-30T09:00:10+01:00");
  const hgw::core::SystemTimeZone zone;
  const hgw::app::LoopClock clock{command.now, 30.0, zone};
  std::ostringstream log;
  hgw::app::WakeSignal wake;
  hgw::app::WallFeed feed{command, [](hgw::net::Change) {}, log};
  hgw::app::DisplayPower display_power{"", "", [](std::string_view) {}};
  hgw::platform::SystemdNotifier systemd;
  SetupCodeScreen screen;
  const hgw::app::KioskParts parts{screen, feed, wake, clock, zone, systemd, display_power, log};

  hgw::app::KioskStats stats;
  std::thread loop([&] { stats = hgw::app::run_kiosk_loop(parts, {}); });
  const auto wait_for = [&](const std::string& code, std::chrono::milliseconds longest) {
    const auto started = std::chrono::steady_clock::now();
    while (screen.last_code() != code && std::chrono::steady_clock::now() - started < longest)
      std::this_thread::sleep_for(10ms);
    return std::chrono::steady_clock::now() - started;
  };
  wait_for("1111 1111", 2s);
  const std::string first = screen.last_code();
  const auto rewritten_at = clock.now();
  write_first_run(first_run, "22222222");
  const auto waited = wait_for("2222 2222", 5s);
  const std::string second = screen.last_code();
  const auto seen_at = clock.now();
  wake.raise(hgw::app::wake_stop);
  loop.join();
  std::filesystem::remove_all(folder);

  CHECK(first == "1111 1111");
  CHECK(second == "2222 2222");
  // Within the minute on the wall's clock (and a second's slack for a busy machine).
  CHECK(seen_at.unix_seconds - rewritten_at.unix_seconds <= 61);
  CHECK(waited < 3s);
  // Woken by the minute ticks and the failing board's news, not by a file poll: the
  // run lasted at most a few wall minutes.
  CHECK(stats.wakeups <= 12);
}

namespace {

// A memory screen that notes what each frame drew: the whole frame or the clock's
// region, on which page, at which time.
class DrawCountingScreen final : public hgw::ui::KioskScreen {
 public:
  struct Shown {
    hgw::ui::FrameChange change;
    bool setup;
    std::string time;
    hgw::ui::PixelRect region;
  };

  bool show(const hgw::ui::FrameRequest& request, std::uint64_t key) override {
    return screen_.show(request, key);
  }
  hgw::ui::FrameUpdate show_frame(const hgw::ui::FrameRequest& request,
                                  const hgw::ui::FrameKey& key) override {
    const hgw::ui::FrameUpdate update = screen_.show_frame(request, key);
    const std::lock_guard lock(mutex_);
    shown_.push_back({update.change, request.setup != nullptr && request.setup->shown,
                      request.model->header.time_text, update.region});
    return update;
  }
  int part_count(const hgw::ui::FrameRequest& request) const override {
    return screen_.part_count(request);
  }
  void show_black() override { screen_.show_black(); }
  std::vector<hgw::ui::WallKey> take_keys() override { return {}; }
  bool has_input() const override { return false; }
  std::vector<Shown> shown() const {
    const std::lock_guard lock(mutex_);
    return shown_;
  }
  int width() const { return screen_.width(); }
  int height() const { return screen_.height(); }

 private:
  hgw::ui::MemoryScreen screen_{640, 360, 0};
  mutable std::mutex mutex_;
  std::vector<Shown> shown_;
};

std::string read_text(const char* path) {
  std::ifstream file(path);
  return {std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
}

}  // namespace

TEST_CASE("a single-page wall redraws only its clock each minute, never the whole frame") {
  const std::filesystem::path folder =
      std::filesystem::temp_directory_path() / ("hgw-loop-one-page-" + std::to_string(::getpid()));
  std::filesystem::create_directories(folder);
  // The demo school with one page: no turn ever coincides with the minute tick.
  std::string document = read_text(HGW_DEMO_JSON);
  const std::string pages =
      R"("pages": ["overzicht", "cyclus", "doelen", "trends", "acties", "ondersteuning"])";
  const auto where = document.find(pages);
  REQUIRE(where != std::string::npos);
  document.replace(where, pages.size(), R"("pages": ["overzicht"])");
  std::ofstream(folder / "wall.json") << document;
  const auto config = folder / "wall.conf";
  std::ofstream(config) << "[source]\nurl = file://" << (folder / "wall.json").string()
                        << "\npoll_seconds = 3600\n[cache]\ndirectory = "
                        << (folder / "cache").string() << "\n";

  // A Monday morning, lit; the wall's clock 120 times faster: a minute is half a second.
  hgw::app::CommandLine command;
  command.config_path = config.string();
  command.now = hgw::core::parse_timestamp("2026-11-30T09:00:10+01:00");
  const hgw::core::SystemTimeZone zone;
  const hgw::app::LoopClock clock{command.now, 120.0, zone};
  std::ostringstream log;
  hgw::app::WakeSignal wake;
  hgw::app::WallFeed feed{command,
                          [&wake](hgw::net::Change change) {
                            wake.raise(change == hgw::net::Change::data ? hgw::app::wake_data
                                       : change == hgw::net::Change::problem
                                           ? hgw::app::wake_problem
                                           : hgw::app::wake_status);
                          },
                          log};
  hgw::app::DisplayPower display_power{"", "", [](std::string_view) {}};
  hgw::platform::SystemdNotifier systemd;
  DrawCountingScreen screen;
  const hgw::app::KioskParts parts{screen, feed, wake, clock, zone, systemd, display_power, log};

  hgw::app::KioskStats stats;
  feed.start();
  std::thread loop([&] { stats = hgw::app::run_kiosk_loop(parts, {}); });
  const auto regions = [&] {
    int count = 0;
    for (const auto& shown : screen.shown())
      count += shown.change == hgw::ui::FrameChange::region ? 1 : 0;
    return count;
  };
  const auto started = std::chrono::steady_clock::now();
  while (regions() < 4 && std::chrono::steady_clock::now() - started < 15s)
    std::this_thread::sleep_for(20ms);
  wake.raise(hgw::app::wake_stop);
  loop.join();
  feed.stop();
  std::filesystem::remove_all(folder);

  const auto shown = screen.shown();
  // The first frame of the page is whole (after the setup page, while the source
  // was not read yet); every frame after it is the clock's region, at a new minute.
  std::size_t first_page = 0;
  while (first_page < shown.size() && shown[first_page].setup)
    ++first_page;
  REQUIRE(first_page < shown.size());
  CHECK(shown[first_page].change == hgw::ui::FrameChange::whole);
  REQUIRE(shown.size() >= first_page + 5);
  for (std::size_t index = first_page + 1; index < shown.size(); ++index) {
    INFO("frame " << index << " at " << shown[index].time);
    CHECK(shown[index].change == hgw::ui::FrameChange::region);
    CHECK(shown[index].time != shown[index - 1].time);
    // The clock: a small part of the screen's top right.
    const auto& region = shown[index].region;
    CHECK(region.w * region.h * 20 < screen.width() * screen.height());
    CHECK(region.x > screen.width() / 2);
    CHECK(region.y + region.h < screen.height() / 4);
  }
  CHECK(stats.frames_drawn == first_page + 1);
  CHECK(stats.clock_regions_drawn == shown.size() - first_page - 1);
}
