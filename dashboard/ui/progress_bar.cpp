#include "progress_bar.hpp"

#include <algorithm>
#include <string>

#include "card.hpp"
#include "theme.hpp"

namespace hgw::ui {
namespace {

float bar_height(const DrawContext& context) {
  return context.units(0.55f);
}

std::string labelled(core::Phrase phrase, const std::string& value, core::Language language) {
  return std::string(core::phrase(phrase, language)) + " " + value;
}

// A small triangle pointing down: the mark of a fall, beside the word.
void draw_fall_mark(ImDrawList& list, float x, float y, float size, ImU32 colour) {
  list.AddTriangleFilled({x, y}, {x + size, y}, {x + size / 2, y + size * 0.85f}, colour);
}

bool has_dates(const core::GoalView& goal) {
  return !goal.baseline_on_text.empty() || !goal.current_on_text.empty() ||
         !goal.target_on_text.empty();
}

}  // namespace

void draw_progress_track(const DrawContext& context, float x, float y, float width, float height,
                         const core::GoalView& goal) {
  if (!context.drawing()) return;
  const Palette& palette = context.palette();
  ImDrawList& list = context.draw_list();
  const float rounding = height / 2;
  fill_rounded_rect(list, {x, y}, {x + width, y + height}, palette.surface_raised, rounding);
  if (goal.fell) {
    // The track runs from the start to the target; a fall goes the other way, so
    // room left of the start holds it, on the same scale as the way ahead.
    const float start_x = x + width * static_cast<float>(goal.fall_share / (1 + goal.fall_share));
    // Striped, not filled: a filled stretch from the left would read as progress.
    list.PushClipRect({x, y}, {start_x, y + height}, true);
    const float spacing = std::max(3.0f, height * 0.9f);
    for (float line_x = x - height; line_x < start_x + height; line_x += spacing) {
      list.AddLine({line_x, y + height}, {line_x + height, y}, palette.off_course,
                   std::max(1.0f, spacing * 0.4f));
    }
    list.PopClipRect();
    list.AddRect({x, y}, {start_x, y + height}, palette.off_course, rounding, 0,
                 std::max(1.0f, height * 0.12f));
    const float tick = std::max(1.0f, context.units(0.1f));
    list.AddRectFilled({start_x - tick / 2, y - height * 0.35f},
                       {start_x + tick / 2, y + height * 1.35f}, palette.text_muted);
    return;
  }
  if (goal.progress) {
    // At least a sliver, so "no progress yet" still shows where the bar starts.
    const float filled = std::max(height, width * static_cast<float>(*goal.progress));
    fill_rounded_rect(list, {x, y}, {x + filled, y + height}, status_colour(palette, goal.status),
                      rounding);
  }
}

float goal_progress_height(const DrawContext& context, const core::GoalView& goal) {
  if (goal.target_text.empty()) return 0;
  float values = bar_height(context) + context.units(0.35f) + context.font_size(FontRole::body);
  if (has_dates(goal)) values += context.line_step(FontRole::body);
  return goal.fell ? values + context.line_step(FontRole::body) : values;
}

float draw_goal_progress(const DrawContext& context, float x, float y, float width,
                         const core::GoalView& goal) {
  if (goal.target_text.empty()) return 0;
  const Palette& palette = context.palette();
  const float height = bar_height(context);
  draw_progress_track(context, x, y, width, height, goal);
  if (context.drawing()) {
    // The target: a tick standing out above and below the track.
    const float tick = context.units(0.12f);
    context.draw_list().AddRectFilled({x + width - tick, y - height * 0.35f},
                                      {x + width, y + height * 1.35f}, palette.text);
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
  float next_row = row + context.line_step(FontRole::body);
  if (has_dates(goal)) {
    // Each date under its figure: when it was measured, when the target is due.
    const auto date = [&](float column_x, const std::string& text, Align align) {
      if (!text.empty())
        context.text_in(FontRole::body, column_x, next_row, third, palette.text_muted, text, align);
    };
    date(x, goal.baseline_on_text, Align::left);
    date(x + third, goal.current_on_text, Align::centre);
    date(x + 2 * third, goal.target_on_text, Align::right);
    next_row += context.line_step(FontRole::body);
  }
  if (goal.fell) {
    const float fall_row = next_row;
    const float mark = context.font_size(FontRole::body) * 0.6f;
    if (context.drawing()) {
      draw_fall_mark(context.draw_list(), x, fall_row + context.font_size(FontRole::body) * 0.25f,
                     mark, palette.off_course);
    }
    const float text_x = x + mark + context.units(0.3f);
    context.text_in(FontRole::body_bold, text_x, fall_row, x + width - text_x, palette.off_course,
                    goal.fall_text);
  }
  return goal_progress_height(context, goal);
}

}  // namespace hgw::ui
