#pragma once
// Talking to systemd for a Type=notify service (issue 5): READY=1 once the first
// frame is up, WATCHDOG=1 from the render loop — only from there, so a hung loop
// stops the pings and systemd restarts the service — and a one-line STATUS=.
// Outside systemd (no NOTIFY_SOCKET) every call does nothing.

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace hgw::platform {

class SystemdNotifier {
 public:
  SystemdNotifier();

  void ready(std::string_view status);
  void status(std::string_view status);
  void watchdog();
  void stopping();

  // How often to ping: half of WatchdogSec, as sd_watchdog_enabled(3) advises;
  // empty when systemd watches nothing.
  std::optional<std::chrono::microseconds> watchdog_interval() const { return interval_; }

 private:
  void send(const std::string& message);

  std::optional<std::chrono::microseconds> interval_;
  std::string last_status_;
};

}  // namespace hgw::platform
