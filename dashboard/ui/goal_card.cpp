#include "goal_card.hpp"

#include <algorithm>
#include <string>

#include "card.hpp"
#include "progress_bar.hpp"
#include "status_marker.hpp"

namespace hgw::ui {
namespace {

std::string joined(const std::string& first, const std::string& second) {
  if (first.empty()) return second;
  if (second.empty()) return first;
  return first + " · " + second;
}

// Longer answers wrap to this many lines before they are cut.
constexpr int kAnswerLines = 3;

// One of the three HGW questions as a small label, its answer under it.
float feed_block(const DrawContext& context, float x, float y, float width,
                 const core::FeedView& feed) {
  const Palette& palette = context.palette();
  float height =
      context.paragraph(FontRole::body_bold, x, y, width, palette.accent, feed.question, 1);
  height += context.paragraph(FontRole::body, x, y + height, width, palette.text, feed.answer,
                              kAnswerLines);
  return height + context.units(0.2f);
}

}  // namespace

float goal_card(const DrawContext& context, Rect area, const core::GoalView& goal,
                GoalDetail detail) {
  const Palette& palette = context.palette();
  const ImU32 colour = status_colour(palette, goal.status);
  if (context.drawing()) draw_card(context, area, colour);
  const auto [pad, x, top, width] = card_text(context, area);
  float y = top;

  // A summary on a narrow screen keeps to one line so that every role gets a card.
  int title_lines = detail == GoalDetail::full ? 3 : 2;
  if (detail == GoalDetail::summary && context.portrait()) title_lines = 1;
  y += context.paragraph(FontRole::body_bold, x, y, width, palette.text, goal.title, title_lines);
  y += context.units(0.15f);

  // Who and what on the left, the status (shape and word) on the right; the
  // summary shows the current value and the target there instead.
  const std::string& status = goal.status_label;
  const float status_width =
      status.empty() ? 0 : std::min(width * 0.55f, status_label_width(context, status));
  const float left_room = width - status_width - (status_width > 0 ? context.units(0.6f) : 0);
  if (detail == GoalDetail::summary) {
    if (!status.empty()) draw_status_label(context, x, y, status_width, goal.status, status);
    if (!goal.current_text.empty()) {
      const std::string values = goal.current_text + " → " + goal.target_text;
      context.text_in(FontRole::body_bold, x + width - left_room, y, left_room, palette.text,
                      values, Align::right);
    }
    y += context.line_step(FontRole::body) + context.units(0.05f);
    // A thin bar: the overview only hints at the progress the doelen page shows.
    if (goal.progress) draw_progress_track(context, x, y, width, context.units(0.3f), goal);
    y += context.units(0.3f);
    return y + pad - area.y;
  }
  if (!status.empty()) {
    draw_status_label(context, x + width - status_width, y, status_width, goal.status, status);
  }
  context.text_in(FontRole::body, x, y, left_room, palette.text_muted,
                  joined(goal.team_label, goal.subject_label));
  y += context.line_step(FontRole::body) + context.units(0.1f);

  if (!goal.target_text.empty()) {
    y += draw_goal_progress(context, x, y, width, goal) + context.units(0.15f);
  }
  if (!goal.since_action_text.empty()) {
    y += context.paragraph(FontRole::body, x, y, width,
                           tone_colour(palette, goal.change_since_action_tone, palette.text_muted),
                           goal.since_action_text, 1);
  }
  if (detail >= GoalDetail::compact && !goal.evaluation_text.empty()) {
    y +=
        context.paragraph(FontRole::body, x, y, width, palette.text_muted, goal.evaluation_text, 1);
  }
  if (detail == GoalDetail::full || detail == GoalDetail::next_step) {
    // Feed up and feedback only on a full card; the next step (the last of the
    // three, when answered) on both.
    std::size_t first = 0;
    if (detail == GoalDetail::next_step)
      first = goal.feed_forward.empty() ? goal.feeds.size() : goal.feeds.size() - 1;
    if (first < goal.feeds.size()) y += context.units(0.2f);
    for (std::size_t index = first; index < goal.feeds.size(); ++index)
      y += feed_block(context, x, y, width, goal.feeds[index]);
  }
  return y - context.units(0.1f) + pad - area.y;
}

}  // namespace hgw::ui
