#pragma once
// A token bucket per client address: the editor's bursts (a page with six
// previews) pass, a client that keeps hammering gets 429.

#include <chrono>
#include <cstddef>
#include <map>
#include <string>

#include "session_table.hpp"

namespace hgw::board {

class RequestLimiter {
 public:
  static constexpr std::size_t kMaxAddresses = 4096;

  RequestLimiter(double burst = 120, double per_second = 20)
      : burst_(burst), per_second_(per_second) {}

  // True when the request may go ahead (and takes one token).
  bool allow(const std::string& address, SteadyTime now);

 private:
  struct Bucket {
    double tokens = 0;
    SteadyTime refilled;
  };
  double burst_;
  double per_second_;
  std::map<std::string, Bucket> buckets_;
};

}  // namespace hgw::board
