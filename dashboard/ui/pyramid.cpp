#include "pyramid.hpp"

#include <algorithm>
#include <string>

namespace hgw::ui {
namespace {

// Share, count and label beside a band, vertically centred on it.
void draw_level_text(const DrawContext& context, Rect band, const core::SupportLevelView& level,
                     PyramidSize size) {
  const Palette& palette = context.palette();
  const bool large = size == PyramidSize::large;
  const FontRole share_role = large && context.fonts().covers(FontRole::figure, level.share_text)
                                  ? FontRole::figure
                                  : FontRole::heading;
  const FontRole count_role = large ? FontRole::heading : FontRole::body;
  const FontRole label_role = large ? FontRole::heading : FontRole::body;
  std::string count =
      level.count_text + " " + std::string(core::phrase(core::Phrase::pupils, context.language()));
  if (!level.change_text.empty()) {
    // The change matters more than the word "leerlingen": on a narrow screen it goes.
    const std::string with_word = count + " · " + level.change_text;
    count = context.width_of(count_role, with_word) <= band.w
                ? with_word
                : level.count_text + " · " + level.change_text;
  }

  const float share_height = context.font_size(share_role);
  const float share_width = std::min(band.w * 0.5f, context.width_of(share_role, level.share_text));
  const float gap = level.share_text.empty() ? 0 : context.units(0.8f);
  // The count beside the share when there is room, under it when not (portrait).
  const bool count_beside =
      share_width + gap + context.width_of(count_role, count) <= band.w || level.share_text.empty();
  const float first_height =
      level.share_text.empty() ? context.font_size(count_role) : share_height;
  const float count_step = count_beside ? 0 : context.line_step(count_role);
  const float label_gap = context.units(0.15f);
  // The label under them, wrapped to two lines where one is too short, if the band
  // is tall enough.
  int label_lines = 0;
  float label_height = 0;
  for (const int lines : {2, 1}) {
    const float height = context.paragraph_height(label_role, band.w, level.label, lines);
    if (first_height + count_step + label_gap + height <= band.h * 1.05f) {
      label_lines = lines;
      label_height = height;
      break;
    }
  }
  const float block = first_height + count_step + (label_lines > 0 ? label_gap + label_height : 0);
  float y = band.y + std::max(0.0f, (band.h - block) / 2);

  if (!level.share_text.empty())
    context.text_in(share_role, band.x, y, share_width, palette.text, level.share_text);
  if (count_beside) {
    const float count_x = band.x + share_width + gap;
    // The count sits on the share's baseline, roughly: bottoms aligned.
    const float count_y = y + first_height - context.font_size(count_role) * 1.05f;
    context.text_in(count_role, count_x, std::max(y, count_y),
                    std::max(0.0f, band.right() - count_x), palette.text_muted, count);
    y += first_height;
  } else {
    y += share_height;
    context.text_in(count_role, band.x, y, band.w, palette.text_muted, count);
    y += count_step;
  }
  if (label_lines > 0) {
    y += label_gap;
    context.paragraph(label_role, band.x, y, band.w, large ? palette.text : palette.text_muted,
                      level.label, label_lines);
  }
}

}  // namespace

void draw_pyramid(const DrawContext& context, Rect area, const core::SupportView& support,
                  PyramidSize size) {
  const Palette& palette = context.palette();
  const auto& levels = support.levels;
  if (levels.empty() || area.h <= 0) return;
  const std::size_t count = levels.size();
  const float band_gap = context.units(0.25f);
  const float band =
      (area.h - band_gap * static_cast<float>(count - 1)) / static_cast<float>(count);
  // On a portrait screen the words beside the shape need the room more.
  const float shape_share =
      size == PyramidSize::large ? (context.portrait() ? 0.32f : 0.42f) : 0.34f;
  const float shape_width = std::min(area.w * shape_share, area.h * 1.1f);
  const float text_x = area.x + shape_width + context.units(0.9f);
  const float text_width = std::max(0.0f, area.right() - text_x);
  const float apex = shape_width * 0.16f;  // a truncated top leaves room for the "4"

  for (std::size_t index = 0; index < count; ++index) {
    const auto& level = levels[index];
    // Level 1 is the base: bands are drawn bottom-up.
    const float bottom = area.bottom() - static_cast<float>(index) * (band + band_gap);
    const float top = bottom - band;
    auto half_width_at = [&](float y) {
      const float t = (area.bottom() - y) / area.h;  // 0 at the base, 1 at the top
      return (shape_width / 2) * (1 - t) + (apex / 2) * t;
    };
    const float mid = area.x + shape_width / 2;
    const auto colour_index = static_cast<std::size_t>(std::clamp(level.level, 1, 4) - 1);
    if (context.drawing()) {
      const ImVec2 corners[4] = {{mid - half_width_at(bottom), bottom},
                                 {mid - half_width_at(top), top},
                                 {mid + half_width_at(top), top},
                                 {mid + half_width_at(bottom), bottom}};
      context.draw_list().AddConvexPolyFilled(corners, 4, palette.support_levels[colour_index]);
    }
    const std::string number = std::to_string(level.level);
    const float number_size = context.font_size(FontRole::heading);
    if (band >= number_size) {
      context.text(
          FontRole::heading,
          {mid - context.width_of(FontRole::heading, number) / 2, top + (band - number_size) / 2},
          palette.demo_text, number);
    }
    draw_level_text(context, {text_x, top, text_width, band}, level, size);
  }
}

}  // namespace hgw::ui
