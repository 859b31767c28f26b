#pragma once
// Slows down password guessing. An attempt counts as a failure before its password
// is checked (a good password takes it back), so parallel attempts cannot all reach
// the check: after five within fifteen minutes an address gets 429 until the oldest
// is fifteen minutes old, and every wrong password is answered a little later than
// the one before. Besides each address, all addresses together have a budget, so a
// guesser with many addresses is slowed down too. Addresses are counted by
// limiter_key: an IPv4-mapped IPv6 address is its IPv4 address, and IPv6 counts per
// /64 (one home or school network hands out a whole /64).

#include <chrono>
#include <cstddef>
#include <deque>
#include <map>
#include <string>

#include "session_table.hpp"

namespace hgw::board {

// "::ffff:10.0.0.7" → "10.0.0.7", "2001:db8:1:2:a:b:c:d" → "2001:db8:1:2::/64".
std::string limiter_key(const std::string& address);

class LoginLimiter {
 public:
  static constexpr int kMaxFailures = 5;
  static constexpr int kMaxGlobalFailures = 100;
  static constexpr std::chrono::minutes kWindow{15};
  static constexpr std::chrono::milliseconds kDelayStep{200};
  static constexpr std::size_t kMaxAddresses = 4096;

  // What the limiter keeps: failures, oldest first, per key and all together.
  struct Failures {
    std::map<std::string, std::deque<SteadyTime>> by_key;
    std::deque<SteadyTime> all;
  };

  struct Attempt {
    std::chrono::seconds retry_after{0};  // non-zero: refused, nothing counted
    std::chrono::milliseconds delay_if_wrong{0};
  };

  // Counts an attempt from `address` as a failure before its check, or refuses it.
  Attempt begin_attempt(const std::string& address, SteadyTime now);
  // The password was right: the address starts afresh and the attempt is taken back.
  void record_success(const std::string& address);

  const Failures& failures() const { return failures_; }
  void restore(Failures failures) { failures_ = std::move(failures); }

 private:
  void forget_old(SteadyTime now);
  void make_room(const std::string& key);

  Failures failures_;
};

}  // namespace hgw::board
