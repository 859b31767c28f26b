// cyclus: the four phases as a ring with every team on its phase, and beside it
// the teams per phase with the days left and their next meeting.

#include <algorithm>
#include <array>
#include <limits>
#include <string>
#include <vector>

#include "card.hpp"
#include "cycle_ring.hpp"
#include "pages.hpp"

namespace hgw::ui {
namespace {

std::string meeting_text(const core::MeetingView& meeting) {
  std::string text = meeting.kind_label + " " + meeting.date_text;
  if (!meeting.time_text.empty()) text += " " + meeting.time_text;
  return text;
}

float phase_heading(const DrawContext& context, Rect area, const core::PhaseGroupView& group) {
  const float size = context.font_size(FontRole::heading);
  if (group.phase_index >= 0) {
    const ImU32 colour = context.palette().phases[static_cast<std::size_t>(group.phase_index)];
    const ImVec2 centre{area.x + size * 0.55f, area.y + size / 2};
    if (context.drawing()) context.draw_list().AddCircleFilled(centre, size * 0.55f, colour);
    const std::string number = std::to_string(group.phase_index + 1);
    context.text(FontRole::body_bold,
                 {centre.x - context.width_of(FontRole::body_bold, number) / 2,
                  centre.y - context.font_size(FontRole::body_bold) / 2},
                 context.palette().demo_text, number);
  }
  const float indent = size * 1.5f;
  context.text_in(FontRole::heading, area.x + indent, area.y, area.w - indent,
                  context.palette().text, group.label);
  return context.line_step(FontRole::heading) + context.units(0.1f);
}

// One team: dot and name, under it both countdowns, each saying what it counts
// down to; with `with_meeting` its next meeting's date below.
float team_row(const DrawContext& context, Rect area, const core::TeamView& team,
               const std::string& mark, int phase_index, bool with_meeting) {
  const Palette& palette = context.palette();
  const float step = context.line_step(FontRole::body);
  const float dot = context.unit() * 0.62f;
  const ImU32 colour =
      phase_index >= 0 ? palette.phases[static_cast<std::size_t>(phase_index)] : palette.rule;
  const float indent = context.font_size(FontRole::heading) * 1.5f;
  draw_team_dot(context, {area.x + indent - dot * 1.6f, area.y + context.unit() / 2}, dot, mark,
                colour);
  const float x = area.x + indent;
  const float width = area.right() - x;
  // The groups only where there is room for them beside the name.
  context.text_in(FontRole::body_bold, x, area.y, width, palette.text,
                  context.portrait() ? team.name : team.name_with_groups);
  float height = step;
  if (!team.countdown_text.empty()) {
    // Two countdowns may need two lines on a narrow screen; neither is cut.
    const bool late = team.days_left && *team.days_left < 0;
    height +=
        context.paragraph(FontRole::body, x, area.y + height, width,
                          late ? palette.off_course : palette.text_muted, team.countdown_text, 2);
  }
  if (with_meeting && team.next_meeting) {
    context.text_in(FontRole::body, x, area.y + height, width, palette.text,
                    meeting_text(*team.next_meeting));
    height += step;
  }
  return height + context.units(0.25f);
}

struct ListFit {
  int shown = 0;
  float height = 0;
};

// Lays out the phase list; returns the number of teams shown and the height used.
ListFit team_list(const DrawContext& context, Rect area, const std::vector<core::TeamView>& teams,
                  const std::vector<core::PhaseGroupView>& groups, int total, bool with_meeting) {
  const DrawContext measure = context.measuring();
  const float marker = context.line_step(FontRole::body_bold);
  float y = area.y;
  int shown = 0;
  for (const auto& group : groups) {
    const float heading = phase_heading(measure, {}, group);
    bool heading_drawn = false;
    for (const std::size_t index : group.teams) {
      const core::TeamView* team = &teams[index];
      const std::string mark = team_mark(teams, *team);
      const float row =
          team_row(measure, {area.x, 0, area.w, 0}, *team, mark, group.phase_index, with_meeting);
      const bool last = shown + 1 == total;
      if (y + (heading_drawn ? 0 : heading) + row + (last ? 0 : marker) > area.bottom()) {
        return {shown, y - area.y};
      }
      if (!heading_drawn) {
        y += phase_heading(context, {area.x, y, area.w, heading}, group);
        heading_drawn = true;
      }
      y +=
          team_row(context, {area.x, y, area.w, row}, *team, mark, group.phase_index, with_meeting);
      ++shown;
    }
    y += context.units(0.5f);
  }
  return {shown, y - area.y};
}

// The list's height with every team in it, however tall.
float whole_list_height(const DrawContext& context, Rect area, const core::ViewModel& model,
                        bool with_meeting) {
  const Rect unbounded{area.x, 0, area.w, std::numeric_limits<float>::max() / 4};
  return team_list(context.measuring(), unbounded, model.teams, model.phase_groups,
                   static_cast<int>(model.teams.size()), with_meeting)
      .height;
}

}  // namespace

void draw_cycle_page(const DrawContext& context, const core::ViewModel& model, Rect area) {
  if (model.teams.empty()) {
    draw_nothing_to_show(context, area);
    context.record_list("teams", 0, 0);
    return;
  }
  const float gap = context.units(1.5f);
  Rect ring;
  if (context.portrait()) {
    // The list takes what it needs (with the meetings where the ring can stay at
    // least 40 % of the page) and the ring the rest, up to the full width, so no
    // band stays empty under a short list or a long one loses its meetings.
    const float list_gap = gap * 0.6f;
    const float smallest_ring = area.h * 0.4f;
    const float with_meetings = whole_list_height(context, area, model, true);
    const float list_height = with_meetings + list_gap + smallest_ring <= area.h
                                  ? with_meetings
                                  : whole_list_height(context, area, model, false);
    ring =
        cut_top(area, std::min(area.w, std::max(smallest_ring, area.h - list_height - list_gap)));
    cut_top(area, list_gap);
  } else {
    ring = cut_left(area, std::min(area.h, area.w * 0.42f));
    cut_left(area, gap);
  }
  draw_cycle_ring(context, ring, model.teams, model.phase_labels);

  const auto& groups = model.phase_groups;
  const int total = static_cast<int>(model.teams.size());
  const bool with_meeting =
      team_list(context.measuring(), area, model.teams, groups, total, true).shown == total;
  const int shown = team_list(context, area, model.teams, groups, total, with_meeting).shown;
  const int hidden = total - shown;
  if (hidden > 0) {
    context.more_marker(area.x, area.bottom() - context.font_size(FontRole::body_bold), area.w,
                        hidden);
  }
  context.record_list("teams", shown, hidden);
}

}  // namespace hgw::ui
