#include "signal_watch.hpp"

#include <pthread.h>

namespace hgw::app {
namespace {

sigset_t stop_signals() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGTERM);
  sigaddset(&set, SIGINT);
  return set;
}

}  // namespace

SignalWatch::SignalWatch(std::function<void(int)> on_signal)
    : set_(stop_signals()), on_signal_(std::move(on_signal)) {
  pthread_sigmask(SIG_BLOCK, &set_, nullptr);
  thread_ = std::thread([this] {
    while (true) {
      int signal_number = 0;
      if (sigwait(&set_, &signal_number) != 0) continue;
      if (stopping_.load()) return;
      on_signal_(signal_number);
    }
  });
}

SignalWatch::~SignalWatch() {
  stopping_.store(true);
  // The thread only ever returns from sigwait: hand it one of its own signals.
  pthread_kill(thread_.native_handle(), SIGTERM);
  thread_.join();
  // The mask stays blocked: a second SIGTERM during shutdown must not cut short
  // the cache writes still in progress.
}

}  // namespace hgw::app
