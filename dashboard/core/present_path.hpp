#pragma once
// How the kiosk's frames reach the screen (issue 15). The GPU path (SDL's GL
// renderer, KMSDRM + GLES on a console) maps mesa and its LLVM — about 45 MiB —
// so it is worth it only where a hardware GL driver does the drawing. Everywhere
// else the frame is drawn in software and put on screen without GL: on a console
// through DRM/KMS dumb buffers (ui/drm_screen.cpp), on X11/Wayland through the
// window's framebuffer. A pure decision over what the probe found, so it is
// tested without a screen.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hgw::core {

enum class PresentChoice { automatic, gpu, framebuffer };  // --present / [display] present
enum class PresentPath { gpu, framebuffer };

struct PresentProbe {
  bool desktop = false;  // an X11 or Wayland session (DISPLAY / WAYLAND_DISPLAY)
  // The kernel drivers of the DRM render nodes (/sys/class/drm/renderD*/device/driver).
  std::vector<std::string> render_drivers;
};

// Why the path was taken, for the setup page in the wall's language (i18n).
enum class PresentReason {
  asked,                       // --present or [display] present said so
  console_with_gpu,            // a console with vc4/v3d
  console_without_gpu,         // a console without: DRM dumb buffers, no GL
  console_framebuffer_failed,  // the dumb buffers could not be opened: KMSDRM, GL in software
  desktop_with_gpu,            // X11/Wayland with vc4/v3d
  desktop_without_gpu,         // X11/Wayland without: the window's framebuffer, no GL
};

struct PresentDecision {
  PresentPath path = PresentPath::framebuffer;
  std::string reason;  // one English line for --version --verbose and the log
  PresentReason why = PresentReason::desktop_without_gpu;
  std::string driver;  // the hardware GL driver found ("v3d"), when one was
};

// "auto", "gpu" or "framebuffer".
std::optional<PresentChoice> parse_present_choice(std::string_view text);
std::string_view present_path_key(PresentPath path);

// Whether `driver` is a GPU that really draws GL (the Pi's vc4 and v3d); a render
// node of virtio-gpu, vgem or a desktop without its driver named here does not count.
bool is_hardware_gl_driver(std::string_view driver);

PresentDecision choose_present_path(PresentChoice choice, const PresentProbe& probe);

// The framebuffer path on a console could not start (`failure`: no DRM device, not
// DRM master, …): the kiosk falls back to SDL's KMSDRM, which draws GL in software
// where no hardware GL driver is there.
PresentDecision framebuffer_failed_on_console(std::string_view failure);

}  // namespace hgw::core
