#include "action_monitoring.hpp"

#include <algorithm>
#include <optional>
#include <tuple>

namespace hgw::core {
namespace {

// What a goal's measure and a trend must share for the trend to follow the goal.
using FollowKey = std::tuple<std::optional<std::string>, std::string, Unit, bool>;

std::optional<FollowKey> key_of(const Goal& goal) {
  if (!goal.subject || !goal.measure) return std::nullopt;
  return FollowKey{goal.team, *goal.subject, goal.measure->unit, goal.measure->higher_is_better};
}

std::optional<FollowKey> key_of(const Trend& trend) {
  if (!trend.subject) return std::nullopt;
  return FollowKey{trend.team, *trend.subject, trend.unit, trend.higher_is_better};
}

const std::vector<Date> kNoStarts;

}  // namespace

ActionMonitoring::ActionMonitoring(const Document& document, const Date& today) {
  if (!document.goals) return;
  std::map<FollowKey, std::vector<const Trend*>> trends_by_key;
  if (document.trends) {
    for (const auto& trend : *document.trends) {
      if (auto key = key_of(trend)) trends_by_key[*key].push_back(&trend);
    }
  }
  for (const auto& goal : *document.goals) {
    const auto key = key_of(goal);
    if (!key) continue;
    const auto found = trends_by_key.find(*key);
    if (found != trends_by_key.end() && found->second.size() == 1)
      trend_of_goal_.emplace(goal.id, found->second.front());
  }
  if (!document.actions) return;
  for (const auto& action : *document.actions) {
    // An action that has not begun yet has no start on the wall: nothing moved since.
    if (!action.goal || !action.start || today < *action.start) continue;
    starts_of_goal_[*action.goal].push_back(*action.start);
    const auto trend = trend_of_goal_.find(*action.goal);
    if (trend != trend_of_goal_.end()) starts_on_trend_[trend->second].push_back(*action.start);
  }
  for (auto& [goal, starts] : starts_of_goal_)
    std::sort(starts.begin(), starts.end());
  for (auto& [trend, starts] : starts_on_trend_)
    std::sort(starts.begin(), starts.end());
}

const Trend* ActionMonitoring::trend_of(const Goal& goal) const {
  const auto found = trend_of_goal_.find(goal.id);
  return found == trend_of_goal_.end() ? nullptr : found->second;
}

const std::vector<Date>& ActionMonitoring::starts_of(const Goal& goal) const {
  const auto found = starts_of_goal_.find(goal.id);
  return found == starts_of_goal_.end() ? kNoStarts : found->second;
}

const std::vector<Date>& ActionMonitoring::starts_on(const Trend& trend) const {
  const auto found = starts_on_trend_.find(&trend);
  return found == starts_on_trend_.end() ? kNoStarts : found->second;
}

}  // namespace hgw::core
