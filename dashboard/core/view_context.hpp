#pragma once
// What every part of the view-model builder needs to know: the document, today,
// the language, the privacy threshold and the team filter. Internal to core.

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "action_monitoring.hpp"
#include "document.hpp"
#include "i18n.hpp"
#include "view_model.hpp"

namespace hgw::core {

class ViewContext {
 public:
  ViewContext(const Document& document, const Instant& now, const ViewOptions& options,
              Diagnostics& notes);

  const Document& document() const { return document_; }
  const Instant& now() const { return now_; }
  const Date& today() const { return today_; }
  Language language() const { return language_; }
  std::int64_t min_n() const { return min_n_; }

  // Team name for a reference; "Hele school" when absent or unresolved.
  std::string team_label(const std::optional<std::string>& team) const;
  // School-wide items always pass; team items pass when the filter is off or names them.
  bool passes_filter(const std::optional<std::string>& team) const;
  const Goal* goal(const std::string& id) const;
  // Which trend follows which goal, and when the goals' actions began.
  const ActionMonitoring& monitoring() const { return monitoring_; }

 private:
  const Document& document_;
  Instant now_;
  Date today_;
  Language language_;
  std::int64_t min_n_;
  std::map<std::string, const Team*> teams_;
  std::map<std::string, const Goal*> goals_;
  std::optional<std::set<std::string>> team_filter_;
  ActionMonitoring monitoring_;
};

GoalView build_goal_view(const Goal& goal, const ViewContext& context);
TrendView build_trend_view(const Trend& trend, const ViewContext& context);
std::vector<ActionGroupView> build_action_groups(const std::vector<Action>& actions,
                                                 const ViewContext& context);
TeamView build_team_view(const Team& team, const ViewContext& context);
MeetingView build_meeting_view(const Meeting& meeting, const Team& team,
                               const ViewContext& context);
SupportView build_support_view(const Support& support, const ViewContext& context);

}  // namespace hgw::core
