#include "platform/mdns_name.hpp"

#include <utility>

#include "platform/bounded_read.hpp"
#include "platform/device_address.hpp"

namespace hgw::platform {
namespace {

// Each D-Bus call of a question waits at most this long: the kiosk asks from the
// thread that draws, and a hung bus must not hold a frame for long.
constexpr std::chrono::milliseconds kAvahiTimeout{250};
constexpr std::size_t kLongestPidFile = 64;

}  // namespace

std::string shown_mdns_name(const AvahiAnswer& answer, const std::string& host_name) {
  switch (answer.state) {
    case AvahiAnswer::State::published:
      return answer.name;
    case AvahiAnswer::State::not_published:
      return {};
    case AvahiAnswer::State::unreachable:
      break;
  }
  const std::string label = host_name.substr(0, host_name.find('.'));
  return label.empty() ? std::string() : label + ".local";
}

MdnsName::MdnsName(std::string avahi_pid_file, std::string bus_address,
                   std::chrono::minutes recheck)
    : pid_file_(std::move(avahi_pid_file)),
      bus_address_(std::move(bus_address)),
      recheck_(recheck) {}

std::string MdnsName::current(std::chrono::steady_clock::time_point now) {
  const FileRead pid = read_file_bounded(pid_file_, kLongestPidFile);
  if (!pid.ok()) {
    last_pid_.clear();
    answer_.reset();
    return {};
  }
  const bool ask = !answer_ || pid.text != last_pid_ ||
                   answer_->state != AvahiAnswer::State::published || now - asked_at_ >= recheck_;
  if (ask) {
    answer_ = ask_avahi(kAvahiTimeout, bus_address_);
    asked_at_ = now;
    last_pid_ = pid.text;
    ++questions_;
  }
  return shown_mdns_name(*answer_, host_name());
}

}  // namespace hgw::platform
