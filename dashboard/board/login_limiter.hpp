#pragma once
// Slows down password guessing per client address: every wrong password is
// answered a little later than the one before, and after five within fifteen
// minutes that address gets 429 until the oldest of them is fifteen minutes old.

#include <chrono>
#include <cstddef>
#include <deque>
#include <map>
#include <string>

#include "session_table.hpp"

namespace hgw::board {

class LoginLimiter {
 public:
  static constexpr int kMaxFailures = 5;
  static constexpr std::chrono::minutes kWindow{15};
  static constexpr std::chrono::milliseconds kDelayStep{200};
  static constexpr std::size_t kMaxAddresses = 4096;

  // Zero when the address may try a password now, else how long it must wait.
  std::chrono::seconds retry_after(const std::string& address, SteadyTime now);
  // Counts a wrong password; returns how long to hold back the answer.
  std::chrono::milliseconds record_failure(const std::string& address, SteadyTime now);
  void record_success(const std::string& address);

 private:
  void forget_old(std::deque<SteadyTime>& failures, SteadyTime now) const;

  std::map<std::string, std::deque<SteadyTime>> failures_;
};

}  // namespace hgw::board
