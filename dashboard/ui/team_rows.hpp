#pragma once
// The overview's rows of leerteams, the kc'er's first question: where each team is
// in the cycle (phase, days left), its next meeting, its goals' status marks and
// its late actions. One line per team where the width allows, else two.

#include "core/view_model.hpp"
#include "draw_context.hpp"
#include "stack_share.hpp"

namespace hgw::ui {

// Each row's height and the panel around them, for stack_height and share_height.
StackNeed team_rows_need(const DrawContext& context, const core::ViewModel& model, float width);

// Draws the first `most` rows that fit in `area` on one panel, and "+ N meer" for
// the rest; records the list as "overview_teams".
void draw_team_rows(const DrawContext& context, const core::ViewModel& model, Rect area, int most);

}  // namespace hgw::ui
