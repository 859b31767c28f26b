#include "wall_feed.hpp"

#include "core/clock.hpp"
#include "core/demo_school.hpp"
#include "device_facts.hpp"
#include "net/cache.hpp"
#include "platform/atomic_file.hpp"
#include "platform/config_search.hpp"

namespace hgw::app {

WallFeed::WallFeed(const CommandLine& command, std::function<void(net::Change)> on_change,
                   std::ostream& err, std::shared_ptr<const core::Clock> clock)
    : err_(err) {
  fill_device_facts(setup_, mdns_);
  const auto path = platform::find_config(command.config_path);
  if (!path) {
    // The demo is moved to this week so it looks alive whenever it is shown.
    demo_ = std::make_shared<const core::Document>(
        core::demo_document(command.now.value_or(core::SystemClock().now())));
    return;
  }
  setup_.config_path = *path;
  const core::ConfigResult loaded = core::load_config(*path);
  for (const auto& entry : loaded.diagnostics.entries()) {
    err << "hgw-dashboard: " << entry.to_string() << '\n';
    if (entry.severity == core::Severity::error) setup_.config_errors.push_back(entry);
  }
  if (!loaded.config) {
    setup_.problem = core::SetupProblem::unreadable;
    return;
  }
  config_ = *loaded.config;
  config_usable_ = true;
  first_run_.emplace(config_.board.first_run_file);
  // A kiosk cut off mid-write (power cut, watchdog) left temporary files next to
  // its cache; it is the only writer there, so they go before the poller starts.
  const net::DocumentCache cache(config_.cache_directory);
  int unfinished = 0;
  for (const auto& source : config_.sources)
    unfinished += platform::remove_unfinished_writes(cache.file_for(source.url));
  if (unfinished > 0) {
    err << "hgw-dashboard: removed " << unfinished
        << " unfinished cache write(s) of an earlier run\n";
  }
  net::PollerOptions options = net::poller_options_from(config_, std::move(on_change));
  options.clock = std::move(clock);
  poller_ = std::make_unique<net::SourcePoller>(std::move(options));
}

WallFeed::~WallFeed() {
  stop();
}

void WallFeed::start() {
  if (poller_) poller_->start();
}

void WallFeed::refetch_now() {
  if (poller_) poller_->refetch_now();
}

void WallFeed::set_dark(bool dark) {
  if (poller_) poller_->set_dark(dark);
}

void WallFeed::stop() {
  if (poller_) poller_->stop();
}

net::PollerSnapshot WallFeed::snapshot() const {
  return poller_ ? poller_->snapshot() : net::PollerSnapshot{};
}

core::WallInputs WallFeed::wall_inputs(const net::PollerSnapshot& snapshot,
                                       const core::Instant& now,
                                       const core::CommandOverrides& overrides) {
  // Cheap enough for every minute: getifaddrs, a read of avahi's pid file (its
  // answer is kept), and a stat of the first-run file.
  fill_device_facts(setup_, mdns_);
  setup_.first_run = first_run_ ? first_run_->current(err_) : std::nullopt;
  core::WallInputs inputs;
  inputs.document = document(snapshot);
  inputs.sources = snapshot.sources;
  inputs.config = config_usable_ ? &config_ : nullptr;
  inputs.facts = setup_;
  inputs.now = now;
  inputs.overrides = overrides;
  inputs.is_demo = is_demo();
  return inputs;
}

std::shared_ptr<const core::Document> WallFeed::document(
    const net::PollerSnapshot& snapshot) const {
  if (demo_) return demo_;
  return snapshot.merged;
}

}  // namespace hgw::app
