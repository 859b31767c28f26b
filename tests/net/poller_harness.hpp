#pragma once
// A SourcePoller with test-sized intervals, a fixed random source and its log
// kept, plus waiting for a condition on its snapshot (never a fixed sleep).

#include <doctest/doctest.h>

#include <chrono>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "net/source_poller.hpp"

namespace hgw::test {

using namespace std::chrono_literals;

inline net::SourceSpec quick_source(const std::string& url, core::PollDuration interval = 150ms,
                                    core::PollDuration ceiling = 1200ms) {
  net::SourceSpec spec;
  spec.url = url;
  spec.policy.poll_interval = interval;
  spec.policy.ceiling = ceiling;
  spec.policy.jitter_fraction = 0.1;
  return spec;
}

struct PollerHarness {
  std::mutex mutex;
  std::vector<std::string> log_lines;
  int changes = 0;

  net::PollerOptions options(std::vector<net::SourceSpec> sources,
                             const std::string& cache_directory = {}) {
    net::PollerOptions options;
    options.sources = std::move(sources);
    options.cache_directory = cache_directory;
    options.limits.connect_timeout = 1s;
    options.limits.total_timeout = 2s;
    options.limits.low_speed_time = 1s;
    options.random = [] { return 0.5; };  // no jitter: intervals are exact
    options.log = [this](std::string_view line) {
      std::lock_guard lock(mutex);
      log_lines.emplace_back(line);
    };
    options.on_change = [this](net::Change) {
      std::lock_guard lock(mutex);
      ++changes;
    };
    return options;
  }

  std::vector<std::string> logged() {
    std::lock_guard lock(mutex);
    return log_lines;
  }

  // The poller publishes an answer's state before it logs the line about it (the
  // log is written outside its lock), so a test that has seen the state waits for
  // the line: at least `count` lines within `limit`.
  bool wait_for_log(std::size_t count, std::chrono::milliseconds limit = std::chrono::seconds(3)) {
    const auto deadline = std::chrono::steady_clock::now() + limit;
    while (logged().size() < count) {
      if (std::chrono::steady_clock::now() >= deadline) return false;
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return true;
  }
};

// Polls the snapshot until `condition` holds or `limit` passes; returns whether it held.
template <typename Condition>
bool wait_for(const net::SourcePoller& poller, Condition condition,
              std::chrono::milliseconds limit = 3000ms) {
  const auto deadline = std::chrono::steady_clock::now() + limit;
  while (std::chrono::steady_clock::now() < deadline) {
    if (condition(poller.snapshot())) return true;
    std::this_thread::sleep_for(5ms);
  }
  return condition(poller.snapshot());
}

inline std::string school_of(const net::PollerSnapshot& snapshot) {
  if (!snapshot.merged || !snapshot.merged->school) return {};
  return snapshot.merged->school->name;
}

}  // namespace hgw::test
