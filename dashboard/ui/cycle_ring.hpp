#pragma once
// The HGW cycle as a ring of four phases, clockwise from the top, each in its own
// colour, named beside its arc, with an arrow at its end for the cycle's direction;
// every team is a dot (with its initial) on its phase, as far along the arc as it
// is through its phase (core's phase_progress).

#include <string>
#include <vector>

#include "core/view_model.hpp"
#include "draw_context.hpp"

namespace hgw::ui {

// The mark each team's dot carries, in the order of `teams`: the first letter of
// its name when those are all different (B for Bovenbouw), else A, B, C, … so
// that ring and list can never be confused.
std::vector<std::string> team_marks(const std::vector<core::TeamView>& teams);
// The mark of one team of `teams`.
std::string team_mark(const std::vector<core::TeamView>& teams, const core::TeamView& team);

// A dot with the team's mark, as on the ring; the team list repeats it.
void draw_team_dot(const DrawContext& context, ImVec2 centre, float radius, const std::string& mark,
                   ImU32 colour);

// Draws the ring centred in `area` (as large as fits with the phase names above and
// below it). `phase_labels` names the four phases in the cycle's order.
void draw_cycle_ring(const DrawContext& context, Rect area,
                     const std::vector<core::TeamView>& teams,
                     const std::vector<std::string>& phase_labels);

}  // namespace hgw::ui
