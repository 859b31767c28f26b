#pragma once
// The mDNS name the setup page gives ("https://hgw-wall.local:8443/"): the name
// avahi-daemon publishes for this device, followed when avahi renames it.

#include <chrono>
#include <optional>
#include <string>

#include "platform/avahi_bus.hpp"

namespace hgw::platform {

// Where avahi-daemon keeps its pid while it runs (Debian's package).
inline constexpr const char* kAvahiPidFile = "/run/avahi-daemon/pid";

// The name to show for what avahi answered: its published name; "" while it has
// none (registering, or renaming after a collision), so the page never sends
// anyone to another device that owns the name; and when avahi cannot be asked
// (no D-Bus) the host name's first label under .local, the name avahi publishes
// unless another device had it first.
std::string shown_mdns_name(const AvahiAnswer& answer, const std::string& host_name);

// Asks avahi again only when its answer may have changed, so the kiosk's
// minute-by-minute rebuild costs a stat of the pid file and a read of it, not a
// D-Bus round trip: when avahi (re)started (its pid changed), while it had no
// name published or could not be asked, and every `recheck` otherwise — a rename
// after the wall started needs a second device taking the name, rare.
class MdnsName {
 public:
  explicit MdnsName(std::string avahi_pid_file = kAvahiPidFile, std::string bus_address = {},
                    std::chrono::minutes recheck = std::chrono::minutes(10));

  // "" while avahi-daemon does not run here (no pid file).
  std::string current(std::chrono::steady_clock::time_point now);

  // How many times avahi was asked: what the caching saves is tested on it.
  int questions() const { return questions_; }

 private:
  std::string pid_file_;
  std::string bus_address_;
  std::chrono::minutes recheck_;
  std::string last_pid_;
  std::optional<AvahiAnswer> answer_;
  std::chrono::steady_clock::time_point asked_at_{};
  int questions_ = 0;
};

}  // namespace hgw::platform
