#pragma once
// Colours of the wall, dark and light. Built on the Okabe–Ito palette so the
// status colours stay apart for colour-blind viewers; status is never told by
// colour alone (status_marker.hpp adds a shape, the view model a word).

#include <imgui.h>

#include <array>
#include <optional>

#include "core/document.hpp"
#include "core/view_model.hpp"

namespace hgw::ui {

struct Palette {
  ImU32 background = 0;
  ImU32 surface = 0;         // cards
  ImU32 surface_raised = 0;  // table header, bar tracks
  ImU32 text = 0;
  ImU32 text_muted = 0;  // still readable from four metres: contrast ≥ 4.5:1 on surface
  ImU32 rule = 0;        // separators and chart axes
  ImU32 accent = 0;      // headings, chart lines
  ImU32 on_course = 0;
  ImU32 attention = 0;
  ImU32 off_course = 0;
  ImU32 achieved = 0;
  ImU32 reference = 0;  // the dashed reference line in charts
  ImU32 demo_fill = 0;
  ImU32 demo_text = 0;
  std::array<ImU32, 4> phases{};          // the four phases of the cycle, in ring order
  std::array<ImU32, 4> support_levels{};  // pyramid levels 1..4
};

const Palette& palette_for(core::Theme theme);

// The colour of a goal status; absent status (nothing measured) is muted.
ImU32 status_colour(const Palette& palette, std::optional<core::GoalStatus> status);

// How a figure moved, for the school: good news in the on-course colour, bad in
// the off-course one, no news in `neutral` (the place's own colour).
ImU32 tone_colour(const Palette& palette, core::TrendTone tone, ImU32 neutral);

}  // namespace hgw::ui
