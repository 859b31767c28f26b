#include "card.hpp"

#include <algorithm>

namespace hgw::ui {

void draw_card(const DrawContext& context, Rect area, ImU32 stripe_colour) {
  if (!context.drawing()) return;
  const float rounding = context.units(0.35f);
  ImDrawList& list = context.draw_list();
  list.AddRectFilled(area.min(), area.max(), context.palette().surface, rounding);
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
