#include "problem_banner.hpp"

#include <algorithm>

#include "ui_text.hpp"

namespace hgw::ui {
namespace {

int banner_lines(const core::ViewModel& model) {
  return std::min<int>(kMaxProblemLines, static_cast<int>(model.problems.size()));
}

}  // namespace

float problem_banner_height(const DrawContext& context, const core::ViewModel& model) {
  const int lines = banner_lines(model);
  if (lines == 0) return 0;
  return context.line_step(FontRole::body_bold) * static_cast<float>(lines) + context.units(0.5f);
}

void draw_problem_banner(const DrawContext& context, const core::ViewModel& model, Rect area) {
  const int shown = banner_lines(model);
  if (shown == 0) return;
  const Palette& palette = context.palette();
  // Filled in the "off course" colour: a failing source is the one thing on the
  // wall that needs someone to act, so it must not look like an ordinary message.
  if (context.drawing()) {
    context.draw_list().AddRectFilled({area.x, area.y}, {area.right(), area.bottom()},
                                      palette.off_course, context.units(0.2f));
  }
  const int hidden = static_cast<int>(model.problems.size()) - shown;
  const float pad = context.units(0.5f);
  const float step = context.line_step(FontRole::body_bold);
  float y = area.y + context.units(0.25f);
  for (int index = 0; index < shown; ++index) {
    float width = area.w - 2 * pad;
    if (index + 1 == shown && hidden > 0) {
      const float marker = context.width_of(FontRole::body_bold, more_text(hidden, model.language));
      context.more_marker(area.right() - pad - marker, y, marker, hidden);
      width -= marker + pad;
    }
    context.text_in(FontRole::body_bold, area.x + pad, y, std::max(0.0f, width), palette.background,
                    model.problems[static_cast<std::size_t>(index)]);
    y += step;
  }
  context.record_list("problems", shown, hidden);
}

}  // namespace hgw::ui
