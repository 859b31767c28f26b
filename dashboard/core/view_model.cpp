#include "view_model.hpp"

#include <algorithm>
#include <array>
#include <map>

#include "view_context.hpp"

namespace hgw::core {
namespace {

constexpr int kDefaultPageSeconds = 20;
constexpr std::array kAllPages{Page::overzicht, Page::cyclus, Page::doelen,
                               Page::trends,    Page::acties, Page::ondersteuning};

HeaderView build_header(const Document& document, const ViewContext& context,
                        const ViewOptions& options) {
  HeaderView header;
  if (document.school) {
    header.school_name = document.school->name;
    if (document.school->period && document.school->period->name) {
      header.period_name = *document.school->period->name;
    }
  }
  header.date_text = format_long_date(context.today(), context.language(), /*with_year=*/true);
  header.time_text = format_time_of_day(local_time(context.now()));
  header.is_demo = options.is_demo;
  if (options.is_demo)
    header.demo_text = std::string(phrase(Phrase::demo_marker, context.language()));
  return header;
}

FreshnessView build_freshness(const Document& document, const ViewContext& context) {
  FreshnessView view;
  if (!document.generated_at) return view;
  const Language language = context.language();
  view.generated_at = document.generated_at;
  // A source clock ahead of ours is not "from the future": it is fresh.
  const std::int64_t age_seconds =
      std::max<std::int64_t>(0, context.now().unix_seconds - document.generated_at->unix_seconds);
  view.age_minutes = age_seconds / 60;
  // Shown in the wall's own time zone, whatever offset the source wrote.
  const Instant seen_here{document.generated_at->unix_seconds, context.now().utc_offset_minutes};
  const Date date = local_date(seen_here);
  const std::string time = format_time_of_day(local_time(seen_here));
  std::string when;
  const std::int64_t days_ago = days_between(date, context.today());
  if (days_ago <= 0) {
    when = time;
  } else if (days_ago == 1) {
    when = std::string(phrase(Phrase::yesterday, language)) + " " + time;
  } else {
    when = format_short_date(date, language) + " " + time;
  }
  view.text = std::string(phrase(Phrase::data_of, language)) + " " + when;
  return view;
}

std::vector<MessageView> build_messages(const Document& document, const ViewContext& context) {
  std::vector<MessageView> messages;
  if (!document.messages) return messages;
  for (const auto& message : *document.messages) {
    if (message.until && *message.until <= context.now()) continue;
    messages.push_back({message.text, message.priority == Priority::high});
  }
  std::stable_sort(messages.begin(), messages.end(),
                   [](const MessageView& a, const MessageView& b) {
                     return a.high_priority && !b.high_priority;
                   });
  return messages;
}

// Needs attention first, then on course, then achieved: the wall shows where work is.
int attention_rank(const GoalView& goal) {
  if (!goal.status) return 2;
  switch (*goal.status) {
    case GoalStatus::niet_behaald:
    case GoalStatus::aandacht:
      return 0;
    case GoalStatus::op_koers:
      return 1;
    case GoalStatus::behaald:
      return 3;
  }
  return 2;
}

std::optional<MeetingView> next_mdo(const Document& document, const ViewContext& context) {
  std::optional<MeetingView> next;
  if (!document.teams) return next;
  for (const auto& team : *document.teams) {
    if (!context.passes_filter(team.id) || !team.cycle || !team.cycle->next_meeting) continue;
    const Meeting& meeting = *team.cycle->next_meeting;
    if (meeting.kind != MeetingKind::mdo || meeting.date < context.today()) continue;
    if (!next || meeting.date < next->date) next = build_meeting_view(meeting, team, context);
  }
  return next;
}

std::vector<PhaseGroupView> group_by_phase(const std::vector<TeamView>& teams, Language language) {
  std::vector<PhaseGroupView> groups;
  // Phases 0..3 first, then the teams without a cycle (-1).
  for (const int phase : {0, 1, 2, 3, -1}) {
    PhaseGroupView group;
    group.phase_index = phase;
    for (std::size_t index = 0; index < teams.size(); ++index) {
      if (teams[index].phase_index != phase) continue;
      if (group.label.empty()) group.label = teams[index].phase_label;
      group.teams.push_back(index);
    }
    if (group.teams.empty()) continue;
    if (phase < 0) group.label = std::string(phrase(Phrase::no_data, language));
    groups.push_back(std::move(group));
  }
  return groups;
}

// A team row's marks, the statuses needing attention first.
constexpr std::array<std::optional<GoalStatus>, 5> kMarkOrder{
    GoalStatus::niet_behaald, GoalStatus::aandacht, GoalStatus::op_koers, std::nullopt,
    GoalStatus::behaald};
using MarkCounts = std::array<std::int64_t, kMarkOrder.size()>;

std::size_t mark_slot(const std::optional<GoalStatus>& status) {
  const auto found = std::find(kMarkOrder.begin(), kMarkOrder.end(), status);
  return static_cast<std::size_t>(found - kMarkOrder.begin());
}

std::vector<GoalMarkView> goal_marks(const MarkCounts& counts, Language language) {
  std::vector<GoalMarkView> marks;
  for (std::size_t slot = 0; slot < kMarkOrder.size(); ++slot) {
    if (counts[slot] == 0) continue;
    const auto& status = kMarkOrder[slot];
    marks.push_back(
        {status, counts[slot], format_count(counts[slot], language),
         std::string(status ? label(*status, language) : phrase(Phrase::no_data, language))});
  }
  return marks;
}

// Each team's late actions: those serving one of its goals, late as the action
// table says.
std::map<std::string, std::int64_t> late_actions_by_team(const std::vector<ActionGroupView>& groups,
                                                         const ViewContext& context) {
  std::map<std::string, std::int64_t> late;
  for (const auto& group : groups) {
    if (group.group != ActionGroup::overdue) continue;
    for (const auto& action : group.actions) {
      if (action.goal_id.empty()) continue;
      const Goal* goal = context.goal(action.goal_id);
      if (goal != nullptr && goal->team) ++late[*goal->team];
    }
  }
  return late;
}

std::vector<ActionView> late_care_actions(const std::vector<ActionGroupView>& groups) {
  std::vector<ActionView> late;
  for (const auto& group : groups) {
    if (group.group != ActionGroup::overdue) continue;
    for (const auto& action : group.actions) {
      if (action.role == Role::zorgregisseur) late.push_back(action);
    }
  }
  return late;
}

}  // namespace

bool ViewModel::has_content() const {
  return !teams.empty() || !goal_groups.empty() || !trends.empty() || !action_groups.empty() ||
         support.present || !messages.empty() || !positives.empty();
}

ViewModel build_view_model(const Document& document, const Instant& now,
                           const ViewOptions& options) {
  ViewModel model;
  const ViewContext context(document, now, options, model.notes);
  const Language language = context.language();
  model.language = language;
  model.theme = options.theme.value_or(
      document.display && document.display->theme ? *document.display->theme : Theme::dark);
  model.pages.assign(kAllPages.begin(), kAllPages.end());
  if (document.display && document.display->pages) model.pages = *document.display->pages;
  model.page_seconds = kDefaultPageSeconds;
  if (document.display && document.display->page_seconds)
    model.page_seconds = *document.display->page_seconds;
  model.min_n = context.min_n();
  model.today = context.today();
  model.header = build_header(document, context, options);
  model.freshness = build_freshness(document, context);
  model.messages = build_messages(document, context);

  for (const Phase phase : {Phase::signaleren_analyseren, Phase::behoeften_formuleren,
                            Phase::plannen_uitvoeren, Phase::evalueren_aanscherpen}) {
    model.phase_labels.emplace_back(label(phase, language));
  }
  if (document.teams) {
    for (const auto& team : *document.teams) {
      if (context.passes_filter(team.id)) model.teams.push_back(build_team_view(team, context));
    }
    model.phase_groups = group_by_phase(model.teams, language);
  }

  std::map<std::string, MarkCounts> marks_by_team;
  if (document.goals) {
    constexpr std::array kDomains{Domain::leren, Domain::werkhouding, Domain::sociaal_emotioneel};
    for (const Domain domain : kDomains) {
      GoalGroupView group{domain, std::string(label(domain, language)), {}};
      for (const auto& goal : *document.goals) {
        if (goal.domain == domain && context.passes_filter(goal.team)) {
          group.goals.push_back(build_goal_view(goal, context));
          if (goal.team) ++marks_by_team[*goal.team][mark_slot(group.goals.back().status)];
        }
      }
      if (!group.goals.empty()) model.goal_groups.push_back(std::move(group));
    }
  }

  if (document.trends) {
    for (const auto& trend : *document.trends) {
      if (context.passes_filter(trend.team))
        model.trends.push_back(build_trend_view(trend, context));
    }
  }

  if (document.actions) model.action_groups = build_action_groups(*document.actions, context);
  const auto late_by_team = late_actions_by_team(model.action_groups, context);
  for (auto& team : model.teams) {
    if (const auto marks = marks_by_team.find(team.id); marks != marks_by_team.end())
      team.goal_marks = goal_marks(marks->second, language);
    if (const auto late = late_by_team.find(team.id); late != late_by_team.end()) {
      team.late_actions = late->second;
      team.late_actions_text = format_late_actions(late->second, language);
    }
  }
  if (document.support) model.support = build_support_view(*document.support, context);

  if (document.positives) {
    for (const auto& positive : *document.positives) {
      if (context.passes_filter(positive.team)) {
        model.positives.push_back({positive.text, context.team_label(positive.team)});
      }
    }
  }

  for (const auto& group : model.goal_groups) {
    if (group.domain != Domain::leren) continue;
    model.overview.learning_goals = group.goals;
    std::stable_sort(
        model.overview.learning_goals.begin(), model.overview.learning_goals.end(),
        [](const GoalView& a, const GoalView& b) { return attention_rank(a) < attention_rank(b); });
  }
  for (const auto& trend : model.trends) {
    if (trend.needs_attention) model.overview.attention_trends.push_back(trend);
  }
  model.overview.next_mdo = next_mdo(document, context);
  model.overview.late_care_actions = late_care_actions(model.action_groups);
  return model;
}

}  // namespace hgw::core
