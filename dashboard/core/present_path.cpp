#include "present_path.hpp"

#include <algorithm>

namespace hgw::core {

std::optional<PresentChoice> parse_present_choice(std::string_view text) {
  if (text == "auto") return PresentChoice::automatic;
  if (text == "gpu") return PresentChoice::gpu;
  if (text == "framebuffer") return PresentChoice::framebuffer;
  return std::nullopt;
}

std::string_view present_path_key(PresentPath path) {
  return path == PresentPath::gpu ? "gpu" : "framebuffer";
}

bool is_hardware_gl_driver(std::string_view driver) {
  return driver == "vc4" || driver == "v3d";
}

PresentDecision choose_present_path(PresentChoice choice, const PresentProbe& probe) {
  const auto gpu =
      std::find_if(probe.render_drivers.begin(), probe.render_drivers.end(),
                   [](const std::string& driver) { return is_hardware_gl_driver(driver); });
  const bool has_gpu = gpu != probe.render_drivers.end();
  switch (choice) {
    case PresentChoice::gpu:
      return {PresentPath::gpu, "asked for (--present gpu or present = gpu)", PresentReason::asked,
              ""};
    case PresentChoice::framebuffer:
      return {PresentPath::framebuffer,
              "asked for (--present framebuffer or present = framebuffer)", PresentReason::asked,
              ""};
    case PresentChoice::automatic:
      break;
  }
  if (!probe.desktop) {
    if (has_gpu) {
      return {PresentPath::gpu, "console with a hardware GL driver (" + *gpu + ")",
              PresentReason::console_with_gpu, *gpu};
    }
    return {PresentPath::framebuffer,
            "console without a hardware GL driver (vc4/v3d): frames drawn in software on DRM "
            "dumb buffers, no GL",
            PresentReason::console_without_gpu, ""};
  }
  if (has_gpu) {
    return {PresentPath::gpu, "desktop with a hardware GL driver (" + *gpu + ")",
            PresentReason::desktop_with_gpu, *gpu};
  }
  return {PresentPath::framebuffer,
          "desktop without a hardware GL driver (vc4/v3d): GL would only be drawn in software",
          PresentReason::desktop_without_gpu, ""};
}

PresentDecision framebuffer_failed_on_console(std::string_view failure) {
  return {PresentPath::gpu,
          "DRM dumb buffers failed (" + std::string(failure) +
              "); SDL's KMSDRM with GL instead (drawn in software without a GPU)",
          PresentReason::console_framebuffer_failed, ""};
}

}  // namespace hgw::core
