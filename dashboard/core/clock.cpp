#include "clock.hpp"

#include <ctime>

namespace hgw::core {

Instant SystemClock::now() const {
  const std::time_t seconds = std::time(nullptr);
  std::tm local{};
  localtime_r(&seconds, &local);
  return Instant{static_cast<std::int64_t>(seconds), static_cast<int>(local.tm_gmtoff / 60)};
}

}  // namespace hgw::core
