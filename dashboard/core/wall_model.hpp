#pragma once
// Everything the wall shows, assembled in one place (docs/ARCHITECTURE.md, "The
// wall model"): the kiosk, `render`, the board's previews and `validate` call
// build_wall_model and nothing else builds a view model for them, so they cannot
// disagree about what a document looks like on the wall.

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "config.hpp"
#include "document.hpp"
#include "screen_schedule.hpp"
#include "setup_view.hpp"
#include "source_state.hpp"
#include "view_model.hpp"
#include "wall_settings.hpp"

namespace hgw::core {

struct WallInputs {
  // The merged document of all sources; null when there is none yet (no source
  // has answered and no cache holds one) or the documents were refused.
  std::shared_ptr<const Document> document;
  // The sources' states, in config order; empty for render and the demo.
  std::vector<SourceState> sources;
  // The local config; null when there is none (the demo, render without --config)
  // or it could not be read (then facts.problem says so).
  const Config* config = nullptr;
  SetupFacts facts;
  Instant now;
  CommandOverrides overrides;
  bool is_demo = false;
};

struct WallModel {
  // The pages, their order (never empty) and seconds, in the chosen language and
  // theme, with one banner line per failing source.
  ViewModel view;
  SetupView setup;
  // The document's schedule over the config's hours.
  ScreenSchedule schedule;
};

WallModel build_wall_model(const WallInputs& inputs);

// Whether the screen is lit at `now`: in school hours, and always while the setup
// page is shown — whoever installs the screen on a Saturday, or waits for the
// first data, must be able to read it.
bool wall_screen_on(const WallModel& wall, const Instant& now);

// Whether the two models draw the same frame but for the clock's time: what the
// pages and the setup page show is equal, the header's time aside (and the data's
// age in minutes, which no page draws). The kiosk redraws only the clock then
// (docs/ARCHITECTURE.md, "From a source to a pixel").
bool same_but_clock(const WallModel& before, const WallModel& after);

}  // namespace hgw::core
