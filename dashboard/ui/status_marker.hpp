#pragma once
// Status told by shape as well as colour (and, next to it, by the view model's
// word): on course ●, attention ▲, not achieved ■, achieved ✓, unknown ○.
// Trend directions get arrows: rising ↗, stable →, falling ↘.

#include <optional>
#include <string_view>

#include "core/i18n.hpp"
#include "draw_context.hpp"

namespace hgw::ui {

void draw_status_shape(const DrawContext& context, ImVec2 centre, float size,
                       std::optional<core::GoalStatus> status);
// The same shape in another colour (the action table's group headings).
void draw_status_shape(const DrawContext& context, ImVec2 centre, float size,
                       std::optional<core::GoalStatus> status, ImU32 colour);

// Shape followed by the status word in the status colour. Returns the width used.
float status_label_width(const DrawContext& context, std::string_view label);
float draw_status_label(const DrawContext& context, float x, float y, float max_width,
                        std::optional<core::GoalStatus> status, std::string_view label);

void draw_direction_arrow(const DrawContext& context, ImVec2 centre, float size,
                          core::TrendDirection direction, ImU32 colour);

}  // namespace hgw::ui
