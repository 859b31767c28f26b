#include "privacy.hpp"

#include <algorithm>

namespace hgw::core {

std::int64_t effective_min_n(const std::optional<Privacy>& privacy) {
  if (!privacy || !privacy->min_n) return kDefaultMinN;
  return std::max(*privacy->min_n, kMinimumMinN);
}

bool is_suppressed(const std::optional<std::int64_t>& n, std::int64_t min_n) {
  return n.has_value() && *n < min_n;
}

}  // namespace hgw::core
