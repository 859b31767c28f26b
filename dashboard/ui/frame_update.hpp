#pragma once
// Which frame a screen is asked for, and what showing it changed on the output, so
// a screen puts only that on the panel: nothing, the whole frame, or the clock's
// region after a minute tick (docs/ARCHITECTURE.md, "From a source to a pixel").

#include <cstdint>

namespace hgw::ui {

// A frame in two parts: what it shows but the clock's time, and that time. The
// kiosk loop computes both; a screen compares them with its last frame's.
struct FrameKey {
  std::uint64_t content = 0;
  std::uint64_t clock = 0;

  bool operator==(const FrameKey&) const = default;
  // One number that changes with either part, for a screen that knows only whole
  // frames.
  std::uint64_t combined() const { return content * 0x9E3779B97F4A7C15ULL + clock; }
};

// Whole pixels: [x, x + w) × [y, y + h).
struct PixelRect {
  int x = 0;
  int y = 0;
  int w = 0;
  int h = 0;

  bool empty() const { return w <= 0 || h <= 0; }
  bool operator==(const PixelRect&) const = default;
};

enum class FrameChange {
  none,    // the finished frame copied again (after the window was exposed)
  whole,   // the whole frame drawn
  region,  // only `FrameUpdate::region` drawn: the clock, the minute after
};

struct FrameUpdate {
  FrameChange change = FrameChange::none;
  // The output's pixels that were drawn: the whole output, the clock's region
  // (turned with the page), or none.
  PixelRect region;
};

}  // namespace hgw::ui
