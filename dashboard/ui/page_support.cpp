// ondersteuning: the support pyramid, large, with counts, shares and changes, and
// under it the total and the dates of the count and of the one it is compared with.

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
  // Under the pyramid the total (unless privacy hides it), then the date of the
  // count and of the one it is compared with, a line each.
  const float step = context.line_step(FontRole::body);
  const float total_step = support.total_text.empty() ? 0 : context.line_step(FontRole::heading);
  const int date_lines =
      (support.as_of_text.empty() ? 0 : 1) + (support.previous_text.empty() ? 0 : 1);
  const float footer_height = total_step + step * static_cast<float>(date_lines);
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
  if (!support.total_text.empty()) {
    const std::string total = std::string(core::phrase(core::Phrase::total, language)) + ": " +
                              support.total_text + " " +
                              std::string(core::phrase(core::Phrase::pupils, language));
    context.text_in(FontRole::heading, footer.x, footer.y, footer.w, palette.text, total);
  }
  float y = footer.y + total_step;
  for (const std::string* dates : {&support.as_of_text, &support.previous_text}) {
    if (dates->empty()) continue;
    context.text_in(FontRole::body, footer.x, y, footer.w, palette.text_muted, *dates);
    y += step;
  }
  // Not wider than needed: a pyramid stretched across a 16:9 screen looks flat.
  if (!portrait) area.w = std::min(area.w, area.h * 2.4f);
  // A portrait screen has no room beside the shape for the large labels: they
  // would be cut; the overview's smaller letters keep them whole.
  draw_pyramid(context, area, support, portrait ? PyramidSize::small : PyramidSize::large);
}

}  // namespace hgw::ui
