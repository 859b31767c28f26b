// Teams on the cycle: phase, days left in it, and the next meeting.

#include <string>

#include "view_context.hpp"

namespace hgw::core {

MeetingView build_meeting_view(const Meeting& meeting, const Team& team,
                               const ViewContext& context) {
  const Language language = context.language();
  MeetingView view;
  view.kind = meeting.kind;
  view.kind_label = std::string(label(meeting.kind, language));
  view.team_name = team.name;
  view.date = meeting.date;
  view.date_text = format_long_date(meeting.date, language);
  if (meeting.time) view.time_text = format_time_of_day(*meeting.time);
  view.days_until = days_between(context.today(), meeting.date);
  view.relative_text = format_days_from_today(view.days_until, language);
  return view;
}

TeamView build_team_view(const Team& team, const ViewContext& context) {
  const Language language = context.language();
  TeamView view;
  view.id = team.id;
  view.name = team.name;
  view.groups_text = format_group_list(team.groups, language);
  if (!team.cycle) return view;
  const Cycle& cycle = *team.cycle;
  view.phase = cycle.phase;
  view.phase_index = static_cast<int>(cycle.phase);
  view.phase_label = std::string(label(cycle.phase, language));
  view.since = cycle.since;
  view.until = cycle.until;
  if (cycle.until) {
    view.days_left = days_between(context.today(), *cycle.until);
    view.days_left_text = format_days_left(*view.days_left, language);
  }
  // A meeting that has passed is no longer the next one.
  if (cycle.next_meeting && cycle.next_meeting->date >= context.today()) {
    view.next_meeting = build_meeting_view(*cycle.next_meeting, team, context);
  }
  return view;
}

}  // namespace hgw::core
