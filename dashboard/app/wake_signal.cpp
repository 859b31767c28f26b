#include "wake_signal.hpp"

namespace hgw::app {

void WakeSignal::raise(unsigned reasons) {
  {
    const std::lock_guard lock(mutex_);
    pending_ |= reasons;
  }
  changed_.notify_one();
}

unsigned WakeSignal::wait_until(TimePoint deadline) {
  std::unique_lock lock(mutex_);
  changed_.wait_until(lock, deadline, [&] { return pending_ != 0; });
  const unsigned reasons = pending_;
  pending_ = 0;
  return reasons;
}

}  // namespace hgw::app
