#pragma once
// A goal as a card, in four sizes: minimal (title, status, progress, and how the
// measure moved since an action for it began), compact (and the evaluation
// countdown), with the next step (feed forward), or full (feed up, feedback, feed
// forward). The overview uses a smaller summary card.

#include "core/view_model.hpp"
#include "draw_context.hpp"

namespace hgw::ui {

enum class GoalDetail { summary, minimal, compact, next_step, full };

// Lays out (or measures, see CardLayout) one goal card; returns its height.
float goal_card(const DrawContext& context, Rect area, const core::GoalView& goal,
                GoalDetail detail);

}  // namespace hgw::ui
