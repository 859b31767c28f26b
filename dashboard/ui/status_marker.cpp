#include "status_marker.hpp"

#include <cmath>

namespace hgw::ui {

void draw_status_shape(const DrawContext& context, ImVec2 centre, float size,
                       std::optional<core::GoalStatus> status) {
  draw_status_shape(context, centre, size, status, status_colour(context.palette(), status));
}

void draw_status_shape(const DrawContext& context, ImVec2 centre, float size,
                       std::optional<core::GoalStatus> status, ImU32 colour) {
  if (!context.drawing()) return;
  ImDrawList& list = context.draw_list();
  const float half = size / 2;
  if (!status) {
    list.AddCircle(centre, half * 0.85f, colour, 0, size * 0.14f);
    return;
  }
  switch (*status) {
    case core::GoalStatus::op_koers:
      list.AddCircleFilled(centre, half * 0.9f, colour);
      break;
    case core::GoalStatus::aandacht:
      list.AddTriangleFilled({centre.x - half, centre.y + half * 0.85f},
                             {centre.x, centre.y - half * 0.95f},
                             {centre.x + half, centre.y + half * 0.85f}, colour);
      break;
    case core::GoalStatus::niet_behaald:
      list.AddRectFilled({centre.x - half * 0.8f, centre.y - half * 0.8f},
                         {centre.x + half * 0.8f, centre.y + half * 0.8f}, colour);
      break;
    case core::GoalStatus::behaald: {
      const ImVec2 tick[3] = {{centre.x - half * 0.85f, centre.y},
                              {centre.x - half * 0.25f, centre.y + half * 0.65f},
                              {centre.x + half * 0.9f, centre.y - half * 0.75f}};
      list.AddPolyline(tick, 3, colour, ImDrawFlags_None, size * 0.22f);
      break;
    }
  }
}

float status_label_width(const DrawContext& context, std::string_view label) {
  return context.font_size(FontRole::body_bold) * 1.2f +
         context.width_of(FontRole::body_bold, label);
}

float draw_status_label(const DrawContext& context, float x, float y, float max_width,
                        std::optional<core::GoalStatus> status, std::string_view label) {
  const float size = context.font_size(FontRole::body_bold);
  const float shape = size * 0.8f;
  if (max_width < size * 1.2f) return 0;
  draw_status_shape(context, {x + shape / 2, y + size / 2}, shape, status);
  const float text_x = x + size * 1.2f;
  const float width = context.text_in(FontRole::body_bold, text_x, y, max_width - size * 1.2f,
                                      status_colour(context.palette(), status), label);
  return size * 1.2f + width;
}

void draw_direction_arrow(const DrawContext& context, ImVec2 centre, float size,
                          core::TrendDirection direction, ImU32 colour) {
  if (!context.drawing() || direction == core::TrendDirection::unknown) return;
  // 45° up for rising, flat for stable, 45° down for falling.
  float angle = 0;
  if (direction == core::TrendDirection::rising) angle = -0.785f;
  if (direction == core::TrendDirection::falling) angle = 0.785f;
  const float half = size / 2;
  const ImVec2 along{std::cos(angle), std::sin(angle)};
  const ImVec2 across{-along.y, along.x};
  const ImVec2 tail{centre.x - along.x * half, centre.y - along.y * half};
  const ImVec2 tip{centre.x + along.x * half, centre.y + along.y * half};
  const float head = size * 0.42f;
  const ImVec2 base{tip.x - along.x * head, tip.y - along.y * head};
  ImDrawList& list = context.draw_list();
  list.AddLine(tail, base, colour, size * 0.16f);
  list.AddTriangleFilled(tip, {base.x + across.x * head * 0.6f, base.y + across.y * head * 0.6f},
                         {base.x - across.x * head * 0.6f, base.y - across.y * head * 0.6f},
                         colour);
}

}  // namespace hgw::ui
