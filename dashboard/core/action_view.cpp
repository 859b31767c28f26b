// The action table: overdue first, then due this week, later, and done ones kept
// for a week after their date so the team sees what was finished.

#include <algorithm>
#include <array>

#include "view_context.hpp"

namespace hgw::core {
namespace {

constexpr std::int64_t kDoneKeptDays = 7;

std::optional<ActionGroup> group_of(const Action& action, const Date& today) {
  if (action.status == ActionStatus::gereed) {
    if (days_between(action.when, today) > kDoneKeptDays) return std::nullopt;
    return ActionGroup::done;
  }
  if (action.when < today) return ActionGroup::overdue;
  // "Deze week" is the calendar week, Monday to Sunday, as a Dutch school plans.
  if (action.when <= add_days(start_of_week(today), 6)) return ActionGroup::this_week;
  return ActionGroup::later;
}

std::string relative_text(const Action& action, ActionGroup group, const Date& today,
                          Language language) {
  const std::int64_t days = days_between(today, action.when);
  if (group == ActionGroup::overdue) {
    return format_days_late(-days, language);
  }
  return format_days_from_today(days, language);
}

}  // namespace

std::vector<ActionGroupView> build_action_groups(const std::vector<Action>& actions,
                                                 const ViewContext& context) {
  const Language language = context.language();
  constexpr std::array kOrder{ActionGroup::overdue, ActionGroup::this_week, ActionGroup::later,
                              ActionGroup::done};
  std::array<std::vector<ActionView>, kOrder.size()> grouped;

  for (const Action& action : actions) {
    const auto group = group_of(action, context.today());
    if (!group) continue;
    ActionView view;
    view.id = action.id;
    view.what = action.what;
    view.who = action.who;
    view.how = action.how.value_or("");
    view.why = action.why.value_or("");
    view.when = action.when;
    view.when_text = format_short_date(action.when, language);
    view.relative_text = relative_text(action, *group, context.today(), language);
    view.group = *group;
    view.status = action.status;
    view.status_label = std::string(label(action.status, language));
    view.role = action.role;
    if (action.role) view.role_label = std::string(label(*action.role, language));
    if (action.goal) {
      view.goal_id = *action.goal;
      if (const Goal* goal = context.goal(*action.goal)) view.goal_title = goal->title;
    }
    grouped[static_cast<std::size_t>(*group)].push_back(std::move(view));
  }

  std::vector<ActionGroupView> groups;
  for (const ActionGroup group : kOrder) {
    auto& members = grouped[static_cast<std::size_t>(group)];
    if (members.empty()) continue;
    std::stable_sort(members.begin(), members.end(),
                     [](const ActionView& a, const ActionView& b) { return a.when < b.when; });
    groups.push_back({group, std::string(label(group, language)), std::move(members)});
  }
  return groups;
}

}  // namespace hgw::core
