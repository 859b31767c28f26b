#include "trend_card.hpp"

#include <algorithm>
#include <string>

#include "card.hpp"
#include "line_chart.hpp"
#include "status_marker.hpp"

namespace hgw::ui {
namespace {

bool any_below_reference(const core::TrendView& trend) {
  return std::any_of(trend.points.begin(), trend.points.end(),
                     [](const core::TrendPointView& point) { return point.below_reference; });
}

// Title, and the row with direction and latest value.
float top_part(const DrawContext& context, float x, float y, float width,
               const core::TrendView& trend, int title_lines) {
  const Palette& palette = context.palette();
  const float start = y;
  y += context.paragraph(FontRole::body_bold, x, y, width, palette.text, trend.title, title_lines);
  y += context.units(0.15f);
  const FontRole value_role = FontRole::heading;
  const float row = context.font_size(value_role);
  // The latest value, large, with when it was measured, small, after it.
  const std::string moment =
      trend.latest_moment_text.empty() ? std::string() : "\u00b7 " + trend.latest_moment_text;
  const float moment_gap = moment.empty() ? 0.0f : context.units(0.3f);
  const float moment_width =
      std::min(width * 0.25f, context.width_of(FontRole::body, moment) + moment_gap);
  const float value_width =
      std::min(width * 0.4f - moment_width, context.width_of(value_role, trend.latest_text));
  const float headline_width = value_width + moment_width;
  const ImU32 value_colour = trend.latest_below_reference ? palette.off_course : palette.text;
  context.text_in(value_role, x + width - headline_width, y, value_width, value_colour,
                  trend.latest_text, Align::right);
  const float text_y = y + (row - context.unit()) / 2;
  if (!moment.empty()) {
    context.text_in(FontRole::body, x + width - moment_width + moment_gap, text_y,
                    moment_width - moment_gap, palette.text_muted, moment);
  }
  // A stable or unknown direction in the chart's own colour.
  const ImU32 direction_colour = tone_colour(palette, trend.direction_tone, palette.accent);
  const float arrow = context.unit();
  draw_direction_arrow(context, {x + arrow / 2, text_y + context.unit() / 2}, arrow,
                       trend.direction, direction_colour);
  const float label_x = x + arrow * 1.4f;
  context.text_in(
      FontRole::body, label_x, text_y,
      std::max(0.0f, width - headline_width - arrow * 1.4f - context.units(0.5f)),
      trend.direction_tone == core::TrendTone::neutral ? palette.text : direction_colour,
      trend.direction_label);
  y += row + context.units(0.15f);
  return y - start;
}

// Reference, the under-the-reference mark, and the privacy note, one line each.
float legend(const DrawContext& context, float x, float y, float width,
             const core::TrendView& trend) {
  const Palette& palette = context.palette();
  const float step = context.line_step(FontRole::body);
  const float sample = context.units(1.6f);
  const float start = y;
  if (!trend.reference_label.empty()) {
    const float middle = y + context.unit() / 2;
    draw_dashed_line(context, {x, middle}, {x + sample, middle}, palette.reference,
                     context.units(0.12f));
    context.text_in(FontRole::body, x + sample + context.units(0.4f), y,
                    width - sample - context.units(0.4f), palette.text_muted,
                    trend.reference_label);
    y += step;
  }
  if (any_below_reference(trend)) {
    draw_below_reference_marker(context, {x + sample / 2, y + context.unit() / 2},
                                context.units(0.8f));
    context.text_in(FontRole::body, x + sample + context.units(0.4f), y,
                    width - sample - context.units(0.4f), palette.text_muted,
                    core::phrase(core::Phrase::under_reference, context.language()));
    y += step;
  }
  if (!trend.suppressed_text.empty()) {
    y += context.paragraph(FontRole::body_bold, x, y, width, palette.attention,
                           trend.suppressed_text, 2);
  }
  return y - start;
}

}  // namespace

float trend_card_text_height(const DrawContext& context, float width,
                             const core::TrendView& trend) {
  const DrawContext measure = context.measuring();
  const float pad = context.units(kCardPadding);
  const float inner = width - 2 * pad;
  return 2 * pad + top_part(measure, 0, 0, inner, trend, 2) + legend(measure, 0, 0, inner, trend) +
         context.units(0.3f);
}

float trend_card(const DrawContext& context, Rect area, const core::TrendView& trend,
                 TrendCardStyle style) {
  const Palette& palette = context.palette();
  const ImU32 stripe = trend.needs_attention ? palette.attention : 0;
  if (context.drawing()) draw_card(context, area, stripe);
  const auto [pad, x, top, width] = card_text(context, area);
  float y = top;
  y += top_part(context, x, y, width, trend, style == TrendCardStyle::headline ? 1 : 2);
  if (style == TrendCardStyle::headline) return y - context.units(0.15f) + pad - area.y;
  if (style == TrendCardStyle::chart) {
    const float legend_height = legend(context.measuring(), x, 0, width, trend);
    const float chart_height = area.bottom() - pad - legend_height - context.units(0.3f) - y;
    // Lower than this, the axis could not write its lowest and highest value.
    if (chart_height > context.units(3.5f)) {
      draw_line_chart(context, {x, y, width, chart_height}, trend);
      y += chart_height + context.units(0.3f);
    }
  }
  y += legend(context, x, y, width, trend);
  return y + pad - area.y;
}

}  // namespace hgw::ui
