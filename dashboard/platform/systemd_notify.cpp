#include "platform/systemd_notify.hpp"

#include <systemd/sd-daemon.h>

#include <cstdint>

namespace hgw::platform {

SystemdNotifier::SystemdNotifier() {
  std::uint64_t usec = 0;
  if (sd_watchdog_enabled(0, &usec) > 0 && usec > 0) {
    interval_ = std::chrono::microseconds(static_cast<std::int64_t>(usec / 2));
  }
}

void SystemdNotifier::send(const std::string& message) {
  sd_notify(0, message.c_str());
}

void SystemdNotifier::ready(std::string_view status) {
  last_status_ = std::string(status);
  send("READY=1\nSTATUS=" + last_status_);
}

void SystemdNotifier::status(std::string_view status) {
  if (status == last_status_) return;  // one datagram per change, not per frame
  last_status_ = std::string(status);
  send("STATUS=" + last_status_);
}

void SystemdNotifier::watchdog() {
  send("WATCHDOG=1");
}

void SystemdNotifier::stopping() {
  send("STOPPING=1\nSTATUS=stopping");
}

}  // namespace hgw::platform
