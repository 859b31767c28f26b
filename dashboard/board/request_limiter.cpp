#include "request_limiter.hpp"

#include <algorithm>

namespace hgw::board {

bool RequestLimiter::allow(const std::string& address, SteadyTime now) {
  auto found = buckets_.find(address);
  if (found == buckets_.end()) {
    // A full bucket is the same as no bucket: those are dropped first.
    if (buckets_.size() >= kMaxAddresses) {
      for (auto it = buckets_.begin(); it != buckets_.end();) {
        const double seconds = std::chrono::duration<double>(now - it->second.refilled).count();
        it = it->second.tokens + seconds * per_second_ >= burst_ ? buckets_.erase(it)
                                                                 : std::next(it);
      }
      if (buckets_.size() >= kMaxAddresses) buckets_.clear();
    }
    found = buckets_.emplace(address, Bucket{burst_, now}).first;
  }
  Bucket& bucket = found->second;
  const double seconds = std::chrono::duration<double>(now - bucket.refilled).count();
  bucket.tokens = std::min(burst_, bucket.tokens + seconds * per_second_);
  bucket.refilled = now;
  if (bucket.tokens < 1) return false;
  bucket.tokens -= 1;
  return true;
}

}  // namespace hgw::board
