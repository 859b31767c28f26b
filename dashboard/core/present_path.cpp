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
  if (!probe.desktop) {
    // SDL2's console backend (KMSDRM) needs GBM + EGL: until the kiosk puts frames
    // on DRM dumb buffers itself, a console has no GL-free path at all.
    if (choice == PresentChoice::framebuffer) {
      return {PresentPath::gpu,
              "framebuffer asked for, but a console has no GL-free path yet (KMSDRM needs EGL)",
              PresentReason::console_has_no_gl_free, ""};
    }
    if (has_gpu) {
      return {PresentPath::gpu, "console with a hardware GL driver (" + *gpu + ")",
              PresentReason::console_with_gpu, *gpu};
    }
    return {PresentPath::gpu,
            "console without a hardware GL driver; KMSDRM needs EGL, so GL is drawn in software",
            PresentReason::console_without_gpu, ""};
  }
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
  if (has_gpu) {
    return {PresentPath::gpu, "desktop with a hardware GL driver (" + *gpu + ")",
            PresentReason::desktop_with_gpu, *gpu};
  }
  return {PresentPath::framebuffer,
          "desktop without a hardware GL driver (vc4/v3d): GL would only be drawn in software",
          PresentReason::desktop_without_gpu, ""};
}

}  // namespace hgw::core
