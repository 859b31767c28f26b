#include "source_poller.hpp"

#include <algorithm>
#include <iostream>

#include "cache.hpp"
#include "core/decode_document.hpp"
#include "core/merge.hpp"
#include "fetcher.hpp"

namespace hgw::net {
namespace {

using SteadyClock = std::chrono::steady_clock;

}  // namespace

struct SourcePoller::Worker {
  SourceSpec spec;
  std::unique_ptr<Fetcher> fetcher;
  core::SourceState state;
  std::shared_ptr<const core::Document> document;
  bool refetch_requested = false;
  std::thread thread;
};

SourceSpec source_spec_from(const core::SourceConfig& source) {
  SourceSpec spec;
  spec.url = source.url;
  if (source.scheme != core::UrlScheme::file) spec.token_file = source.token_file;
  if (source.scheme == core::UrlScheme::https) spec.ca_file = source.ca_file;
  spec.policy.poll_interval = std::chrono::seconds(source.poll_seconds);
  return spec;
}

PollerOptions poller_options_from(const core::Config& config,
                                  std::function<void(Change)> on_change) {
  PollerOptions options;
  for (const auto& source : config.sources)
    options.sources.push_back(source_spec_from(source));
  options.cache_directory = config.cache_directory;
  options.on_change = std::move(on_change);
  return options;
}

SourcePoller::SourcePoller(PollerOptions options)
    : options_(std::move(options)), default_random_(std::random_device{}()) {
  if (!options_.clock) options_.clock = std::make_shared<core::SystemClock>();
  if (!options_.random) {
    options_.random = [this] {
      return std::uniform_real_distribution<double>(0.0, 1.0)(default_random_);
    };
  }
  for (const auto& spec : options_.sources) {
    auto worker = std::make_unique<Worker>();
    worker->spec = spec;
    worker->fetcher = std::make_unique<Fetcher>(options_.limits);
    worker->state.url = core::url_without_credentials(spec.url);
    load_cache(*worker);
    workers_.push_back(std::move(worker));
  }
  remerge_locked();  // no thread runs yet
}

SourcePoller::~SourcePoller() {
  stop();
}

void SourcePoller::load_cache(Worker& worker) {
  if (options_.cache_directory.empty()) return;
  const DocumentCache cache(options_.cache_directory);
  auto read = cache.read(worker.spec.url);
  if (!read.warning.empty()) log("warning: " + read.warning);
  if (!read.document) return;
  auto decoded = core::load_document(read.document->text, {options_.clock->now()});
  if (!decoded.ok()) {
    const auto& first = decoded.diagnostics.entries().front();
    log("warning: cache file " + cache.file_for(worker.spec.url) +
        " holds a document this kiosk refuses (" + first.to_string() + "); ignored");
    return;
  }
  worker.document = std::make_shared<const core::Document>(std::move(*decoded.document));
  core::SourceState& state = worker.state;
  state.has_document = true;
  state.document_from_cache = true;
  state.data_generated_at = worker.document->generated_at;
  state.last_success = read.document->fetched_at;
  state.etag = read.document->etag;
  state.last_modified = read.document->last_modified;
}

void SourcePoller::start() {
  std::lock_guard lock(mutex_);
  if (started_ || stopping_) return;
  started_ = true;
  for (auto& worker : workers_) {
    worker->thread = std::thread([this, raw = worker.get()] { run(*raw); });
  }
}

void SourcePoller::refetch_now() {
  {
    std::lock_guard lock(mutex_);
    for (auto& worker : workers_)
      worker->refetch_requested = true;
  }
  wake_.notify_all();
}

void SourcePoller::set_dark(bool dark) {
  {
    std::lock_guard lock(mutex_);
    if (dark_ == dark) return;
    dark_ = dark;
    if (!dark) {
      for (auto& worker : workers_)
        worker->refetch_requested = true;
    }
  }
  wake_.notify_all();
}

void SourcePoller::stop() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  for (auto& worker : workers_)
    worker->fetcher->cancel();
  for (auto& worker : workers_) {
    if (worker->thread.joinable()) worker->thread.join();
  }
}

PollerSnapshot SourcePoller::snapshot() const {
  std::lock_guard lock(mutex_);
  PollerSnapshot snapshot;
  for (const auto& worker : workers_)
    snapshot.sources.push_back(worker->state);
  snapshot.merged = merged_;
  snapshot.merge_diagnostics = merge_diagnostics_;
  snapshot.data_version = data_version_;
  snapshot.version = version_;
  return snapshot;
}

void SourcePoller::remerge_locked() {
  std::vector<core::Document> documents;
  for (const auto& worker : workers_) {
    if (worker->document) documents.push_back(*worker->document);
  }
  merge_diagnostics_ = {};
  if (documents.empty()) {
    merged_.reset();
  } else {
    merged_ = std::make_shared<const core::Document>(
        core::merge_and_check(documents, merge_diagnostics_));
  }
  ++data_version_;
}

void SourcePoller::notify(Change change) {
  if (options_.on_change) options_.on_change(change);
}

void SourcePoller::log(const std::string& line) const {
  if (options_.log) {
    options_.log(line);
  } else {
    std::cerr << "hgw-dashboard: " << line << '\n';
  }
}

void SourcePoller::run(Worker& worker) {
  const core::PollPolicy& policy = worker.spec.policy;
  SteadyClock::time_point due;
  {
    std::lock_guard lock(mutex_);
    due = SteadyClock::now() +
          core::first_poll_delay(policy, worker.document != nullptr, options_.random());
  }
  while (true) {
    FetchRequest request;
    {
      std::unique_lock lock(mutex_);
      wake_.wait_until(lock, due, [&] { return stopping_ || worker.refetch_requested; });
      if (stopping_) return;
      worker.refetch_requested = false;
      request.url = worker.spec.url;
      request.token_file = worker.spec.token_file;
      request.ca_file = worker.spec.ca_file;
      // Conditional only on the last *good* document: after a refused one the
      // server must send the body again, or a 304 would pass for a success.
      request.etag = worker.state.etag;
      request.last_modified = worker.state.last_modified;
    }

    FetchResponse response = worker.fetcher->fetch(request);
    const core::Instant now = options_.clock->now();
    // Outside the lock: parsing takes a while.
    core::Judgement judgement = core::judge_answer(response, now);

    Change change = Change::status;
    std::optional<CachedDocument> to_cache;
    std::string log_line;
    {
      std::lock_guard lock(mutex_);
      if (stopping_) return;  // a cancelled transfer is no failure of the source
      core::AnswerEffect effect =
          core::apply_judgement(worker.state, response, std::move(judgement), now, policy, dark_);
      if (effect.document) {
        worker.document = std::make_shared<const core::Document>(std::move(*effect.document));
        remerge_locked();
        to_cache = CachedDocument{worker.spec.url, std::move(response.body), response.etag,
                                  response.last_modified, now};
      }
      change = effect.change;
      log_line = std::move(effect.log_line);
      due = SteadyClock::now() + core::with_jitter(policy, effect.interval, options_.random());
      ++version_;
    }

    if (!log_line.empty()) log(log_line);
    if (to_cache && !options_.cache_directory.empty()) {
      const std::string problem = DocumentCache(options_.cache_directory).write(*to_cache);
      if (!problem.empty()) log("warning: cannot cache " + worker.state.url + ": " + problem);
    }
    notify(change);
  }
}

}  // namespace hgw::net
