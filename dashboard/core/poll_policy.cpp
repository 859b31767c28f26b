#include "poll_policy.hpp"

#include <algorithm>
#include <cmath>

namespace hgw::core {
namespace {

double clamp_unit(double value) {
  if (!(value >= 0.0)) return 0.0;  // also NaN
  return std::min(value, 1.0);
}

double clamp_fraction(double fraction) {
  if (!(fraction >= 0.0)) return 0.0;
  return std::min(fraction, 0.5);
}

}  // namespace

PollDuration interval_after_success(const PollPolicy& policy,
                                    std::optional<std::chrono::seconds> max_age) {
  PollDuration interval = policy.poll_interval;
  if (max_age) interval = std::max(interval, PollDuration(*max_age));
  return std::min(interval, std::max(policy.ceiling, policy.poll_interval));
}

PollDuration interval_after_failure(const PollPolicy& policy, int failures,
                                    std::optional<std::chrono::seconds> retry_after) {
  const PollDuration ceiling = std::max(policy.ceiling, policy.poll_interval);
  PollDuration interval = policy.poll_interval;
  // Doubling stops at the ceiling, so the count can grow without overflow.
  for (int i = 1; i < failures && interval < ceiling; ++i)
    interval *= 2;
  if (retry_after) interval = std::max(interval, PollDuration(*retry_after));
  return std::min(interval, ceiling);
}

PollDuration with_jitter(const PollPolicy& policy, PollDuration interval, double unit_random) {
  const double fraction = clamp_fraction(policy.jitter_fraction);
  const double factor = 1.0 + fraction * (2.0 * clamp_unit(unit_random) - 1.0);
  return PollDuration(
      static_cast<PollDuration::rep>(std::llround(static_cast<double>(interval.count()) * factor)));
}

PollDuration first_poll_delay(const PollPolicy& policy, bool has_cached_document,
                              double unit_random) {
  if (!has_cached_document) return PollDuration::zero();
  const double window =
      static_cast<double>(policy.poll_interval.count()) * clamp_fraction(policy.jitter_fraction);
  return PollDuration(
      static_cast<PollDuration::rep>(std::llround(window * clamp_unit(unit_random))));
}

}  // namespace hgw::core
