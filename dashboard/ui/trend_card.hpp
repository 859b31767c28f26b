#pragma once
// A trend as a card: title, direction (arrow and word) and latest value, the line
// chart when there is room, and a legend that says what the dashed line is, what
// the triangles mean and how many measurements were left out for privacy.

#include "core/view_model.hpp"
#include "draw_context.hpp"

namespace hgw::ui {

enum class TrendCardStyle {
  headline,  // title, direction and latest value only
  summary,   // and the legend (reference, under the reference, privacy note)
  chart,     // and the line chart, filling the card's area
};

// Without chart the card takes its natural height (returned); with chart it fills
// `area` and the chart takes what the texts leave.
float trend_card(const DrawContext& context, Rect area, const core::TrendView& trend,
                 TrendCardStyle style);

// Height of the texts of a charted card: what a cell must hold besides the chart.
float trend_card_text_height(const DrawContext& context, float width, const core::TrendView& trend);

}  // namespace hgw::ui
