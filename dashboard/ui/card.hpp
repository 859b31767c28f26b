#pragma once
// A card: the rounded panel every item sits on, with an optional coloured stripe
// on its left edge that repeats the item's status.

#include "core/i18n.hpp"
#include "draw_context.hpp"

namespace hgw::ui {

// Inner padding of a card, in body units.
inline constexpr float kCardPadding = 0.6f;

void draw_card(const DrawContext& context, Rect area, ImU32 stripe_colour = 0);

// ImDrawList::AddRectFilled with all corners rounded, in an opaque `colour`, with
// the same pixels but drawn cheaply on a software renderer: ImGui fills a rounded
// rectangle as one triangle fan over its whole area, and SDL's software renderer
// rasterises triangles pixel by pixel through the font atlas — on a page of cards
// most of a frame's time. Here the fan is drawn only in a ring along the edge
// (clipped), where the corners and the anti-aliased edges are, and the inside,
// which the fan fills solid, as plain rectangles, which SDL fills as rectangles.
void fill_rounded_rect(ImDrawList& list, ImVec2 min, ImVec2 max, ImU32 colour, float rounding);

// Where a card's text goes: inside its padding, clear of the stripe. `y` is the
// first line's top; a card's height ends `pad` below its last line.
struct CardText {
  float pad = 0;
  float x = 0;
  float y = 0;
  float width = 0;
};
CardText card_text(const DrawContext& context, Rect area);

// A section heading with a short accent rule under it; returns the height used.
float draw_heading(const DrawContext& context, Rect area, std::string_view text, ImU32 colour = 0);
float heading_height(const DrawContext& context);

}  // namespace hgw::ui

#include <functional>
#include <limits>

namespace hgw::ui {

// Lays out card `index` in `area` and returns its height. With a measuring context
// `area.h` is 0 and nothing is drawn; when drawing, `area.h` is the measured height.
using CardLayout = std::function<float(const DrawContext&, Rect area, int index)>;

struct StackResult {
  int shown = 0;
  float height = 0;  // from the top of the area to below the last card or marker
};

// Stacks cards top-down in `area` with `gap` between them, at most `most` of them;
// what does not fit is told by "+ N meer" under the last card. Records the list
// as `name`.
StackResult stack_cards(const DrawContext& context, Rect area, int count, float gap,
                        const CardLayout& card, std::string_view name,
                        int most = std::numeric_limits<int>::max());

// A muted line for a part of a page that has nothing to show.
void draw_nothing_to_show(const DrawContext& context, Rect area);

}  // namespace hgw::ui
