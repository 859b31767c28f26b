// Fuzz target: a source's bytes through everything the kiosk does with them —
// parse and validate (core::load_document, as the poller's worker and the cache
// reader call it), merge with another source (the demo school, as a second wall
// source would be), and build the view model, settings and screen schedule the
// way the kiosk loop rebuilds its wall (app/kiosk_loop.cpp, Wall::rebuild).

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "core/decode_document.hpp"
#include "core/demo_school.hpp"
#include "core/merge.hpp"
#include "core/screen_schedule.hpp"
#include "core/time_zone.hpp"
#include "core/view_model.hpp"
#include "core/wall_model.hpp"
#include "fuzz_check.hpp"

namespace {

using namespace hgw;

// A fixed clock, so every finding replays exactly: Monday 30 November 2026, 08:00.
const core::Instant kNow{1796022000, 60};

void check_view_model(const core::ViewModel& model) {
  for (const auto& group : model.goal_groups) {
    for (const auto& goal : group.goals) {
      // Privacy (docs/ARCHITECTURE.md): a suppressed figure is not in the view model at all.
      if (goal.suppressed) {
        HGW_FUZZ_CHECK(!goal.baseline && !goal.current && !goal.progress);
      }
      if (goal.progress) HGW_FUZZ_CHECK(*goal.progress >= 0.0 && *goal.progress <= 1.0);
    }
  }
  for (const auto& trend : model.trends) {
    for (const auto& point : trend.points)
      HGW_FUZZ_CHECK(std::isfinite(point.value));
  }
}

// What the kiosk does with the merged document of the wall's sources.
void show_on_wall(const core::Document& shown) {
  core::WallInputs inputs;
  inputs.document = std::make_shared<const core::Document>(shown);
  inputs.now = kNow;
  const core::WallModel wall = core::build_wall_model(inputs);
  check_view_model(wall.view);
  HGW_FUZZ_CHECK(!wall.view.pages.empty());
  const core::EuropeanTimeZone zone;
  if (const auto change = core::next_screen_change(wall.schedule, kNow, zone)) {
    HGW_FUZZ_CHECK(*change > kNow);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  core::DecodeResult decoded = core::load_document(text, core::DecodeOptions{kNow});
  // A refused document never reaches the wall (the last good one stays).
  HGW_FUZZ_CHECK(decoded.ok() != decoded.diagnostics.has_errors());
  if (!decoded.ok()) return 0;

  // The only source of a wall.
  {
    const std::vector<core::Document> sources{*decoded.document};
    core::Diagnostics notes;
    show_on_wall(core::merge_and_check(sources, notes));
  }
  // The second source after the school's own (its sections win), and the first.
  static const core::Document demo = core::demo_document(kNow);
  for (const bool fuzzed_last : {true, false}) {
    std::vector<core::Document> sources;
    sources.push_back(fuzzed_last ? demo : *decoded.document);
    sources.push_back(fuzzed_last ? *decoded.document : demo);
    core::Diagnostics notes;
    show_on_wall(core::merge_and_check(sources, notes));
  }
  return 0;
}
