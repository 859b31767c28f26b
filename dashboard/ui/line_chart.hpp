#pragma once
// A trend as a line chart: the measurements oldest to newest, the reference as a
// dashed line, points under the reference drawn as downward triangles (others as
// dots), the measurement moments ("M5", "E5") under the axis when they fit, and a
// thin labelled line where an action for the goal began ("actie 7 sep").

#include "core/view_model.hpp"
#include "draw_context.hpp"

namespace hgw::ui {

void draw_line_chart(const DrawContext& context, Rect area, const core::TrendView& trend);

// The marker of a point under the reference; the legend repeats it.
void draw_below_reference_marker(const DrawContext& context, ImVec2 centre, float size);
// A short dashed line, as in the chart; the legend repeats it.
void draw_dashed_line(const DrawContext& context, ImVec2 from, ImVec2 to, ImU32 colour,
                      float thickness);

}  // namespace hgw::ui
