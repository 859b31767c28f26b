#include "progress_bar.hpp"

#include <algorithm>
#include <string>

#include "theme.hpp"

namespace hgw::ui {
namespace {

float bar_height(const DrawContext& context) {
  return context.units(0.55f);
}

std::string labelled(core::Phrase phrase, const std::string& value, core::Language language) {
  return std::string(core::phrase(phrase, language)) + " " + value;
}

}  // namespace

float goal_progress_height(const DrawContext& context, const core::GoalView& goal) {
  if (goal.target_text.empty()) return 0;
  return bar_height(context) + context.units(0.35f) + context.font_size(FontRole::body);
}

float draw_goal_progress(const DrawContext& context, float x, float y, float width,
                         const core::GoalView& goal) {
  if (goal.target_text.empty()) return 0;
  const Palette& palette = context.palette();
  const float height = bar_height(context);
  if (context.drawing()) {
    ImDrawList& list = context.draw_list();
    const float rounding = height / 2;
    list.AddRectFilled({x, y}, {x + width, y + height}, palette.surface_raised, rounding);
    if (goal.progress) {
      // At least a sliver, so "no progress yet" still shows where the bar starts.
      const float filled = std::max(height, width * static_cast<float>(*goal.progress));
      list.AddRectFilled({x, y}, {x + filled, y + height}, status_colour(palette, goal.status),
                         rounding);
    }
    // The target: a tick standing out above and below the track.
    const float tick = context.units(0.12f);
    list.AddRectFilled({x + width - tick, y - height * 0.35f}, {x + width, y + height * 1.35f},
                       palette.text);
  }
  const float row = y + height + context.units(0.35f);
  const core::Language language = context.language();
  const float third = width / 3;
  if (!goal.baseline_text.empty()) {
    context.text_in(FontRole::body, x, row, third, palette.text_muted,
                    labelled(core::Phrase::baseline, goal.baseline_text, language));
  }
  if (!goal.current_text.empty()) {
    context.text_in(FontRole::body_bold, x + third, row, third, palette.text,
                    labelled(core::Phrase::current, goal.current_text, language), Align::centre);
  }
  context.text_in(FontRole::body, x + 2 * third, row, third, palette.text_muted,
                  labelled(core::Phrase::target, goal.target_text, language), Align::right);
  return goal_progress_height(context, goal);
}

}  // namespace hgw::ui
