#pragma once
// A console's screen driven through DRM/KMS dumb buffers (libdrm), with no GL at
// all: two buffers in the CPU's memory, the mode set once, a page flip only when a
// new frame was copied in (docs/ARCHITECTURE.md, "Presenting without GL").

#include <cstdint>
#include <memory>
#include <string>

#include "pitched_rows.hpp"

namespace hgw::ui {

class DrmOutput {
 public:
  // Opens the first /dev/dri/card* with a connected screen, takes its preferred
  // mode (ui/drm_output_choice.hpp) and shows a black frame. Throws
  // std::runtime_error naming the device and the call that failed (no DRM device,
  // another program is DRM master, no connected screen …).
  DrmOutput();
  // Puts back the mode and framebuffer the CRTC showed before (the text console).
  ~DrmOutput();
  DrmOutput(const DrmOutput&) = delete;
  DrmOutput& operator=(const DrmOutput&) = delete;

  int width() const;
  int height() const;
  // The buffer not on screen: XRGB8888, `pitch` bytes a row.
  PixelRows back_buffer();
  // Shows the back buffer (a page flip, waited for, so the next back buffer is
  // free to write) and swaps the two. Throws std::runtime_error when the driver
  // refuses both a flip and a mode set.
  void present();
  // "/dev/dri/card0, Virtual-1, 1280×800 at 60 Hz, page flips", for the log.
  std::string description() const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace hgw::ui
