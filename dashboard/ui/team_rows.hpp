#pragma once
// The overview's rows of leerteams, the kc'er's first question: where each team is
// in the cycle (phase, days left), its next meeting, its goals' status marks and
// its late actions. One line per team where the width allows, else two.

#include "core/view_model.hpp"
#include "draw_context.hpp"
#include "stack_share.hpp"

namespace hgw::ui {

// Each row's height and the panel around them, for stack_height and share_height.
// Rows past `within` (a height no more of them can fit in) are not measured: they
// count as one line each, so a school of 10 000 teams costs what a screen shows.
StackNeed team_rows_need(const DrawContext& context, const core::ViewModel& model, float width,
                         float within);

// Draws the first `most` rows that fit in `area` on one panel, and "+ N meer" for
// the rest; records the list as "overview_teams".
void draw_team_rows(const DrawContext& context, const core::ViewModel& model, Rect area, int most);

}  // namespace hgw::ui
