#include "login_limiter.hpp"

#include <arpa/inet.h>

#include <algorithm>
#include <cstring>

namespace hgw::board {
namespace {

void drop_before(std::deque<SteadyTime>& times, SteadyTime cutoff) {
  while (!times.empty() && times.front() <= cutoff)
    times.pop_front();
}

std::chrono::seconds wait_for(const std::deque<SteadyTime>& times, std::size_t limit,
                              SteadyTime now) {
  if (times.size() < limit) return std::chrono::seconds{0};
  // Rounded up: a client that waits exactly this long is let in.
  return std::max(std::chrono::seconds{1},
                  std::chrono::ceil<std::chrono::seconds>(times[times.size() - limit] +
                                                          LoginLimiter::kWindow - now));
}

}  // namespace

std::string limiter_key(const std::string& address) {
  in6_addr v6{};
  if (::inet_pton(AF_INET6, address.c_str(), &v6) != 1) return address;
  char text[INET6_ADDRSTRLEN] = {};
  if (IN6_IS_ADDR_V4MAPPED(&v6)) {
    in_addr v4{};
    std::memcpy(&v4, &v6.s6_addr[12], sizeof v4);
    ::inet_ntop(AF_INET, &v4, text, sizeof text);
    return text;
  }
  std::memset(&v6.s6_addr[8], 0, 8);
  ::inet_ntop(AF_INET6, &v6, text, sizeof text);
  return std::string(text) + "/64";
}

void LoginLimiter::forget_old(SteadyTime now) {
  drop_before(failures_.all, now - kWindow);
  for (auto it = failures_.by_key.begin(); it != failures_.by_key.end();) {
    drop_before(it->second, now - kWindow);
    it = it->second.empty() ? failures_.by_key.erase(it) : std::next(it);
  }
}

// A flood from many addresses must not wipe out the count of one that is locked:
// the entry that counts least (fewest failures, then the oldest) makes room.
void LoginLimiter::make_room(const std::string& key) {
  if (failures_.by_key.size() < kMaxAddresses || failures_.by_key.contains(key)) return;
  const auto least = std::min_element(failures_.by_key.begin(), failures_.by_key.end(),
                                      [](const auto& a, const auto& b) {
                                        if (a.second.size() != b.second.size())
                                          return a.second.size() < b.second.size();
                                        return a.second.back() < b.second.back();
                                      });
  failures_.by_key.erase(least);
}

LoginLimiter::Attempt LoginLimiter::begin_attempt(const std::string& address, SteadyTime now) {
  forget_old(now);
  const std::string key = limiter_key(address);
  Attempt attempt;
  if (const auto found = failures_.by_key.find(key); found != failures_.by_key.end())
    attempt.retry_after = wait_for(found->second, kMaxFailures, now);
  attempt.retry_after =
      std::max(attempt.retry_after, wait_for(failures_.all, kMaxGlobalFailures, now));
  if (attempt.retry_after.count() > 0) return attempt;
  make_room(key);
  auto& failures = failures_.by_key[key];
  failures.push_back(now);
  failures_.all.push_back(now);
  attempt.delay_if_wrong = kDelayStep * static_cast<int>(failures.size());
  return attempt;
}

void LoginLimiter::record_success(const std::string& address) {
  const auto found = failures_.by_key.find(limiter_key(address));
  if (found == failures_.by_key.end()) return;
  // The attempt counted before its check is taken back from the global budget.
  if (!failures_.all.empty() && !found->second.empty()) {
    const auto counted =
        std::find(failures_.all.rbegin(), failures_.all.rend(), found->second.back());
    if (counted != failures_.all.rend()) failures_.all.erase(std::next(counted).base());
  }
  failures_.by_key.erase(found);
}

}  // namespace hgw::board
