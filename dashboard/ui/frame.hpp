#pragma once
// One frame of the wall: header (school, period, date and time, demo marker),
// the page, and footer (messages, data freshness, page indicator). Renderers
// (headless_renderer, the kiosk canvas) call draw_frame; pages never know where
// they are shown.

#include <imgui.h>

#include <optional>
#include <string>
#include <vector>

#include "core/setup_view.hpp"
#include "core/view_model.hpp"
#include "fonts.hpp"
#include "frame_record.hpp"
#include "frame_update.hpp"

namespace hgw::ui {

struct FrameRequest {
  const core::ViewModel* model = nullptr;
  core::Page page = core::Page::overzicht;
  // The setup page, drawn instead of `page` when it says it is shown (core decides).
  const core::SetupView* setup = nullptr;
  // Which part of a page whose items take more than one screen (0-based; a part
  // past the last is drawn as the last).
  int part = 0;
};

// Draws the whole frame into `draw_list` for a screen of `size` pixels.
void draw_frame(ImDrawList& draw_list, const FontSet& fonts, const FrameRequest& request,
                ImVec2 size, FrameRecord* record);

// How many parts the page of `request` takes on a screen of `size` (1 for the
// setup page and pages that never continue): the same layout as draw_frame's,
// only measured, so the two never disagree.
int page_part_count(const FontSet& fonts, const FrameRequest& request, ImVec2 size);

// The clock's pixels in the header on a screen of `size`: its text's box padded
// into the blank room around it (the frame's margin, the gap before the school's
// name) and widened to whole pixels, so that redrawing this alone leaves no seam.
// All a minute tick changes when nothing else did.
PixelRect clock_pixels(const FontSet& fonts, const FrameRequest& request, ImVec2 size);

// The colour the renderer clears to before drawing (the theme's background).
ImU32 background_colour(const core::ViewModel& model);

}  // namespace hgw::ui
