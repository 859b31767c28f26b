#pragma once
// The HGW cycle as a ring of four phases, clockwise from the top, each in its own
// colour with its number; every team is a dot (with its initial) on its phase.

#include <string>
#include <vector>

#include "core/view_model.hpp"
#include "draw_context.hpp"

namespace hgw::ui {

// The letter a team's dot carries: the first character of its name.
std::string team_initial(const core::TeamView& team);

// A filled dot with the team's initial, as on the ring; the team list repeats it.
void draw_team_dot(const DrawContext& context, ImVec2 centre, float radius,
                   const core::TeamView& team, ImU32 colour);

// Draws the ring centred in `area` (as large as fits).
void draw_cycle_ring(const DrawContext& context, Rect area,
                     const std::vector<core::TeamView>& teams);

}  // namespace hgw::ui
