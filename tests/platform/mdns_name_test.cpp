// The mDNS name the setup page gives, asked of avahi over D-Bus: a real dbus-daemon
// on a socket in the test's folder, and on it a stand-in for avahi-daemon that
// answers GetState and GetHostNameFqdn on "/" (org.freedesktop.Avahi.Server) as
// Debian's avahi-daemon 0.8 does. A device renamed after a name collision
// ("hgw-wall-2.local") must never send people to the device that kept the name.

#include "platform/mdns_name.hpp"

#include <doctest/doctest.h>
#include <systemd/sd-bus.h>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <future>
#include <mutex>
#include <thread>

#include "child_process.hpp"
#include "temp_folder.hpp"

namespace {

using hgw::platform::AvahiAnswer;
using namespace std::chrono_literals;

constexpr std::int32_t kRegistering = 1;
constexpr std::int32_t kRunning = 2;
constexpr std::int32_t kCollision = 3;

// A dbus-daemon of the test's own, anyone may own any name on it.
class PrivateBus {
 public:
  explicit PrivateBus(const hgw::test::TempFolder& folder)
      : daemon_({"/usr/bin/dbus-daemon", "--config-file=" + write_config(folder), "--nofork",
                 "--nopidfile", "--nosyslog", "--print-address"}) {
    const auto line = daemon_.read_line();
    REQUIRE(line.has_value());
    address_ = line->substr(0, line->find(','));  // unix:path=…,guid=… → the path part
    REQUIRE(address_.rfind("unix:path=", 0) == 0);
  }
  const std::string& address() const { return address_; }

 private:
  static std::string write_config(const hgw::test::TempFolder& folder) {
    const std::string listen = "  <listen>unix:path=" + folder.file("bus") + "</listen>\n";
    return folder.write("bus.conf", std::string(kConfigStart) + listen + kConfigEnd);
  }
  static constexpr const char* kConfigStart = R"(<!DOCTYPE busconfig PUBLIC
 "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
)";
  static constexpr const char* kConfigEnd = R"(  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*"/>
    <allow receive_sender="*"/>
    <allow own="*"/>
  </policy>
</busconfig>
)";

  hgw::test::ChildProcess daemon_;
  std::string address_;
};

// Owns org.freedesktop.Avahi on the bus and answers for the server object from a
// thread of its own, until it is told to fall silent.
class AvahiStandIn {
 public:
  AvahiStandIn(const std::string& bus_address, std::int32_t state, std::string name)
      : state_(state), name_(std::move(name)) {
    auto owned = owned_.get_future();
    thread_ = std::thread([this, bus_address] { serve(bus_address); });
    if (!owned.get()) {
      thread_.join();  // it has ended; a joinable thread must not outlive a failed start
      FAIL("the avahi stand-in cannot own org.freedesktop.Avahi on the test's bus");
    }
  }
  ~AvahiStandIn() {
    stop_ = true;
    thread_.join();
  }
  AvahiStandIn(const AvahiStandIn&) = delete;
  AvahiStandIn& operator=(const AvahiStandIn&) = delete;

  void become(std::int32_t state, std::string name) {
    const std::lock_guard lock(mutex_);
    state_ = state;
    name_ = std::move(name);
  }
  void fall_silent() { silent_ = true; }
  int state_questions() const { return state_questions_; }

 private:
  void serve(const std::string& bus_address) {
    sd_bus* bus = nullptr;
    const bool ready = sd_bus_new(&bus) >= 0 && sd_bus_set_address(bus, bus_address.c_str()) >= 0 &&
                       sd_bus_set_bus_client(bus, 1) >= 0 && sd_bus_start(bus) >= 0 &&
                       sd_bus_add_object(bus, nullptr, "/", &AvahiStandIn::answer, this) >= 0 &&
                       sd_bus_request_name(bus, "org.freedesktop.Avahi", 0) >= 0;
    owned_.set_value(ready);
    while (ready && !stop_) {
      if (silent_) {
        std::this_thread::sleep_for(5ms);
        continue;
      }
      const int processed = sd_bus_process(bus, nullptr);
      if (processed < 0) break;
      if (processed == 0) sd_bus_wait(bus, 20'000);
    }
    sd_bus_flush_close_unref(bus);
  }

  static int answer(sd_bus_message* call, void* self_pointer, sd_bus_error*) {
    auto* self = static_cast<AvahiStandIn*>(self_pointer);
    const std::lock_guard lock(self->mutex_);
    if (sd_bus_message_is_method_call(call, "org.freedesktop.Avahi.Server", "GetState")) {
      ++self->state_questions_;
      return sd_bus_reply_method_return(call, "i", self->state_);
    }
    if (sd_bus_message_is_method_call(call, "org.freedesktop.Avahi.Server", "GetHostNameFqdn"))
      return sd_bus_reply_method_return(call, "s", self->name_.c_str());
    return 0;  // sd-bus answers UnknownMethod
  }

  std::mutex mutex_;
  std::int32_t state_;
  std::string name_;
  std::atomic<bool> stop_{false};
  std::atomic<bool> silent_{false};
  std::atomic<int> state_questions_{0};
  std::promise<bool> owned_;  // set once the name is owned, or cannot be
  std::thread thread_;
};

}  // namespace

TEST_CASE("the page gives the name avahi publishes, and follows it when avahi renames the device") {
  const hgw::test::TempFolder folder;
  const PrivateBus bus(folder);
  AvahiStandIn avahi(bus.address(), kRunning, "hgw-wall.local");

  AvahiAnswer answer = hgw::platform::ask_avahi(1s, bus.address());
  CHECK(answer.state == AvahiAnswer::State::published);
  CHECK(answer.name == "hgw-wall.local");
  CHECK(hgw::platform::shown_mdns_name(answer, "hgw-wall") == "hgw-wall.local");

  // A second wall with the same host name came first: avahi publishes another name.
  avahi.become(kRunning, "hgw-wall-2.local");
  answer = hgw::platform::ask_avahi(1s, bus.address());
  CHECK(hgw::platform::shown_mdns_name(answer, "hgw-wall") == "hgw-wall-2.local");
}

TEST_CASE("while avahi registers or resolves a collision the page gives no name at all") {
  const hgw::test::TempFolder folder;
  const PrivateBus bus(folder);
  for (const std::int32_t state : {kRegistering, kCollision}) {
    CAPTURE(state);
    AvahiStandIn avahi(bus.address(), state, "hgw-wall-2.local");
    const AvahiAnswer answer = hgw::platform::ask_avahi(1s, bus.address());
    CHECK(answer.state == AvahiAnswer::State::not_published);
    // "hgw-wall.local" would be the other device.
    CHECK(hgw::platform::shown_mdns_name(answer, "hgw-wall").empty());
  }
}

TEST_CASE("a name that is no host name is not shown") {
  const hgw::test::TempFolder folder;
  const PrivateBus bus(folder);
  AvahiStandIn avahi(bus.address(), kRunning, "hgw wall\n.local");
  CHECK(hgw::platform::ask_avahi(1s, bus.address()).state == AvahiAnswer::State::not_published);
}

TEST_CASE("without avahi on the bus, or without a bus, the host name under .local is the guess") {
  const hgw::test::TempFolder folder;
  {
    const PrivateBus bus(folder);
    const AvahiAnswer answer = hgw::platform::ask_avahi(1s, bus.address());
    CHECK(answer.state == AvahiAnswer::State::unreachable);
    CHECK(hgw::platform::shown_mdns_name(answer, "wand-1.school.lan") == "wand-1.local");
  }
  const AvahiAnswer answer =
      hgw::platform::ask_avahi(1s, "unix:path=" + folder.file("no-such-bus"));
  CHECK(answer.state == AvahiAnswer::State::unreachable);
  CHECK(hgw::platform::shown_mdns_name(answer, "").empty());
}

TEST_CASE("an avahi that does not answer costs the caller at most the timeout per call") {
  const hgw::test::TempFolder folder;
  const PrivateBus bus(folder);
  AvahiStandIn avahi(bus.address(), kRunning, "hgw-wall.local");
  avahi.fall_silent();
  const auto started = std::chrono::steady_clock::now();
  const AvahiAnswer answer = hgw::platform::ask_avahi(200ms, bus.address());
  const auto waited = std::chrono::steady_clock::now() - started;
  CHECK(answer.state == AvahiAnswer::State::unreachable);
  CHECK(waited >= 200ms);
  CHECK(waited < 2s);  // one timed-out call, not a hang
}

TEST_CASE("avahi is asked again only when its answer may have changed") {
  const hgw::test::TempFolder folder;
  const PrivateBus bus(folder);
  AvahiStandIn avahi(bus.address(), kRegistering, "hgw-wall.local");
  const std::string pid_file = folder.file("avahi-daemon/pid");
  hgw::platform::MdnsName mdns(pid_file, bus.address(), 10min);
  const auto start = std::chrono::steady_clock::time_point{} + 1h;

  // No pid file: avahi does not run here, nothing is asked.
  CHECK(mdns.current(start).empty());
  CHECK(mdns.questions() == 0);

  folder.write("avahi-daemon/pid", "412\n");
  CHECK(mdns.current(start).empty());  // registering
  CHECK(mdns.questions() == 1);
  avahi.become(kRunning, "hgw-wall.local");
  CHECK(mdns.current(start + 1min) == "hgw-wall.local");  // asked again: it had no name
  CHECK(mdns.questions() == 2);
  CHECK(mdns.current(start + 2min) == "hgw-wall.local");  // kept
  CHECK(mdns.questions() == 2);

  // A rename while it runs shows within the recheck interval.
  avahi.become(kRunning, "hgw-wall-2.local");
  CHECK(mdns.current(start + 9min) == "hgw-wall.local");
  CHECK(mdns.current(start + 11min) == "hgw-wall-2.local");
  CHECK(mdns.questions() == 3);

  // avahi restarted (another pid): asked at once.
  avahi.become(kRunning, "hgw-wall-3.local");
  folder.write("avahi-daemon/pid", "977\n");
  CHECK(mdns.current(start + 12min) == "hgw-wall-3.local");
  CHECK(mdns.questions() == 4);
  CHECK(avahi.state_questions() == 4);
}
