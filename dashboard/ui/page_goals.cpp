// doelen: goal cards grouped by domain, flowing through columns like a newspaper.
// The cards are as rich as the space allows: with feed up, feedback and feed
// forward when few goals, only the essentials when many; when not all can be
// whole, the goals needing attention get their whole card first. Goals that do
// not fit even so continue on the page's next part.

#include <algorithm>
#include <array>
#include <vector>

#include "card.hpp"
#include "core/page_rotation.hpp"
#include "goal_card.hpp"
#include "pages.hpp"

namespace hgw::ui {
namespace {

struct FlowItem {
  const core::GoalGroupView* group = nullptr;
  const core::GoalView* goal = nullptr;  // null: the group's heading
};

// The `count` goals from the `first` on (in the view model's order) under their
// groups' headings: a part that begins inside a group names the group again.
std::vector<FlowItem> flow_items(const core::ViewModel& model, int first, int count) {
  std::vector<FlowItem> items;
  int index = 0;
  for (const auto& group : model.goal_groups) {
    bool named = false;
    for (const auto& goal : group.goals) {
      if (index >= first && index < first + count) {
        if (!named) items.push_back({&group, nullptr});
        named = true;
        items.push_back({&group, &goal});
      }
      ++index;
    }
  }
  return items;
}

int column_count(const DrawContext& context, Rect area) {
  if (context.portrait()) return 1;
  return std::clamp(static_cast<int>(area.w / context.units(19)), 1, 3);
}

// The detail of each flow item's card (a heading ignores its own).
using Details = std::vector<GoalDetail>;

// Places the items column by column; returns the number of goals shown. With
// `may_hide`, what does not fit is counted in "+ N meer" (room for it kept);
// without, it is left to the next part.
int flow(const DrawContext& context, Rect area, const std::vector<FlowItem>& items, int total_goals,
         const Details& details, bool may_hide = false) {
  const int columns = column_count(context, area);
  const float gap = context.units(1.2f);
  const float card_gap = context.units(0.45f);
  const float column_width =
      (area.w - gap * static_cast<float>(columns - 1)) / static_cast<float>(columns);
  const float marker = context.line_step(FontRole::body_bold);
  const DrawContext measure = context.measuring();

  int column = 0;
  float y = area.y;
  int shown = 0;
  auto column_x = [&](int index) {
    return area.x + static_cast<float>(index) * (column_width + gap);
  };
  auto height_of = [&](std::size_t index) {
    const FlowItem& item = items[index];
    if (item.goal == nullptr) return heading_height(context);
    return goal_card(measure, {0, 0, column_width, 0}, *item.goal, details[index]);
  };

  for (std::size_t index = 0; index < items.size(); ++index) {
    const FlowItem& item = items[index];
    float need = height_of(index);
    // A heading never ends a column: it goes with the first card under it.
    if (item.goal == nullptr && index + 1 < items.size()) need += height_of(index + 1);
    const bool last_column = column + 1 == columns;
    const bool more_after = may_hide && shown + (item.goal != nullptr ? 1 : 0) < total_goals;
    const float reserve = last_column && more_after ? marker : 0;
    if (y + need + reserve > area.bottom()) {
      if (last_column) break;
      ++column;
      y = area.y;
      const bool reserve_now = column + 1 == columns && more_after;
      if (y + need + (reserve_now ? marker : 0) > area.bottom()) break;
      // Continuing a group in a new column: repeat its name.
      if (item.goal != nullptr) {
        y += draw_heading(context, {column_x(column), y, column_width, 0}, item.group->label,
                          context.palette().text_muted);
        if (y + height_of(index) + (reserve_now ? marker : 0) > area.bottom()) break;
      }
    }
    const float x = column_x(column);
    if (item.goal == nullptr) {
      y += draw_heading(context, {x, y, column_width, 0}, item.group->label);
      continue;
    }
    const float height = height_of(index);
    goal_card(context, {x, y, column_width, height}, *item.goal, details[index]);
    y += height + card_gap;
    ++shown;
  }
  const int hidden = total_goals - shown;
  if (hidden > 0 && may_hide) {
    context.more_marker(column_x(columns - 1),
                        area.bottom() - context.font_size(FontRole::body_bold), column_width,
                        hidden);
  }
  return shown;
}

// The richest cards with which every goal still fits.
Details choose_details(const DrawContext& context, Rect area, const std::vector<FlowItem>& items,
                       int total_goals) {
  const DrawContext measure = context.measuring();
  const Details whole(items.size(), GoalDetail::full);
  if (flow(measure, area, items, total_goals, whole) == total_goals) return whole;
  Details chosen(items.size(), GoalDetail::minimal);
  // A richer card is never lower: when the smallest cards do not all fit, none
  // will, and trying each goal in turn would cost a flow per goal (thousands).
  if (flow(measure, area, items, total_goals, chosen) < total_goals) return chosen;
  // Otherwise richer cards one goal at a time while all still fit: every
  // evaluation date first, then the whole goal for those needing attention, then
  // the next step for the rest, then their whole goal.
  struct Round {
    GoalDetail detail;
    bool attention_only;
  };
  constexpr std::array<Round, 4> rounds = {
      Round{GoalDetail::compact, false}, Round{GoalDetail::full, true},
      Round{GoalDetail::next_step, false}, Round{GoalDetail::full, false}};
  for (const Round round : rounds) {
    for (std::size_t index = 0; index < items.size(); ++index) {
      const core::GoalView* goal = items[index].goal;
      if (goal == nullptr || chosen[index] >= round.detail) continue;
      if (round.attention_only && !goal->needs_attention) continue;
      Details richer = chosen;
      richer[index] = round.detail;
      if (flow(measure, area, items, total_goals, richer) == total_goals)
        chosen = std::move(richer);
    }
  }
  return chosen;
}

// When every goal fits, the lowest column height that still holds them all, so a
// few goals spread over the columns instead of filling the first and leaving the
// others empty.
Rect balanced(const DrawContext& context, Rect area, const std::vector<FlowItem>& items,
              int total_goals, const Details& details) {
  const DrawContext measure = context.measuring();
  if (column_count(context, area) == 1 ||
      flow(measure, area, items, total_goals, details) < total_goals)
    return area;
  float fits = area.h;
  float too_low = 0;
  while (fits - too_low > context.units(0.25f)) {
    const float middle = (fits + too_low) / 2;
    if (flow(measure, {area.x, area.y, area.w, middle}, items, total_goals, details) ==
        total_goals) {
      fits = middle;
    } else {
      too_low = middle;
    }
  }
  return {area.x, area.y, area.w, fits};
}

// How many goals from the `first` on a part shows: as many as fit as the smallest
// cards, never none. The page's last possible part keeps room for "+ N meer".
int goals_in_part(const DrawContext& context, Rect area, const core::ViewModel& model, int first,
                  int remaining, bool last_part) {
  const auto items = flow_items(model, first, remaining);
  const Details minimal(items.size(), GoalDetail::minimal);
  return std::max(1, flow(context.measuring(), area, items, remaining, minimal, last_part));
}

}  // namespace

int draw_goals_page(const DrawContext& context, const core::ViewModel& model, Rect area, int part) {
  int total = 0;
  for (const auto& group : model.goal_groups)
    total += static_cast<int>(group.goals.size());
  if (total == 0) {
    draw_nothing_to_show(context, area);
    context.record_list("goals", 0, 0);
    return 1;
  }
  // Where each part begins: the goals after the previous part's last.
  std::vector<int> starts = {0};
  for (int first = 0;;) {
    const bool last_part = static_cast<int>(starts.size()) == core::kMostParts;
    first += goals_in_part(context, area, model, first, total - first, last_part);
    if (first >= total || last_part) break;
    starts.push_back(first);
  }
  const int parts = static_cast<int>(starts.size());
  part = std::clamp(part, 0, parts - 1);
  const int first = starts[static_cast<std::size_t>(part)];
  const int remaining = total - first;
  const bool last_part = part + 1 == core::kMostParts;
  const int count = goals_in_part(context, area, model, first, remaining, last_part);
  if (last_part && count < remaining) {
    // Past the last part: the smallest cards and the rest counted.
    const auto items = flow_items(model, first, remaining);
    const int shown =
        flow(context, area, items, remaining, Details(items.size(), GoalDetail::minimal), true);
    context.record_list("goals", shown, remaining - shown, first, 0);
    return parts;
  }
  // The part's goals all fit as the smallest cards: now as rich as they still fit.
  const auto items = flow_items(model, first, count);
  const Details details = choose_details(context, area, items, count);
  const int shown =
      flow(context, balanced(context, area, items, count, details), items, count, details);
  // (A lone card too big for a part is the only one that may not show.)
  context.record_list("goals", shown, count - shown, first, remaining - count);
  return parts;
}

}  // namespace hgw::ui
