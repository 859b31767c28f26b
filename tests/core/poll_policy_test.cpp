#include "core/poll_policy.hpp"

#include <doctest/doctest.h>

using namespace hgw;
using namespace std::chrono_literals;
using core::PollDuration;

namespace {

core::PollPolicy every_minute() {
  core::PollPolicy policy;
  policy.poll_interval = 60s;
  policy.ceiling = 15min;
  policy.jitter_fraction = 0.1;
  return policy;
}

}  // namespace

TEST_CASE("poll policy: after a success, poll_interval; max-age is a lower bound, capped") {
  const auto policy = every_minute();
  CHECK(core::interval_after_success(policy, std::nullopt) == 60s);
  CHECK(core::interval_after_success(policy, 10s) == 60s);    // never sooner than configured
  CHECK(core::interval_after_success(policy, 300s) == 300s);  // the server knows it won't change
  CHECK(core::interval_after_success(policy, std::chrono::seconds(86400 * 365)) == 15min);
}

TEST_CASE("poll policy: after failures, doubling from poll_interval up to the ceiling") {
  const auto policy = every_minute();
  CHECK(core::interval_after_failure(policy, 1, std::nullopt) == 60s);
  CHECK(core::interval_after_failure(policy, 2, std::nullopt) == 120s);
  CHECK(core::interval_after_failure(policy, 3, std::nullopt) == 240s);
  CHECK(core::interval_after_failure(policy, 4, std::nullopt) == 480s);
  CHECK(core::interval_after_failure(policy, 5, std::nullopt) == 15min);
  CHECK(core::interval_after_failure(policy, 1000000, std::nullopt) == 15min);  // no overflow
}

TEST_CASE("poll policy: Retry-After is honoured when longer, within the ceiling") {
  const auto policy = every_minute();
  CHECK(core::interval_after_failure(policy, 1, 120s) == 120s);
  CHECK(core::interval_after_failure(policy, 1, 5s) == 60s);  // never sooner than backoff
  CHECK(core::interval_after_failure(policy, 3, 30s) == 240s);
  CHECK(core::interval_after_failure(policy, 1, 3600s) == 15min);
}

TEST_CASE("poll policy: a poll_interval above the ceiling wins over the ceiling") {
  core::PollPolicy policy = every_minute();
  policy.poll_interval = 1h;
  CHECK(core::interval_after_success(policy, std::nullopt) == 1h);
  CHECK(core::interval_after_failure(policy, 5, std::nullopt) == 1h);
}

TEST_CASE("poll policy: jitter moves the interval by at most ±10 %") {
  const auto policy = every_minute();
  CHECK(core::with_jitter(policy, 60s, 0.5) == 60s);
  CHECK(core::with_jitter(policy, 60s, 0.0) == 54s);
  CHECK(core::with_jitter(policy, 60s, 0.75) == 63s);
  CHECK(core::with_jitter(policy, 60s, 0.999999) > 65900ms);
  CHECK(core::with_jitter(policy, 60s, 0.999999) <= 66s);
  // A broken random source cannot stretch the wait further.
  CHECK(core::with_jitter(policy, 60s, 7.0) == 66s);
  CHECK(core::with_jitter(policy, 60s, -1.0) == 54s);
  core::PollPolicy none = policy;
  none.jitter_fraction = 0;
  CHECK(core::with_jitter(none, 60s, 0.0) == 60s);
}

TEST_CASE("poll policy: the first request waits only when cached data is on the wall") {
  const auto policy = every_minute();
  CHECK(core::first_poll_delay(policy, false, 0.9) == 0ms);
  CHECK(core::first_poll_delay(policy, true, 0.0) == 0ms);
  CHECK(core::first_poll_delay(policy, true, 0.5) == 3s);
  CHECK(core::first_poll_delay(policy, true, 1.0) == 6s);
}
