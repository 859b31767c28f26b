#pragma once
// When to ask a source again, as pure functions (docs/ARCHITECTURE.md): the worker
// only sleeps for what these say, so the whole schedule is tested without a
// network or a real clock.
//
// * after a success: poll_interval, or longer when the server's Cache-Control
//   max-age says the data will not change sooner (bounded, so a careless header
//   cannot freeze the wall);
// * after a failure: exponential backoff from poll_interval up to a ceiling, or
//   longer when the server asks (Retry-After), within the same ceiling;
// * always ± jitter, so a hundred kiosks switched on at 07:30 spread out.

#include <chrono>
#include <optional>

namespace hgw::core {

using PollDuration = std::chrono::milliseconds;

struct PollPolicy {
  PollDuration poll_interval = std::chrono::seconds(60);
  // No wait, whatever the reason, is longer than this: a fixed server shows up on
  // the wall within a quarter of an hour.
  PollDuration ceiling = std::chrono::minutes(15);
  // ±10 %: a fraction of the interval each wait is moved by at most.
  double jitter_fraction = 0.1;
};

// The wait after a good answer (200 with a valid document, or 304).
PollDuration interval_after_success(const PollPolicy& policy,
                                    std::optional<std::chrono::seconds> max_age);

// The wait after the `failures`-th failure in a row (1 for the first):
// poll_interval × 2^(failures-1), at most the ceiling; a Retry-After longer than
// that is honoured up to the ceiling.
PollDuration interval_after_failure(const PollPolicy& policy, int failures,
                                    std::optional<std::chrono::seconds> retry_after);

// Moves `interval` by up to ±jitter_fraction. `unit_random` is a number in [0, 1)
// from the caller's random source (tests pass fixed values); 0.5 leaves it as is.
PollDuration with_jitter(const PollPolicy& policy, PollDuration interval, double unit_random);

// The wait before the first request when cached data is already on the wall: a
// random part of the jitter window, so kiosks that boot together do not ask
// together. Without cached data the first request goes out at once.
PollDuration first_poll_delay(const PollPolicy& policy, bool has_cached_document,
                              double unit_random);

}  // namespace hgw::core
