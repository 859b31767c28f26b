#pragma once
// Clean exit on SIGTERM (systemd stop) and SIGINT (Ctrl-C): the signals are
// blocked in every thread and one small thread takes them with sigwait, then
// calls back in ordinary thread context — no async-signal-safety puzzles, and the
// loop learns of it through its WakeSignal. Construct it before any other thread
// starts (poller, SDL), so they inherit the blocked mask.

#include <atomic>
#include <csignal>
#include <functional>
#include <thread>

namespace hgw::app {

class SignalWatch {
 public:
  explicit SignalWatch(std::function<void(int)> on_signal);
  ~SignalWatch();
  SignalWatch(const SignalWatch&) = delete;
  SignalWatch& operator=(const SignalWatch&) = delete;

 private:
  sigset_t set_{};
  std::function<void(int)> on_signal_;
  std::atomic<bool> stopping_ = false;
  std::thread thread_;
};

}  // namespace hgw::app
