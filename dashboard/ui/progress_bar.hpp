#pragma once
// A goal's way from baseline to target: a track from the start value (left) to the
// target (right), filled up to the current value in the status colour, and the
// three values written under it ("Start 81%  Nu 87%  Doel 90%"). A goal that fell
// below its start shows the fall left of the start, marked, with "gedaald −2 pt".

#include "core/view_model.hpp"
#include "draw_context.hpp"

namespace hgw::ui {

// The bar alone, `height` high: progress in the status colour, or the fall.
void draw_progress_track(const DrawContext& context, float x, float y, float width, float height,
                         const core::GoalView& goal);
// Height of bar and value rows together; 0 when the goal has no measure.
float goal_progress_height(const DrawContext& context, const core::GoalView& goal);
// Draws at (x, y) in `width`; returns the height used.
float draw_goal_progress(const DrawContext& context, float x, float y, float width,
                         const core::GoalView& goal);

}  // namespace hgw::ui
