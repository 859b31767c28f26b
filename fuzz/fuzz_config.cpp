// Fuzz target: the wall's INI config file (core::parse_config, what load_config
// runs on the file's text), then what the kiosk takes from it: the view options
// and the screen schedule with no document yet (app/kiosk_loop.cpp).

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/config.hpp"
#include "core/screen_schedule.hpp"
#include "core/time_zone.hpp"
#include "core/wall_settings.hpp"
#include "fuzz_check.hpp"

namespace {

using namespace hgw;

constexpr const char* kFile = "/boot/firmware/hgw-dashboard.conf";
const core::Instant kNow{1796022000, 60};  // Monday 30 November 2026, 08:00

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const core::ConfigResult result = core::parse_config(text, kFile);
  HGW_FUZZ_CHECK(result.ok() != result.diagnostics.has_errors());
  // Every problem names the file it is in (FILE:LINE: ...).
  for (const auto& entry : result.diagnostics.entries())
    HGW_FUZZ_CHECK(entry.to_string().starts_with(kFile));
  if (!result.ok()) return 0;

  const core::Config& config = *result.config;
  for (const auto& source : config.sources) {
    HGW_FUZZ_CHECK(!source.url.empty());
    HGW_FUZZ_CHECK(source.poll_seconds >= core::kMinimumPollSeconds &&
                   source.poll_seconds <= core::kMaximumPollSeconds);
  }
  const int rotation = config.display.rotation;
  HGW_FUZZ_CHECK(rotation == 0 || rotation == 90 || rotation == 180 || rotation == 270);

  core::Document empty;
  empty.format = "hgw-dashboard/1";
  (void)core::wall_view_options(config.display, empty, {});
  (void)core::wall_page_seconds(config.display, empty, 20);
  const core::ScreenSchedule schedule = core::wall_schedule(config.schedule, empty);
  const core::EuropeanTimeZone zone;
  if (const auto change = core::next_screen_change(schedule, kNow, zone)) {
    HGW_FUZZ_CHECK(*change > kNow);
  }
  return 0;
}
