// Teams on the cycle: phase, days left in it, and the next meeting.

#include <algorithm>
#include <string>
#include <vector>

#include "view_context.hpp"

namespace hgw::core {
namespace {

std::string lower(std::string text) {
  for (char& c : text) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return text;
}

// A group the team's name already says: "Peuters" in "Peutergroep" (a plural's
// stem counts), "8" in "Groep 8". Saying it again reads as "Peutergroep (groep Peuters)".
bool named_by(const std::string& team_name, const std::string& group) {
  const std::string name = lower(team_name);
  std::string word = lower(group);
  if (word.empty()) return true;
  const bool is_number =
      std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (is_number) {
    // Only as a number of its own: "Groep 8", not the 1 of "Groep 12".
    const std::string spaced = " " + name + " ";
    return spaced.find(" " + word + " ") != std::string::npos;
  }
  if (name.find(word) != std::string::npos) return true;
  for (const std::string_view ending : {"en", "s"}) {
    if (word.size() > ending.size() + 2 && word.ends_with(ending) &&
        name.find(word.substr(0, word.size() - ending.size())) != std::string::npos) {
      return true;
    }
  }
  return false;
}

std::string groups_beside_name(const Team& team, Language language) {
  std::vector<std::string> unsaid;
  for (const auto& group : team.groups) {
    if (!named_by(team.name, group)) unsaid.push_back(group);
  }
  // Either the whole list or nothing: half of "groep 7 en 8" beside "Groep 7" would
  // read as if the team had one group.
  if (unsaid.size() < team.groups.size()) return {};
  return format_group_list(team.groups, language);
}

std::optional<double> progress_through(const Cycle& cycle, const Date& today) {
  if (!cycle.since || !cycle.until) return std::nullopt;
  const auto length = days_between(*cycle.since, *cycle.until);
  const auto done = days_between(*cycle.since, today);
  if (length <= 0) return done >= 0 ? 1.0 : 0.0;
  return std::clamp(static_cast<double>(done) / static_cast<double>(length), 0.0, 1.0);
}

}  // namespace

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
  view.countdown_text = format_meeting_countdown(meeting.kind, view.days_until, language);
  return view;
}

TeamView build_team_view(const Team& team, const ViewContext& context) {
  const Language language = context.language();
  TeamView view;
  view.id = team.id;
  view.name = team.name;
  view.groups_text = groups_beside_name(team, language);
  view.name_with_groups =
      view.groups_text.empty() ? team.name : team.name + " (" + view.groups_text + ")";
  if (!team.cycle) return view;
  const Cycle& cycle = *team.cycle;
  view.phase = cycle.phase;
  view.phase_index = static_cast<int>(cycle.phase);
  view.phase_label = std::string(label(cycle.phase, language));
  view.since = cycle.since;
  view.until = cycle.until;
  view.phase_progress = progress_through(cycle, context.today());
  std::string phase_left;
  if (cycle.until) {
    view.days_left = days_between(context.today(), *cycle.until);
    view.days_left_text = format_days_left(*view.days_left, language);
    phase_left = format_phase_left(*view.days_left, language);
  }
  // A meeting that has passed is no longer the next one.
  if (cycle.next_meeting && cycle.next_meeting->date >= context.today()) {
    view.next_meeting = build_meeting_view(*cycle.next_meeting, team, context);
  }
  view.countdown_text =
      join_parts({phase_left, view.next_meeting ? view.next_meeting->countdown_text : ""});
  return view;
}

}  // namespace hgw::core
