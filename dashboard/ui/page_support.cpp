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
  const float footer_height = context.line_step(FontRole::heading) + step;
  const bool portrait = context.portrait();
  if (portrait) {
    // Bands no taller than they read well, the pyramid and its total centred in
    // the height: stretched over a portrait screen the shape becomes a spike.
    const auto levels = static_cast<float>(support.levels.size());
    const float block = levels * context.units(6) + context.units(0.25f) * (levels - 1) +
                        context.units(0.6f) + footer_height;
    if (area.h > block) {
      area.y += (area.h - block) / 2;
      area.h = block;
    }
  }
  Rect footer = cut_bottom(area, footer_height);
  cut_bottom(area, context.units(0.6f));
  const std::string total = std::string(core::phrase(core::Phrase::total, language)) + ": " +
                            support.total_text + " " +
                            std::string(core::phrase(core::Phrase::pupils, language));
  context.text_in(FontRole::heading, footer.x, footer.y, footer.w, palette.text, total);
  context.text_in(FontRole::body, footer.x, footer.y + context.line_step(FontRole::heading),
                  footer.w, palette.text_muted, support.as_of_text);
  // Not wider than needed: a pyramid stretched across a 16:9 screen looks flat.
  if (!portrait) area.w = std::min(area.w, area.h * 2.4f);
  // A portrait screen has no room beside the shape for the large labels: they
  // would be cut; the overview's smaller letters keep them whole.
  draw_pyramid(context, area, support, portrait ? PyramidSize::small : PyramidSize::large);
}

}  // namespace hgw::ui
