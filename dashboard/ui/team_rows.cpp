#include "team_rows.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <string>
#include <vector>

#include "card.hpp"
#include "status_marker.hpp"

namespace hgw::ui {
namespace {

float cell_gap(const DrawContext& context) {
  return context.units(0.8f);
}
float row_padding(const DrawContext& context) {
  return context.units(0.15f);
}
float panel_padding(const DrawContext& context) {
  return context.units(0.25f);
}
float phase_dot(const DrawContext& context) {
  return context.font_size(FontRole::body) * 0.55f;
}
float mark_size(const DrawContext& context) {
  return context.font_size(FontRole::body_bold) * 0.75f;
}

std::string meeting_text(const core::TeamView& team) {
  return team.next_meeting ? team.next_meeting->countdown_text : std::string();
}

float name_width(const DrawContext& context, const core::TeamView& team) {
  return context.width_of(FontRole::body_bold, team.name);
}
float phase_width(const DrawContext& context, const core::TeamView& team) {
  if (team.phase_label.empty()) return 0;
  return phase_dot(context) + context.units(0.35f) +
         context.width_of(FontRole::body, team.phase_label);
}
float days_width(const DrawContext& context, const core::TeamView& team) {
  return context.width_of(FontRole::body, team.days_left_text);
}
float mark_width(const DrawContext& context, const core::GoalMarkView& mark) {
  return mark_size(context) + context.units(0.2f) +
         context.width_of(FontRole::body_bold, mark.count_text);
}
float marks_width(const DrawContext& context, const core::TeamView& team) {
  float width = 0;
  for (const auto& mark : team.goal_marks)
    width += (width > 0 ? context.units(0.6f) : 0.0f) + mark_width(context, mark);
  return width;
}

// Name, phase and days left stand in columns, the same for every row: where each
// team is in the cycle reads down the page. The rest (the next meeting, the goal
// marks, the late actions) follows each row's days left and wraps under its phase
// where the line is full, so a row takes a second line only when it must.
struct RowGrid {
  float width = 0;
  float phase_x = 0;
  float days_x = 0;
  bool days_in_grid = true;
  float flow_x = 0;         // where the rest starts on the first line
  float wrap_x = 0;         // where a wrapped line starts
  bool flow_below = false;  // nothing fits beside the grid: the rest starts on line two
};

// The rows `within` can hold at most, each at least a line high.
std::size_t rows_within(const DrawContext& context, const core::ViewModel& model, float within) {
  const float least = context.line_step(FontRole::body) + 2 * row_padding(context);
  const auto most = static_cast<std::size_t>(std::max(0.0f, within / least)) + 1;
  return std::min(model.teams.size(), most);
}

RowGrid plan_grid(const DrawContext& context, const core::ViewModel& model, float width,
                  std::size_t rows) {
  float names = 0;
  float phases = 0;
  float days = 0;
  for (std::size_t index = 0; index < rows; ++index) {
    const auto& team = model.teams[index];
    names = std::max(names, name_width(context, team));
    phases = std::max(phases, phase_width(context, team));
    days = std::max(days, days_width(context, team));
  }
  const float gap = cell_gap(context);
  RowGrid grid;
  grid.width = width;
  grid.phase_x = std::min(names + gap, width / 3);
  grid.days_x = grid.phase_x + (phases > 0 ? phases + gap : 0.0f);
  grid.wrap_x = grid.phase_x;
  grid.flow_x = grid.days_x + (days > 0 ? days + gap : 0.0f);
  if (grid.flow_x - gap > width) {
    grid.days_in_grid = false;
    grid.flow_x = grid.days_x;
  }
  grid.flow_below = grid.flow_x >= width;
  return grid;
}

// One part of the rest of a row: its width and how to draw it at (x, y) within a width.
struct FlowPart {
  float width = 0;
  std::function<void(float x, float y, float width)> draw;
};

std::vector<FlowPart> flow_parts(const DrawContext& context, const RowGrid& grid,
                                 const core::TeamView& team) {
  const Palette& palette = context.palette();
  std::vector<FlowPart> parts;
  const auto text_part = [&](FontRole role, ImU32 colour, const std::string& text) {
    if (text.empty()) return;
    parts.push_back({context.width_of(role, text),
                     [&context, role, colour, text](float x, float y, float width) {
                       context.text_in(role, x, y, width, colour, text);
                     }});
  };
  if (!grid.days_in_grid) text_part(FontRole::body, palette.text_muted, team.days_left_text);
  text_part(FontRole::body, palette.text_muted, meeting_text(team));
  if (!team.goal_marks.empty()) {
    parts.push_back({marks_width(context, team), [&context, &team](float x, float y, float width) {
                       const float right = x + width;
                       const float size = mark_size(context);
                       const float middle = y + context.font_size(FontRole::body_bold) * 0.55f;
                       for (const auto& mark : team.goal_marks) {
                         if (x + mark_width(context, mark) > right + 0.5f) break;
                         draw_status_shape(context, {x + size / 2, middle}, size, mark.status);
                         x += size + context.units(0.2f);
                         x += context.text_in(FontRole::body_bold, x, y, right - x,
                                              status_colour(context.palette(), mark.status),
                                              mark.count_text);
                         x += context.units(0.6f);
                       }
                     }});
  }
  text_part(FontRole::body_bold, palette.off_course, team.late_actions_text);
  return parts;
}

// Lays out (or measures) one row from its top-left corner; returns its lines.
int lay_out_row(const DrawContext& context, const RowGrid& grid, const core::TeamView& team,
                float x, float y) {
  const Palette& palette = context.palette();
  const float step = context.line_step(FontRole::body);
  context.text_in(FontRole::body_bold, x, y, grid.phase_x - context.units(0.3f), palette.text,
                  team.name);
  if (!team.phase_label.empty() && team.phase_index >= 0) {
    const float dot = phase_dot(context);
    if (context.drawing()) {
      context.draw_list().AddCircleFilled(
          {x + grid.phase_x + dot / 2, y + context.font_size(FontRole::body) * 0.55f}, dot / 2,
          palette.phases[static_cast<std::size_t>(team.phase_index)]);
    }
    const float text_x = grid.phase_x + dot + context.units(0.35f);
    context.text_in(FontRole::body, x + text_x, y, std::max(0.0f, grid.width - text_x),
                    palette.text, team.phase_label);
  }
  if (grid.days_in_grid) {
    context.text_in(FontRole::body, x + grid.days_x, y, grid.width - grid.days_x,
                    palette.text_muted, team.days_left_text);
  }
  int line = grid.flow_below ? 1 : 0;
  float at = grid.flow_below ? grid.wrap_x : grid.flow_x;
  bool line_start = grid.flow_below;
  for (const FlowPart& part : flow_parts(context, grid, team)) {
    if (!line_start && at + part.width > grid.width) {
      ++line;
      at = grid.wrap_x;
    }
    part.draw(x + at, y + static_cast<float>(line) * step, grid.width - at);
    at += part.width + cell_gap(context);
    line_start = false;
  }
  return line + 1;
}

float row_height(const DrawContext& context, int lines) {
  return context.line_step(FontRole::body) * static_cast<float>(lines) + 2 * row_padding(context);
}

float inner_width(const DrawContext& context, float width) {
  return width - 2 * context.units(kCardPadding);
}

}  // namespace

StackNeed team_rows_need(const DrawContext& context, const core::ViewModel& model, float width,
                         float within) {
  StackNeed need{0, {}, 0, context.line_step(FontRole::body_bold)};
  if (model.teams.empty()) return need;
  need.fixed = 2 * panel_padding(context);
  const std::size_t rows = rows_within(context, model, within);
  const RowGrid grid = plan_grid(context, model, inner_width(context, width), rows);
  const DrawContext measure = context.measuring();
  need.items.assign(model.teams.size(), row_height(context, 1));
  for (std::size_t index = 0; index < rows; ++index)
    need.items[index] = row_height(context, lay_out_row(measure, grid, model.teams[index], 0, 0));
  return need;
}

void draw_team_rows(const DrawContext& context, const core::ViewModel& model, Rect area, int most) {
  if (model.teams.empty()) return;
  if (context.drawing()) draw_card(context, area);
  const Rect inner = area.inset(context.units(kCardPadding), panel_padding(context));
  const RowGrid grid = plan_grid(context, model, inner.w, rows_within(context, model, area.h));
  stack_cards(
      context, inner, static_cast<int>(model.teams.size()), 0,
      [&](const DrawContext& row_context, Rect row, int index) {
        if (row_context.drawing() && index > 0) {
          // On a whole pixel, so a thin rule is drawn whole on a small screen too.
          const float y = std::floor(row.y) + 0.5f;
          row_context.draw_list().AddLine({row.x, y}, {row.right(), y}, row_context.palette().rule,
                                          std::max(1.0f, row_context.units(0.06f)));
        }
        const auto& team = model.teams[static_cast<std::size_t>(index)];
        return row_height(row_context, lay_out_row(row_context, grid, team, row.x,
                                                   row.y + row_padding(row_context)));
      },
      "overview_teams", most);
}

}  // namespace hgw::ui
