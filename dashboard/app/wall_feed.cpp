#include "wall_feed.hpp"

#include "core/clock.hpp"
#include "core/demo_school.hpp"
#include "core/editor_status.hpp"
#include "net/cache.hpp"
#include "platform/atomic_file.hpp"
#include "platform/config_search.hpp"
#include "platform/device_address.hpp"
#include "platform/version.hpp"

namespace hgw::app {
namespace {

// "wand-1 — 192.168.1.20, 2001:db8::20": the name and where to reach it, on one row.
std::string device_text() {
  std::string text = platform::host_name();
  const auto addresses = platform::device_addresses();
  for (std::size_t index = 0; index < addresses.size(); ++index) {
    text += (index == 0 ? (text.empty() ? "" : " — ") : ", ") + addresses[index];
  }
  return text;
}

}  // namespace

WallFeed::WallFeed(const CommandLine& command, std::function<void(net::Change)> on_change,
                   std::ostream& err, std::shared_ptr<const core::Clock> clock) {
  setup_.host_name = device_text();
  setup_.version = platform::kVersion;
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
    if (entry.severity == core::Severity::error) setup_.details.push_back(entry.to_string());
  }
  if (!loaded.config) {
    setup_.problem = ui::SetupProblem::unreadable;
    return;
  }
  config_ = *loaded.config;
  setup_.editor = core::editor_status(config_);
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

std::shared_ptr<const core::Document> WallFeed::document(
    const net::PollerSnapshot& snapshot) const {
  if (demo_) return demo_;
  return snapshot.merged;
}

}  // namespace hgw::app
