#pragma once
// How anything wakes the kiosk loop: the poller's worker threads, the signal
// thread, input. The loop sleeps in one poll() over an eventfd that raise()
// writes and the input's own file descriptors (the X11 connection, a console's
// keyboards) — not in SDL_WaitEventTimeout, which on KMSDRM is a 1 ms poll
// (docs/ARCHITECTURE.md, "Platform facts"), and not on a timer — until one is readable or its
// deadline comes.

#include <chrono>
#include <mutex>
#include <span>

namespace hgw::app {

enum WakeReasonBit : unsigned {
  wake_data = 1u << 0,     // the merged document changed
  wake_problem = 1u << 1,  // a source failed or recovered
  wake_status = 1u << 2,   // bookkeeping only: the status file is due
  wake_stop = 1u << 3,     // SIGTERM or SIGINT
  wake_input = 1u << 4,    // one of the input descriptors became readable
};

class WakeSignal {
 public:
  using TimePoint = std::chrono::steady_clock::time_point;

  // Throws std::system_error when no eventfd can be made.
  WakeSignal();
  ~WakeSignal();
  WakeSignal(const WakeSignal&) = delete;
  WakeSignal& operator=(const WakeSignal&) = delete;

  // Safe from any thread; cheap, never blocks for long.
  void raise(unsigned reasons);
  // Returns the reasons raised since the last call, plus wake_input when one of
  // `input` is readable (0 when the deadline came). Never reads from `input`.
  unsigned wait_until(TimePoint deadline, std::span<const int> input = {});

 private:
  unsigned take_pending();

  int event_fd_ = -1;
  std::mutex mutex_;
  unsigned pending_ = 0;
};

}  // namespace hgw::app
