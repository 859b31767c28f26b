#include "wake_signal.hpp"

#include <poll.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <system_error>
#include <vector>

namespace hgw::app {

WakeSignal::WakeSignal() : event_fd_(::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK)) {
  if (event_fd_ < 0) throw std::system_error(errno, std::generic_category(), "eventfd");
}

WakeSignal::~WakeSignal() {
  ::close(event_fd_);
}

void WakeSignal::raise(unsigned reasons) {
  {
    const std::lock_guard lock(mutex_);
    pending_ |= reasons;
  }
  const std::uint64_t one = 1;
  // Only fails when the counter would overflow: it is readable then anyway.
  [[maybe_unused]] const auto written = ::write(event_fd_, &one, sizeof(one));
}

unsigned WakeSignal::take_pending() {
  std::uint64_t count = 0;
  [[maybe_unused]] const auto read = ::read(event_fd_, &count, sizeof(count));
  const std::lock_guard lock(mutex_);
  const unsigned reasons = pending_;
  pending_ = 0;
  return reasons;
}

unsigned WakeSignal::wait_until(TimePoint deadline, std::span<const int> input) {
  std::vector<pollfd> watched{{event_fd_, POLLIN, 0}};
  for (const int descriptor : input)
    watched.push_back({descriptor, POLLIN, 0});
  while (true) {
    const auto left = std::max(deadline - std::chrono::steady_clock::now(), TimePoint::duration{});
    const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(left);
    const timespec timeout{static_cast<time_t>(seconds.count()),
                           static_cast<long>(std::chrono::nanoseconds(left - seconds).count())};
    const int ready = ::ppoll(watched.data(), watched.size(), &timeout, nullptr);
    if (ready < 0 && errno == EINTR) continue;
    if (ready <= 0) return take_pending();  // the deadline (or a poll that cannot fail here)
    unsigned reasons = take_pending();
    for (std::size_t index = 1; index < watched.size(); ++index) {
      if (watched[index].revents != 0) reasons |= wake_input;
    }
    return reasons;
  }
}

}  // namespace hgw::app
