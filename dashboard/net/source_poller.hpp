#pragma once
// Keeps every source fresh in the background (docs/ARCHITECTURE.md): one worker
// thread per source — never the render thread — polls on the schedule core's
// poll policy gives, validates each answer, keeps the last good document per
// source, caches it on disk and tells the app when something changed. The app
// reads a snapshot (states plus the merged document) whenever it is told to.
//
//   net::SourcePoller poller(net::poller_options_from(config, on_change));
//   poller.start();                      // cached documents are already in the snapshot
//   auto snapshot = poller.snapshot();   // on each on_change, from the render thread
//   poller.stop();                       // joins at once, even mid-request

#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "core/clock.hpp"
#include "core/config.hpp"
#include "core/diagnostics.hpp"
#include "core/document.hpp"
#include "core/poll_policy.hpp"
#include "core/source_policy.hpp"
#include "core/source_state.hpp"
#include "fetch_types.hpp"

namespace hgw::net {

class Fetcher;

// What the poller tells the app after each answer (core's source policy decides).
using Change = core::SourceChange;

struct SourceSpec {
  std::string url;
  std::optional<std::string> token_file;
  std::optional<std::string> ca_file;
  core::PollPolicy policy;
};

struct PollerOptions {
  std::vector<SourceSpec> sources;
  std::string cache_directory;  // empty: no cache on disk
  FetchLimits limits;
  // Called on a worker thread, without the poller's lock held; keep it short
  // (wake the loop). Must not call stop() or destroy the poller.
  std::function<void(Change)> on_change;
  // One line per event worth a log line (a source fails, recovers, a cache
  // warning). Never contains a token. Default: standard error.
  std::function<void(std::string_view)> log;
  // Wall-clock time for the states' timestamps; default the system clock. Waits
  // use the steady clock, so a clock change never stalls polling.
  std::shared_ptr<const core::Clock> clock;
  // Numbers in [0, 1) for jitter; default a seeded std::mt19937. Called under the
  // poller's lock, so it need not be thread-safe.
  std::function<double()> random;
};

struct PollerSnapshot {
  std::vector<core::SourceState> sources;  // in config order
  // The last good documents merged in source order; null when no source has one.
  std::shared_ptr<const core::Document> merged;
  core::Diagnostics merge_diagnostics;  // references that resolve in no source
  std::uint64_t data_version = 0;       // +1 whenever `merged` changes
  std::uint64_t version = 0;            // +1 on every change of any kind
};

SourceSpec source_spec_from(const core::SourceConfig& source);
PollerOptions poller_options_from(const core::Config& config,
                                  std::function<void(Change)> on_change = {});

class SourcePoller {
 public:
  // Reads the cache for every source (synchronously: the first snapshot already
  // shows yesterday's data), but starts no thread.
  explicit SourcePoller(PollerOptions options);
  ~SourcePoller();  // stop()
  SourcePoller(const SourcePoller&) = delete;
  SourcePoller& operator=(const SourcePoller&) = delete;

  void start();
  // Every source polls now, whatever its schedule (a kc'er's "refresh").
  void refetch_now();
  // While the wall is dark nobody looks at it: every source polls at its policy's
  // ceiling (15 minutes by default) instead. Turning light again fetches at once,
  // so the wall is current the moment it wakes.
  void set_dark(bool dark);
  // Ends transfers in progress and joins the workers; safe to call twice.
  void stop();

  PollerSnapshot snapshot() const;

 private:
  struct Worker;
  void load_cache(Worker& worker);
  void run(Worker& worker);
  void remerge_locked();
  void notify(Change change);
  void log(const std::string& line) const;

  PollerOptions options_;
  mutable std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
  bool dark_ = false;
  bool started_ = false;
  std::vector<std::unique_ptr<Worker>> workers_;
  std::shared_ptr<const core::Document> merged_;
  core::Diagnostics merge_diagnostics_;
  std::uint64_t data_version_ = 0;
  std::uint64_t version_ = 0;
  std::mt19937 default_random_;
};

}  // namespace hgw::net
