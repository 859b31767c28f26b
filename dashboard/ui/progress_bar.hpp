#pragma once
// A goal's way from baseline to target: a track from the start value (left) to the
// target (right), filled up to the current value in the status colour, and the
// three values written under it ("Start 81%  Nu 87%  Doel 90%").

#include "core/view_model.hpp"
#include "draw_context.hpp"

namespace hgw::ui {

// Height of bar and value row together; 0 when the goal has no measure.
float goal_progress_height(const DrawContext& context, const core::GoalView& goal);
// Draws at (x, y) in `width`; returns the height used.
float draw_goal_progress(const DrawContext& context, float x, float y, float width,
                         const core::GoalView& goal);

}  // namespace hgw::ui
