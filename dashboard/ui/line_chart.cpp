#include "line_chart.hpp"

#include <algorithm>
#include <cmath>
#include <span>
#include <vector>

namespace hgw::ui {

void draw_below_reference_marker(const DrawContext& context, ImVec2 centre, float size) {
  if (!context.drawing()) return;
  const float half = size / 2;
  context.draw_list().AddTriangleFilled(
      {centre.x - half, centre.y - half * 0.8f}, {centre.x + half, centre.y - half * 0.8f},
      {centre.x, centre.y + half * 0.95f}, context.palette().off_course);
}

void draw_dashed_line(const DrawContext& context, ImVec2 from, ImVec2 to, ImU32 colour,
                      float thickness) {
  if (!context.drawing()) return;
  const float dx = to.x - from.x;
  const float dy = to.y - from.y;
  const float length = std::sqrt(dx * dx + dy * dy);
  if (length <= 0) return;
  const float dash = thickness * 4;
  const float gap = thickness * 3;
  for (float start = 0; start < length; start += dash + gap) {
    const float end = std::min(length, start + dash);
    context.draw_list().AddLine({from.x + dx * start / length, from.y + dy * start / length},
                                {from.x + dx * end / length, from.y + dy * end / length}, colour,
                                thickness);
  }
}

void draw_line_chart(const DrawContext& context, Rect area, const core::TrendView& trend) {
  const Palette& palette = context.palette();
  std::span<const core::TrendPointView> points = trend.points;
  const float label_row = context.line_step(FontRole::body);
  Rect plot = area;
  plot.h = std::max(0.0f, area.h - label_row);
  // Room for the markers at both ends.
  const float margin = context.units(0.6f);
  plot = plot.inset(margin, context.units(0.4f));
  if (points.empty() || plot.w <= 0 || plot.h <= 0) return;
  // The most recent points that stay apart by a marker's width: LVS data has a
  // few a year, so more is a careless source (10 000 points drew for seconds).
  // The first label under the axis says where the chart now starts.
  const auto room = static_cast<std::size_t>(std::max(2.0f, plot.w / context.units(0.65f)));
  if (points.size() > room) {
    context.record_list("trend_points", static_cast<int>(room),
                        static_cast<int>(points.size() - room));
    points = points.last(room);
  }

  // The value range: every point and the reference, with some air. Computed on
  // quarters of the values: scores are free, and the span of -1.7e308 and 1.7e308
  // (air included) overflows a double, while a quarter of it does not.
  constexpr double kScale = 0.25;
  double low = points.front().value * kScale;
  double high = low;
  for (const auto& point : points) {
    low = std::min(low, point.value * kScale);
    high = std::max(high, point.value * kScale);
  }
  if (trend.reference_value) {
    low = std::min(low, *trend.reference_value * kScale);
    high = std::max(high, *trend.reference_value * kScale);
  }
  const double span = std::max(high - low, std::max(kScale, std::abs(high) * 0.05));
  low -= span * 0.15;
  high += span * 0.15;
  auto y_of = [&](double value) {
    return plot.bottom() - static_cast<float>((value * kScale - low) / (high - low)) * plot.h;
  };
  const std::size_t count = points.size();
  auto x_of = [&](std::size_t index) {
    if (count == 1) return plot.x + plot.w / 2;
    return plot.x + plot.w * static_cast<float>(index) / static_cast<float>(count - 1);
  };

  const float thickness = context.units(0.12f);
  if (context.drawing()) {
    ImDrawList& list = context.draw_list();
    list.AddLine({area.x, plot.bottom() + context.units(0.4f)},
                 {area.right(), plot.bottom() + context.units(0.4f)}, palette.rule, thickness / 2);
    if (trend.reference_value) {
      const float y = y_of(*trend.reference_value);
      draw_dashed_line(context, {area.x, y}, {area.right(), y}, palette.reference, thickness);
    }
    std::vector<ImVec2> line;
    for (std::size_t index = 0; index < count; ++index) {
      line.push_back({x_of(index), y_of(points[index].value)});
    }
    if (line.size() > 1) {
      list.AddPolyline(line.data(), static_cast<int>(line.size()), palette.accent, ImDrawFlags_None,
                       thickness * 1.5f);
    }
    const float marker = context.units(0.65f);
    for (std::size_t index = 0; index < count; ++index) {
      if (points[index].below_reference) {
        draw_below_reference_marker(context, line[index], marker * 1.25f);
      } else {
        list.AddCircleFilled(line[index], marker / 2, palette.accent);
        list.AddCircle(line[index], marker / 2, palette.surface, 0, thickness / 2);
      }
    }
  }

  // Measurement moments under the axis: all when they fit between the points, else
  // the first and the last.
  const float label_y = area.bottom() - context.font_size(FontRole::body);
  float widest = 0;
  for (const auto& point : points)
    widest = std::max(widest, context.width_of(FontRole::body, point.label));
  const float spacing = count > 1 ? plot.w / static_cast<float>(count - 1) : plot.w;
  const bool all_fit = widest + context.units(0.6f) <= spacing;
  for (std::size_t index = 0; index < count; ++index) {
    const bool end = index == 0 || index + 1 == count;
    if (!all_fit && !end) continue;
    const float width = std::min(context.width_of(FontRole::body, points[index].label),
                                 count > 1 && all_fit ? spacing : plot.w * 0.45f);
    // Centred under the point, but kept inside the chart's area.
    const float x = std::clamp(x_of(index) - width / 2, area.x, area.right() - width);
    context.text_in(FontRole::body, x, label_y, width, palette.text_muted, points[index].label);
  }
}

}  // namespace hgw::ui
