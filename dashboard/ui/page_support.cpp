// ondersteuning: the support pyramid, large, with counts and shares, and the
// total and the next MDO beside it.

#include <algorithm>
#include <string>

#include "card.hpp"
#include "pages.hpp"
#include "pyramid.hpp"

namespace hgw::ui {

void draw_support_page(const DrawContext& context, const core::ViewModel& model, Rect area) {
  const auto& support = model.support;
  if (!support.present || support.levels.empty()) {
    draw_nothing_to_show(context, area);
    return;
  }
  const Palette& palette = context.palette();
  const core::Language language = model.language;
  // The total and the date of the figures under the pyramid.
  const float step = context.line_step(FontRole::body);
  Rect footer = cut_bottom(area, context.line_step(FontRole::heading) + step);
  cut_bottom(area, context.units(0.6f));
  const std::string total = std::string(core::phrase(core::Phrase::total, language)) + ": " +
                            support.total_text + " " +
                            std::string(core::phrase(core::Phrase::pupils, language));
  context.text_in(FontRole::heading, footer.x, footer.y, footer.w, palette.text, total);
  context.text_in(FontRole::body, footer.x, footer.y + context.line_step(FontRole::heading),
                  footer.w, palette.text_muted, support.as_of_text);
  // Not wider than needed: a pyramid stretched across a 16:9 screen looks flat.
  if (!context.portrait()) area.w = std::min(area.w, area.h * 2.4f);
  draw_pyramid(context, area, support, PyramidSize::large);
}

}  // namespace hgw::ui
