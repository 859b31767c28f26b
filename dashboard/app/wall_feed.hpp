#pragma once
// Where the running wall's data comes from (issue 4, kiosk side): the config file
// (platform::find_config: --config, else /boot/firmware/hgw-dashboard.conf, /etc/…)
// and its sources through net::SourcePoller; with no config at all, the built-in
// demo school, marked as demo. A config with errors gives the setup page with
// each error as FILE:LINE, never the demo.

#include <functional>
#include <memory>
#include <optional>
#include <ostream>
#include <string>

#include "command_line.hpp"
#include "core/clock.hpp"
#include "core/config.hpp"
#include "core/document.hpp"
#include "core/wall_model.hpp"
#include "first_run_input.hpp"
#include "net/source_poller.hpp"
#include "platform/mdns_name.hpp"

namespace hgw::app {

class WallFeed {
 public:
  // Reads the config and the sources' caches (synchronously: the first snapshot
  // already holds yesterday's data); starts no thread. `on_change` is called on
  // worker threads. `clock` stamps the sources' states and cache (last try, last
  // success, failing since) — the wall's own clock, so with --now and --time-scale
  // they agree with the schedule and the data age; default the system clock.
  WallFeed(const CommandLine& command, std::function<void(net::Change)> on_change,
           std::ostream& err, std::shared_ptr<const core::Clock> clock = nullptr);
  ~WallFeed();

  void start();
  void refetch_now();
  // Dark outside school hours: the sources are polled at a slower pace.
  void set_dark(bool dark);
  // Joins the workers; the cache writes they started are finished by then.
  void stop();

  net::PollerSnapshot snapshot() const;
  // The document to show for `snapshot`: the merged sources', or the demo's.
  std::shared_ptr<const core::Document> document(const net::PollerSnapshot& snapshot) const;

  // What build_wall_model needs to draw `snapshot` at `now`. Looks at the device
  // and the board's first-run file again (the kiosk asks at every rebuild, each
  // minute), so the setup page follows a new setup code or address within a minute.
  core::WallInputs wall_inputs(const net::PollerSnapshot& snapshot, const core::Instant& now,
                               const core::CommandOverrides& overrides);

  // How frames reach the screen, for the setup page; called once the screen is open.
  void note_present(const core::PresentDecision& decision) { setup_.present = decision; }

  bool is_demo() const { return demo_ != nullptr; }
  // The config's defaults (empty ones for the demo or a broken config).
  const core::DisplayConfig& display() const { return config_.display; }
  const core::ScheduleConfig& schedule() const { return config_.schedule; }

 private:
  core::Config config_;
  bool config_usable_ = false;
  std::shared_ptr<const core::Document> demo_;
  std::unique_ptr<net::SourcePoller> poller_;
  platform::MdnsName mdns_;
  core::SetupFacts setup_;
  std::optional<FirstRunFile> first_run_;  // with a usable config
  std::ostream& err_;
};

}  // namespace hgw::app
