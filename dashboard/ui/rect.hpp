#pragma once
// A screen rectangle and the "cut" helpers the pages lay out with: take a slice off
// one side of what is left, so nothing can be placed twice or outside its area.

#include <imgui.h>

#include <algorithm>

namespace hgw::ui {

struct Rect {
  float x = 0;
  float y = 0;
  float w = 0;
  float h = 0;

  float right() const { return x + w; }
  float bottom() const { return y + h; }
  ImVec2 min() const { return {x, y}; }
  ImVec2 max() const { return {x + w, y + h}; }
  ImVec2 centre() const { return {x + w / 2, y + h / 2}; }
  Rect inset(float by) const { return inset(by, by); }
  Rect inset(float horizontal, float vertical) const {
    return {x + horizontal, y + vertical, std::max(0.0f, w - 2 * horizontal),
            std::max(0.0f, h - 2 * vertical)};
  }
};

// Removes a slice of `size` from the named side of `area` and returns it.
inline Rect cut_top(Rect& area, float size) {
  size = std::clamp(size, 0.0f, area.h);
  const Rect slice{area.x, area.y, area.w, size};
  area.y += size;
  area.h -= size;
  return slice;
}
inline Rect cut_bottom(Rect& area, float size) {
  size = std::clamp(size, 0.0f, area.h);
  area.h -= size;
  return {area.x, area.y + area.h, area.w, size};
}
inline Rect cut_left(Rect& area, float size) {
  size = std::clamp(size, 0.0f, area.w);
  const Rect slice{area.x, area.y, size, area.h};
  area.x += size;
  area.w -= size;
  return slice;
}
inline Rect cut_right(Rect& area, float size) {
  size = std::clamp(size, 0.0f, area.w);
  area.w -= size;
  return {area.x + area.w, area.y, size, area.h};
}

}  // namespace hgw::ui
