#include "present_probe.hpp"

#include <strings.h>

#include <cstdlib>
#include <filesystem>

#include "core/config.hpp"
#include "platform/config_search.hpp"
#include "wall_feed.hpp"

namespace hgw::app {
namespace {

bool set(const char* name) {
  const char* value = std::getenv(name);
  return value != nullptr && *value != '\0';
}

}  // namespace

core::PresentProbe probe_present() {
  core::PresentProbe probe;
  probe.desktop = set("DISPLAY") || set("WAYLAND_DISPLAY");
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator("/sys/class/drm", error)) {
    if (!entry.path().filename().string().starts_with("renderD")) continue;
    const auto driver = std::filesystem::read_symlink(entry.path() / "device" / "driver", error);
    if (!error) probe.render_drivers.push_back(driver.filename().string());
  }
  return probe;
}

core::PresentDecision decide_present(const CommandLine& command,
                                     std::optional<core::PresentChoice> configured,
                                     const core::PresentProbe& probe) {
  const auto choice = command.present.value_or(configured.value_or(core::PresentChoice::automatic));
  return core::choose_present_path(choice, probe);
}

core::PresentDecision decide_present(const CommandLine& command,
                                     std::optional<core::PresentChoice> configured) {
  return decide_present(command, configured, probe_present());
}

bool presents_on_drm(const core::PresentDecision& decision, const core::PresentProbe& probe) {
  if (decision.path != core::PresentPath::framebuffer || probe.desktop) return false;
  const char* driver = std::getenv("SDL_VIDEODRIVER");
  return driver == nullptr || *driver == '\0' || ::strcasecmp(driver, "kmsdrm") == 0;
}

void print_present_decision(const CommandLine& command, std::ostream& out) {
  std::optional<core::PresentChoice> configured;
  if (const auto path = platform::find_config(command.config_path)) {
    const auto loaded = core::load_config(*path);
    if (loaded.config) configured = loaded.config->display.present;
  }
  const auto decision = decide_present(command, configured);
  out << "present: " << core::present_path_key(decision.path) << " (" << decision.reason << ")\n";
}

}  // namespace hgw::app
