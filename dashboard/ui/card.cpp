#include "card.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace hgw::ui {

void fill_rounded_rect(ImDrawList& list, ImVec2 min, ImVec2 max, ImU32 colour, float rounding) {
  // Whole-pixel lines: the outer edge with room for the anti-aliased fringe, a
  // pixel inside the edges, and a pixel inside the corners' arcs.
  const float outer_left = std::floor(min.x) - 1;
  const float outer_top = std::floor(min.y) - 1;
  const float outer_right = std::ceil(max.x) + 1;
  const float outer_bottom = std::ceil(max.y) + 1;
  const float edge_left = std::ceil(min.x) + 1;
  const float edge_top = std::ceil(min.y) + 1;
  const float edge_right = std::floor(max.x) - 1;
  const float edge_bottom = std::floor(max.y) - 1;
  float arc_left = std::ceil(min.x + rounding) + 1;
  float arc_top = std::ceil(min.y + rounding) + 1;
  float arc_right = std::floor(max.x - rounding) - 1;
  float arc_bottom = std::floor(max.y - rounding) - 1;
  const bool arcs_meet_across = arc_right <= arc_left;
  const bool arcs_meet_down = arc_bottom <= arc_top;
  if (arcs_meet_across && arcs_meet_down) {
    list.AddRectFilled(min, max, colour, rounding);  // all corner: nothing to save
    return;
  }
  // A pill (a progress bar): the arcs of both ends meet; what lies between the
  // ends, clear of the long edges, is still solid.
  if (arcs_meet_down) arc_top = arc_bottom = std::round((edge_top + edge_bottom) / 2);
  if (arcs_meet_across) arc_left = arc_right = std::round((edge_left + edge_right) / 2);
  struct Area {
    ImVec2 min;
    ImVec2 max;
  };
  // The ring the corners and the edges' anti-aliasing lie in, drawn as ImGui
  // draws the whole shape, so its pixels are exactly those of the whole shape.
  const std::array<Area, 8> ring = {{
      {{outer_left, outer_top}, {outer_right, edge_top}},
      {{outer_left, edge_top}, {arc_left, arc_top}},
      {{arc_right, edge_top}, {outer_right, arc_top}},
      {{outer_left, arc_top}, {edge_left, arc_bottom}},
      {{edge_right, arc_top}, {outer_right, arc_bottom}},
      {{outer_left, arc_bottom}, {arc_left, edge_bottom}},
      {{arc_right, arc_bottom}, {outer_right, edge_bottom}},
      {{outer_left, edge_bottom}, {outer_right, outer_bottom}},
  }};
  // Inside it the shape covers every pixel with the colour: plain rectangles.
  const std::array<Area, 3> inside = {{
      {{arc_left, edge_top}, {arc_right, arc_top}},
      {{edge_left, arc_top}, {edge_right, arc_bottom}},
      {{arc_left, arc_bottom}, {arc_right, edge_bottom}},
  }};
  const auto empty = [](const Area& part) {
    return part.max.x <= part.min.x || part.max.y <= part.min.y;
  };
  for (const Area& part : ring) {
    if (empty(part)) continue;
    list.PushClipRect(part.min, part.max, true);
    list.AddRectFilled(min, max, colour, rounding);
    list.PopClipRect();
  }
  for (const Area& part : inside) {
    if (empty(part)) continue;
    list.PushClipRect(part.min, part.max, true);
    list.AddRectFilled(min, max, colour);
    list.PopClipRect();
  }
}

void draw_card(const DrawContext& context, Rect area, ImU32 stripe_colour) {
  if (!context.drawing()) return;
  const float rounding = context.units(0.35f);
  ImDrawList& list = context.draw_list();
  fill_rounded_rect(list, area.min(), area.max(), context.palette().surface, rounding);
  if (stripe_colour != 0) {
    const float stripe = context.units(0.22f);
    list.AddRectFilled(area.min(), {area.x + stripe, area.bottom()}, stripe_colour, rounding,
                       ImDrawFlags_RoundCornersLeft);
  }
}

CardText card_text(const DrawContext& context, Rect area) {
  CardText text;
  text.pad = context.units(kCardPadding);
  text.x = area.x + text.pad + context.units(0.2f);
  text.width = area.right() - text.pad - text.x;
  text.y = area.y + text.pad;
  return text;
}

float heading_height(const DrawContext& context) {
  return context.font_size(FontRole::heading) + context.units(0.5f);
}

float draw_heading(const DrawContext& context, Rect area, std::string_view text, ImU32 colour) {
  const ImU32 chosen = colour != 0 ? colour : context.palette().text;
  context.text_in(FontRole::heading, area.x, area.y, area.w, chosen, text);
  if (context.drawing()) {
    const float y = area.y + context.font_size(FontRole::heading) + context.units(0.2f);
    context.draw_list().AddLine({area.x, y}, {area.x + context.units(2.5f), y},
                                context.palette().accent, context.units(0.12f));
  }
  return heading_height(context);
}

}  // namespace hgw::ui

namespace hgw::ui {

StackResult stack_cards(const DrawContext& context, Rect area, int count, float gap,
                        const CardLayout& card, std::string_view name, int most) {
  const DrawContext measure = context.measuring();
  const float marker = context.line_step(FontRole::body_bold);
  float y = area.y;
  int shown = 0;
  for (int index = 0; index < std::min(count, most); ++index) {
    const float height = card(measure, {area.x, 0, area.w, 0}, index);
    const bool last = index + 1 == count;
    // Room for this card, and for the marker when more are to come.
    if (y + height + (last ? 0 : gap + marker) > area.bottom()) break;
    card(context, {area.x, y, area.w, height}, index);
    y += height + gap;
    ++shown;
  }
  const int hidden = count - shown;
  const float marker_height = context.more_marker(area.x, y, area.w, hidden);
  context.record_list(name, shown, hidden);
  if (hidden > 0) return {shown, y + marker_height - area.y};
  return {shown, shown > 0 ? y - gap - area.y : 0.0f};
}

void draw_nothing_to_show(const DrawContext& context, Rect area) {
  context.text_in(FontRole::body, area.x, area.y, area.w, context.palette().text_muted,
                  core::phrase(core::Phrase::no_data, context.language()));
}

}  // namespace hgw::ui
