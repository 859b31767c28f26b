#pragma once
// How anything wakes the kiosk loop: the poller's worker threads, the signal
// thread. The loop blocks here — not in SDL_WaitEventTimeout, which on KMSDRM is a
// 1 ms poll (PLATFORM.md) — until a reason is raised or its deadline comes.

#include <chrono>
#include <condition_variable>
#include <mutex>

namespace hgw::app {

enum WakeReasonBit : unsigned {
  wake_data = 1u << 0,     // the merged document changed
  wake_problem = 1u << 1,  // a source failed or recovered
  wake_status = 1u << 2,   // bookkeeping only: the status file is due
  wake_stop = 1u << 3,     // SIGTERM or SIGINT
};

class WakeSignal {
 public:
  using TimePoint = std::chrono::steady_clock::time_point;

  // Safe from any thread; cheap, never blocks for long.
  void raise(unsigned reasons);
  // Returns the reasons raised since the last call (0 when the deadline came).
  unsigned wait_until(TimePoint deadline);

 private:
  std::mutex mutex_;
  std::condition_variable changed_;
  unsigned pending_ = 0;
};

}  // namespace hgw::app
