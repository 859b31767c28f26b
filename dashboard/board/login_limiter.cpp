#include "login_limiter.hpp"

namespace hgw::board {

void LoginLimiter::forget_old(std::deque<SteadyTime>& failures, SteadyTime now) const {
  while (!failures.empty() && now - failures.front() >= kWindow)
    failures.pop_front();
}

std::chrono::seconds LoginLimiter::retry_after(const std::string& address, SteadyTime now) {
  const auto found = failures_.find(address);
  if (found == failures_.end()) return std::chrono::seconds{0};
  forget_old(found->second, now);
  if (found->second.size() < static_cast<std::size_t>(kMaxFailures)) return std::chrono::seconds{0};
  const auto wait = found->second.front() + kWindow - now;
  // Rounded up: a client that waits exactly this long is let in.
  return std::chrono::ceil<std::chrono::seconds>(wait);
}

std::chrono::milliseconds LoginLimiter::record_failure(const std::string& address, SteadyTime now) {
  if (failures_.size() >= kMaxAddresses && !failures_.contains(address)) {
    for (auto it = failures_.begin(); it != failures_.end();) {
      forget_old(it->second, now);
      it = it->second.empty() ? failures_.erase(it) : std::next(it);
    }
    // Still full: a flood from many addresses; start counting afresh.
    if (failures_.size() >= kMaxAddresses) failures_.clear();
  }
  auto& failures = failures_[address];
  forget_old(failures, now);
  failures.push_back(now);
  return kDelayStep * static_cast<int>(failures.size());
}

void LoginLimiter::record_success(const std::string& address) {
  failures_.erase(address);
}

}  // namespace hgw::board
