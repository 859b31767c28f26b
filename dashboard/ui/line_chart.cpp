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

namespace {

struct Span {
  float top = 0;
  float bottom = 0;
  bool meets(const Span& other, float gap) const {
    return top < other.bottom + gap && other.top < bottom + gap;
  }
};

// The axis' values left of the plot: the lowest and the highest first, then the
// reference, then the round values between, each only where it does not touch one
// already written. A low chart keeps the bounds; the legend repeats the reference.
void draw_axis_labels(const DrawContext& context, const core::TrendView& trend, float left,
                      float width, float plot_bottom, float plot_height) {
  const Palette& palette = context.palette();
  const float size = context.font_size(FontRole::body);
  std::vector<const core::TrendTickView*> order;
  for (int pass = 0; pass < 3; ++pass) {
    for (const auto& tick : trend.axis.ticks) {
      const int rank = tick.is_bound ? 0 : (tick.is_reference ? 1 : 2);
      if (rank == pass) order.push_back(&tick);
    }
  }
  std::vector<Span> written;
  for (const auto* tick : order) {
    const float y = plot_bottom - static_cast<float>(tick->height) * plot_height;
    const Span span{y - size / 2, y + size / 2};
    const bool free = std::none_of(written.begin(), written.end(), [&](const Span& other) {
      return span.meets(other, context.units(0.1f));
    });
    if (!free) continue;
    written.push_back(span);
    const ImU32 colour = tick->is_reference ? palette.reference : palette.text_muted;
    context.text_in(FontRole::body, left, span.top, width, colour, tick->text, Align::right);
  }
}

// The line's height (0..1) where it passes `x`, between the points around it.
double line_height_at(std::span<const core::TrendPointView> points, double x) {
  if (x <= points.front().x) return points.front().height;
  for (std::size_t index = 1; index < points.size(); ++index) {
    const auto& left = points[index - 1];
    const auto& right = points[index];
    if (x > right.x) continue;
    const double span = right.x - left.x;
    return span > 0 ? left.height + (right.height - left.height) * (x - left.x) / span
                    : right.height;
  }
  return points.back().height;
}

}  // namespace

void draw_line_chart(const DrawContext& context, Rect area, const core::TrendView& trend) {
  const Palette& palette = context.palette();
  std::span<const core::TrendPointView> points = trend.points;
  const float size = context.font_size(FontRole::body);
  const float label_row = context.line_step(FontRole::body);
  // The axis' values take a column on the left, as wide as the widest.
  float gutter = 0;
  for (const auto& tick : trend.axis.ticks)
    gutter = std::max(gutter, context.width_of(FontRole::body, tick.text));
  gutter = std::min(gutter, area.w * 0.35f);
  const float gutter_gap = context.units(0.5f);
  // Room for the markers at both ends, and for half an axis label above the top
  // and below the bottom value.
  const float margin = context.units(0.6f);
  Rect plot{area.x + gutter + gutter_gap + margin, area.y + size / 2,
            area.w - gutter - gutter_gap - 2 * margin, area.h - label_row - size};
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
  // Positions come from the view model; only a shortened run is stretched to fill.
  const double first_x = points.size() < trend.points.size() ? points.front().x : 0.0;
  const double x_span = 1.0 - first_x;
  auto x_of_along = [&](double x) {
    const double along = x_span > 0 ? (x - first_x) / x_span : 0.5;
    return plot.x + static_cast<float>(along) * plot.w;
  };
  auto x_of = [&](const core::TrendPointView& point) { return x_of_along(point.x); };
  auto y_of = [&](double height) { return plot.bottom() - static_cast<float>(height) * plot.h; };

  const float thickness = context.units(0.12f);
  const float line_left = area.x + gutter + gutter_gap;
  const std::size_t count = points.size();
  std::vector<ImVec2> line;
  for (const auto& point : points)
    line.push_back({x_of(point), y_of(point.height)});
  if (context.drawing()) {
    ImDrawList& list = context.draw_list();
    for (const auto& tick : trend.axis.ticks) {
      if (tick.is_reference) continue;
      const float y = y_of(tick.height);
      list.AddLine({line_left, y}, {area.right(), y}, palette.rule,
                   tick.is_bound ? thickness / 2 : thickness / 4);
    }
    if (trend.reference_height) {
      const float y = y_of(*trend.reference_height);
      draw_dashed_line(context, {line_left, y}, {area.right(), y}, palette.reference, thickness);
    }
    // Where an action for the goal began: a thin line behind the measurements.
    for (const auto& marker : trend.action_markers) {
      if (marker.x < first_x) continue;
      const float x = x_of_along(marker.x);
      list.AddLine({x, plot.y}, {x, plot.bottom()}, palette.text_muted, thickness / 2);
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
  draw_axis_labels(context, trend, area.x, gutter, plot.bottom(), plot.h);

  // The last point says its value: above it, or below when the top or the
  // reference line is in the way, on the side with the most room.
  const auto& latest = points.back();
  const float value_width = context.width_of(FontRole::body_bold, latest.value_text);
  const float value_x =
      std::max(plot.x, std::min(line.back().x - value_width / 2, area.right() - value_width));
  const float clearance = context.units(0.55f);
  const Span above{line.back().y - clearance - size, line.back().y - clearance};
  const Span below{line.back().y + clearance, line.back().y + clearance + size};
  // Between the top of the chart and the moments under it, clear of the reference line.
  const float lowest_top = area.bottom() - size - context.units(0.1f);
  auto room_around = [&](const Span& place) {
    float space = std::min(place.top - area.y, lowest_top - place.bottom);
    if (trend.reference_height) {
      const float y = y_of(*trend.reference_height);
      const float off_line = std::max(place.top - y, y - place.bottom);
      space = std::min(space, off_line);
    }
    return space;
  };
  const float room_above = room_around(above);
  const bool go_above = room_above >= context.units(0.2f) || room_above >= room_around(below);
  const Span& chosen = go_above ? above : below;
  const float value_y = std::clamp(chosen.top, area.y, std::max(area.y, lowest_top - size));
  context.text_in(FontRole::body_bold, value_x, value_y, value_width,
                  latest.below_reference ? palette.off_course : palette.text, latest.value_text);

  // Each marker's label beside its line, in the body size like every chart text:
  // at the top where the measurements run low there, else at the bottom, or the
  // other way round when the last value is written there; right of the line
  // unless the chart ends first. A label with no free place is left out; its
  // line stays.
  std::vector<Rect> taken{{value_x, value_y, value_width, size}};
  for (const auto& marker : trend.action_markers) {
    if (marker.x < first_x) continue;
    const float x = x_of_along(marker.x);
    const float width = std::min(context.width_of(FontRole::body, marker.label), plot.w * 0.6f);
    const float beside = context.units(0.25f);
    const float left =
        x + beside + width <= area.right() ? x + beside : std::max(plot.x, x - beside - width);
    const float top = area.y;
    const float bottom = plot.bottom() - size - context.units(0.1f);
    const bool line_runs_high = line_height_at(points, marker.x) > 0.55;
    for (const float y : {line_runs_high ? bottom : top, line_runs_high ? top : bottom}) {
      const Rect box{left - beside, y, width + 2 * beside, size};
      const bool free = std::none_of(taken.begin(), taken.end(), [&](const Rect& other) {
        return box.x < other.right() && other.x < box.right() && box.y < other.bottom() &&
               other.y < box.bottom();
      });
      if (!free) continue;
      taken.push_back(box);
      context.text_in(FontRole::body, left, y, width, palette.text_muted, marker.label);
      break;
    }
  }

  // Measurement moments under their points: the last and the first always, the
  // others from newest to oldest where they do not touch one already written.
  const float label_y = area.bottom() - size;
  const float gap = context.units(0.6f);
  std::vector<std::size_t> order{count - 1};
  if (count > 1) order.push_back(0);
  for (std::size_t index = count - 1; index-- > 1;)
    order.push_back(index);
  std::vector<Span> written;  // left and right edges, in Span's fields
  for (const std::size_t index : order) {
    const auto& point = points[index];
    const float width = std::min(context.width_of(FontRole::body, point.label),
                                 count > 1 ? plot.w * 0.45f : plot.w);
    // Centred under the point, but kept inside the chart's area.
    const float x = std::max(area.x, std::min(x_of(point) - width / 2, area.right() - width));
    const Span extent{x, x + width};
    const bool free = std::none_of(written.begin(), written.end(),
                                   [&](const Span& other) { return extent.meets(other, gap); });
    if (!free) continue;
    written.push_back(extent);
    context.text_in(FontRole::body, x, label_y, width, palette.text_muted, point.label);
  }
}

}  // namespace hgw::ui
