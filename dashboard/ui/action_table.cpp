#include "action_table.hpp"

#include <algorithm>
#include <array>
#include <string>

#include "card.hpp"
#include "status_marker.hpp"

namespace hgw::ui {
namespace {

using core::ActionGroup;
using core::Phrase;

ImU32 group_colour(const Palette& palette, ActionGroup group) {
  switch (group) {
    case ActionGroup::overdue:
      return palette.off_course;
    case ActionGroup::this_week:
      return palette.attention;
    case ActionGroup::later:
      return palette.accent;
    case ActionGroup::done:
      return palette.text_muted;
  }
  return palette.text;
}

// The group's mark: overdue ■ (as "niet behaald"), this week ▲, later ●, done ✓.
std::optional<core::GoalStatus> group_shape(ActionGroup group) {
  switch (group) {
    case ActionGroup::overdue:
      return core::GoalStatus::niet_behaald;
    case ActionGroup::this_week:
      return core::GoalStatus::aandacht;
    case ActionGroup::later:
      return std::nullopt;
    case ActionGroup::done:
      return core::GoalStatus::behaald;
  }
  return std::nullopt;
}

void draw_group_shape(const DrawContext& context, ImVec2 centre, float size, ActionGroup group) {
  if (!context.drawing()) return;
  const ImU32 colour = group_colour(context.palette(), group);
  if (group == ActionGroup::later) {
    context.draw_list().AddCircleFilled(centre, size * 0.4f, colour);
    return;
  }
  draw_status_shape(context, centre, size, group_shape(group), colour);
}

float group_heading_height(const DrawContext& context) {
  return context.line_step(FontRole::heading) + context.units(0.2f);
}

void draw_group_heading(const DrawContext& context, Rect row, const core::ActionGroupView& group) {
  const float size = context.font_size(FontRole::heading);
  const float y = row.y + context.units(0.2f);
  draw_group_shape(context, {row.x + size * 0.4f, y + size / 2}, size * 0.7f, group.group);
  const std::string text =
      group.label + "  (" +
      core::format_count(static_cast<std::int64_t>(group.actions.size()), context.language()) + ")";
  context.text_in(FontRole::heading, row.x + size, y, row.w - size,
                  group_colour(context.palette(), group.group), text);
}

// ---- Table: five columns on a wide screen -------------------------------------

struct Columns {
  std::array<float, 5> x{};
  std::array<float, 5> width{};
};

Columns table_columns(const DrawContext& context, Rect area) {
  // Shares of the width: "wat" needs the most, "wanneer" the least.
  constexpr std::array<float, 5> shares = {0.28f, 0.17f, 0.19f, 0.18f, 0.18f};
  const float gap = context.units(0.8f);
  const float stripe = context.units(0.6f);
  const float usable = area.w - stripe - gap * 4;
  Columns columns;
  float x = area.x + stripe;
  for (std::size_t index = 0; index < 5; ++index) {
    columns.x[index] = x;
    columns.width[index] = usable * shares[index];
    x += columns.width[index] + gap;
  }
  return columns;
}

// A row's height and draw in one: `lines` is 1 or 2 lines per cell.
float table_row(const DrawContext& context, Rect area, const Columns& columns,
                const core::ActionView& action, ActionGroup group, int lines) {
  const Palette& palette = context.palette();
  const bool done = group == ActionGroup::done;
  const ImU32 text_colour = done ? palette.text_muted : palette.text;
  const float top = area.y + context.units(0.25f);
  const auto cell = [&](std::size_t column, const std::string& text, FontRole role, ImU32 colour) {
    return context.paragraph(role, columns.x[column], top, columns.width[column], colour, text,
                             lines);
  };
  float height = cell(0, action.what, FontRole::body_bold, text_colour);
  height = std::max(height, cell(1, action.who, FontRole::body, text_colour));
  const ImU32 when_colour = group == ActionGroup::overdue ? palette.off_course : text_colour;
  if (lines >= 2) {
    context.text_in(FontRole::body, columns.x[2], top, columns.width[2], text_colour,
                    action.when_text);
    context.text_in(FontRole::body_bold, columns.x[2], top + context.line_step(FontRole::body),
                    columns.width[2], when_colour, action.relative_text);
    height = std::max(height, 2 * context.line_step(FontRole::body));
  } else {
    context.text_in(FontRole::body, columns.x[2], top, columns.width[2], when_colour,
                    action.when_text + ", " + action.relative_text);
  }
  height = std::max(height, cell(3, action.how, FontRole::body, palette.text_muted));
  height = std::max(height, cell(4, action.why, FontRole::body, palette.text_muted));
  height = std::max(height, context.line_step(FontRole::body));
  const float row_height = height + context.units(0.3f);
  if (context.drawing()) {
    // Overdue rows carry a vermillion stripe; others a quiet rule under them.
    if (group == ActionGroup::overdue) {
      context.draw_list().AddRectFilled(
          {area.x, top}, {area.x + context.units(0.2f), top + height - context.units(0.2f)},
          palette.off_course);
    }
    context.draw_list().AddLine({area.x, area.y + row_height}, {area.right(), area.y + row_height},
                                palette.surface_raised, context.units(0.05f));
  }
  return row_height;
}

void draw_table_header(const DrawContext& context, Rect row, const Columns& columns) {
  const std::array<Phrase, 5> names = {Phrase::what, Phrase::who, Phrase::when, Phrase::how,
                                       Phrase::why};
  if (context.drawing()) {
    context.draw_list().AddRectFilled(row.min(), row.max(), context.palette().surface_raised,
                                      context.units(0.25f));
  }
  for (std::size_t index = 0; index < 5; ++index) {
    context.text_in(FontRole::body_bold, columns.x[index], row.y + context.units(0.2f),
                    columns.width[index], context.palette().text,
                    std::string(core::phrase(names[index], context.language())));
  }
}

// ---- List: blocks on a narrow (portrait) screen --------------------------------

float list_block(const DrawContext& context, Rect area, const core::ActionView& action,
                 ActionGroup group, bool with_how_why) {
  const Palette& palette = context.palette();
  const bool done = group == ActionGroup::done;
  const float indent = context.units(0.6f);
  const float x = area.x + indent;
  const float width = area.w - indent;
  float y = area.y + context.units(0.25f);
  y += context.paragraph(FontRole::body_bold, x, y, width, done ? palette.text_muted : palette.text,
                         action.what, 2);
  const ImU32 when_colour = group == ActionGroup::overdue ? palette.off_course : palette.text;
  y += context.paragraph(FontRole::body, x, y, width, when_colour,
                         action.when_text + ", " + action.relative_text, 1);
  y += context.paragraph(FontRole::body, x, y, width, palette.text_muted, action.who, 1);
  const core::Language language = context.language();
  if (with_how_why && !action.how.empty()) {
    y += context.paragraph(FontRole::body, x, y, width, palette.text_muted,
                           std::string(core::phrase(Phrase::how, language)) + ": " + action.how, 2);
  }
  if (with_how_why && !action.why.empty()) {
    y += context.paragraph(FontRole::body, x, y, width, palette.text_muted,
                           std::string(core::phrase(Phrase::why, language)) + ": " + action.why, 2);
  }
  const float height = y - area.y + context.units(0.2f);
  if (context.drawing() && group == ActionGroup::overdue) {
    context.draw_list().AddRectFilled(
        {area.x, area.y + context.units(0.3f)},
        {area.x + context.units(0.2f), area.y + height - context.units(0.3f)}, palette.off_course);
  }
  return height;
}

// ---- Shared flow -----------------------------------------------------------------

// How rows are laid out: the first `rich_groups` groups (overdue, this week, …)
// get the roomy style, the rest the compact one, so the urgent rows keep their
// words when space runs short.
struct FlowStyle {
  bool table = true;
  std::size_t rich_groups = 0;
};

float row_height(const DrawContext& context, Rect area, const Columns& columns,
                 const core::ActionView& action, ActionGroup group, bool table, bool rich) {
  if (table) return table_row(context, area, columns, action, group, rich ? 2 : 1);
  return list_block(context, area, action, group, rich);
}

// Lays out (or only measures) the groups; returns the number of actions shown.
int flow(const DrawContext& context, Rect area, const Columns& columns,
         const std::vector<core::ActionGroupView>& groups, FlowStyle style, int total) {
  const float marker = context.line_step(FontRole::body_bold);
  float y = area.y;
  int shown = 0;
  for (std::size_t group_index = 0; group_index < groups.size(); ++group_index) {
    const auto& group = groups[group_index];
    const bool rich = group_index < style.rich_groups;
    const float heading = group_heading_height(context);
    bool heading_drawn = false;
    for (const auto& action : group.actions) {
      const DrawContext measure = context.measuring();
      const float need = row_height(measure, {area.x, 0, area.w, 0}, columns, action, group.group,
                                    style.table, rich);
      const float heading_need = heading_drawn ? 0 : heading;
      const bool last = shown + 1 == total;
      // Keep room for the "+ N meer" line unless this is the very last action.
      if (y + heading_need + need + (last ? 0 : marker) > area.bottom()) {
        return shown;
      }
      if (!heading_drawn) {
        draw_group_heading(context, {area.x, y, area.w, heading}, group);
        y += heading;
        heading_drawn = true;
      }
      y += row_height(context, {area.x, y, area.w, need}, columns, action, group.group, style.table,
                      rich);
      ++shown;
    }
    y += context.units(0.3f);
  }
  return shown;
}

}  // namespace

void draw_action_table(const DrawContext& context, Rect area,
                       const std::vector<core::ActionGroupView>& groups) {
  int total = 0;
  for (const auto& group : groups)
    total += static_cast<int>(group.actions.size());
  const bool table = area.w >= context.units(40);
  const Columns columns = table_columns(context, area);
  Rect body = area;
  if (table) {
    const float header = context.line_step(FontRole::body_bold) + context.units(0.2f);
    draw_table_header(context, cut_top(body, header), columns);
    cut_top(body, context.units(0.2f));
  }
  // The richest style under which everything fits; else the most compact one.
  FlowStyle chosen{table, 0};
  for (std::size_t rich = groups.size(); rich > 0; --rich) {
    if (flow(context.measuring(), body, columns, groups, {table, rich}, total) == total) {
      chosen.rich_groups = rich;
      break;
    }
  }
  const int shown = flow(context, body, columns, groups, chosen, total);
  const int hidden = total - shown;
  if (hidden > 0) {
    context.more_marker(body.x, body.bottom() - context.font_size(FontRole::body_bold), body.w,
                        hidden);
  }
  context.record_list("actions", shown, hidden);
}

}  // namespace hgw::ui
