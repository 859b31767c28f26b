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

namespace hgw::ui {

struct FrameRequest {
  const core::ViewModel* model = nullptr;
  core::Page page = core::Page::overzicht;
  // The setup page, drawn instead of `page` when it says it is shown (core decides).
  const core::SetupView* setup = nullptr;
};

// Draws the whole frame into `draw_list` for a screen of `size` pixels.
void draw_frame(ImDrawList& draw_list, const FontSet& fonts, const FrameRequest& request,
                ImVec2 size, FrameRecord* record);

// The colour the renderer clears to before drawing (the theme's background).
ImU32 background_colour(const core::ViewModel& model);

}  // namespace hgw::ui
