#include "action_table.hpp"

#include <algorithm>
#include <array>
#include <limits>
#include <string>

#include "card.hpp"
#include "core/page_rotation.hpp"
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
  // Shares of the width: "wat" needs the most, "wanneer" the least; "hoe" and
  // "waarom" enough to say it in three lines.
  constexpr std::array<float, 5> shares = {0.25f, 0.16f, 0.15f, 0.23f, 0.21f};
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

// How many lines a text may take: wat, wie and wanneer whole, hoe and waarom up
// to three before "…"; none more than `room` holds, so one action taller than a
// whole part is cut there, the only place its words are cut.
constexpr int kExplanationLines = 3;

int lines_in(const DrawContext& context, FontRole role, float room) {
  return std::max(1, static_cast<int>(room / context.line_step(role)));
}

// A row's height and draw in one, no higher than `room`.
float table_row(const DrawContext& context, Rect area, const Columns& columns,
                const core::ActionView& action, ActionGroup group, float room) {
  const Palette& palette = context.palette();
  const bool done = group == ActionGroup::done;
  const ImU32 text_colour = done ? palette.text_muted : palette.text;
  const float top = area.y + context.units(0.25f);
  room = std::max(0.0f, room - context.units(0.55f));
  const auto cell = [&](std::size_t column, float y, const std::string& text, FontRole role,
                        ImU32 colour, int most) {
    return context.paragraph(role, columns.x[column], y, columns.width[column], colour, text,
                             std::min(most, lines_in(context, role, room - (y - top))));
  };
  const int whole = std::numeric_limits<int>::max();
  float height = cell(0, top, action.what, FontRole::body_bold, text_colour, whole);
  height = std::max(height, cell(1, top, action.who, FontRole::body, text_colour, whole));
  // Wanneer: the date, and under it how far off it is (in red when late).
  const ImU32 when_colour = group == ActionGroup::overdue ? palette.off_course : text_colour;
  float when = cell(2, top, action.when_text, FontRole::body, text_colour, whole);
  if (room - when >= context.line_step(FontRole::body_bold)) {
    when += cell(2, top + when, action.relative_text, FontRole::body_bold, when_colour, whole);
  }
  height = std::max(height, when);
  height = std::max(
      height, cell(3, top, action.how, FontRole::body, palette.text_muted, kExplanationLines));
  height = std::max(
      height, cell(4, top, action.why, FontRole::body, palette.text_muted, kExplanationLines));
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
    fill_rounded_rect(context.draw_list(), row.min(), row.max(), context.palette().surface_raised,
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
                 ActionGroup group, float room) {
  const Palette& palette = context.palette();
  const bool done = group == ActionGroup::done;
  const float indent = context.units(0.6f);
  const float x = area.x + indent;
  const float width = area.w - indent;
  const float top = area.y + context.units(0.25f);
  room = std::max(0.0f, room - context.units(0.45f));
  float y = top;
  const auto paragraph = [&](FontRole role, ImU32 colour, const std::string& text, int most) {
    const int lines =
        std::min(most, static_cast<int>((room - (y - top)) / context.line_step(role)));
    if (lines <= 0 || text.empty()) return;
    y += context.paragraph(role, x, y, width, colour, text, lines);
  };
  const int whole = std::numeric_limits<int>::max();
  paragraph(FontRole::body_bold, done ? palette.text_muted : palette.text, action.what, whole);
  const ImU32 when_colour = group == ActionGroup::overdue ? palette.off_course : palette.text;
  paragraph(FontRole::body, when_colour, action.when_text + ", " + action.relative_text, whole);
  paragraph(FontRole::body, palette.text_muted, action.who, whole);
  const core::Language language = context.language();
  if (!action.how.empty()) {
    paragraph(FontRole::body, palette.text_muted,
              std::string(core::phrase(Phrase::how, language)) + ": " + action.how,
              kExplanationLines);
  }
  if (!action.why.empty()) {
    paragraph(FontRole::body, palette.text_muted,
              std::string(core::phrase(Phrase::why, language)) + ": " + action.why,
              kExplanationLines);
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

// Every action in the groups' order, as (group, action) indexes.
using Entries = std::vector<std::pair<std::size_t, std::size_t>>;

Entries entries_of(const std::vector<core::ActionGroupView>& groups) {
  Entries entries;
  for (std::size_t group = 0; group < groups.size(); ++group) {
    for (std::size_t action = 0; action < groups[group].actions.size(); ++action)
      entries.emplace_back(group, action);
  }
  return entries;
}

struct Flow {
  const std::vector<core::ActionGroupView>& groups;
  const Entries& entries;
  Columns columns;
  bool table = true;
};

float row_height(const DrawContext& context, Rect area, const Flow& flow,
                 const core::ActionView& action, ActionGroup group, float room) {
  if (flow.table) return table_row(context, area, flow.columns, action, group, room);
  return list_block(context, area, action, group, room);
}

// Lays out (or only measures) the actions from entry `first` on, as many as fit,
// never none; returns how many. The last part a page may have keeps room for the
// "+ N meer" under them; other parts leave the rest to the next part. A part that
// begins inside a group names the group again.
int flow_part(const DrawContext& context, Rect area, const Flow& flow, std::size_t first,
              bool last_part) {
  const float marker = context.line_step(FontRole::body_bold);
  const float heading = group_heading_height(context);
  // One action alone on a part, under its group's heading, has this much room.
  const float room = area.h - heading;
  const DrawContext measure = context.measuring();
  float y = area.y;
  int shown = 0;
  for (std::size_t index = first; index < flow.entries.size(); ++index) {
    const auto [group_index, action_index] = flow.entries[index];
    const auto& group = flow.groups[group_index];
    const auto& action = group.actions[action_index];
    const bool new_group = index == first || flow.entries[index - 1].first != group_index;
    if (new_group && index != first) y += context.units(0.3f);
    const float need = row_height(measure, {area.x, 0, area.w, 0}, flow, action, group.group, room);
    const float heading_need = new_group ? heading : 0;
    const bool more_after = index + 1 < flow.entries.size();
    const float reserve = last_part && more_after ? marker : 0;
    if (shown > 0 && y + heading_need + need + reserve > area.bottom()) break;
    if (new_group) {
      draw_group_heading(context, {area.x, y, area.w, heading}, group);
      y += heading;
    }
    y += row_height(context, {area.x, y, area.w, need}, flow, action, group.group, room);
    ++shown;
  }
  return shown;
}

}  // namespace

int draw_action_table(const DrawContext& context, Rect area,
                      const std::vector<core::ActionGroupView>& groups, int part) {
  const Entries entries = entries_of(groups);
  const int total = static_cast<int>(entries.size());
  const bool table = area.w >= context.units(40);
  const Flow flow{groups, entries, table_columns(context, area), table};
  Rect body = area;
  if (table) {
    const float header = context.line_step(FontRole::body_bold) + context.units(0.2f);
    draw_table_header(context, cut_top(body, header), flow.columns);
    cut_top(body, context.units(0.2f));
  }
  // Where each part begins: as many actions as fit after the previous part's last.
  std::vector<int> starts = {0};
  const DrawContext measure = context.measuring();
  for (int first = 0;;) {
    const bool last_part = static_cast<int>(starts.size()) == core::kMostParts;
    first += flow_part(measure, body, flow, static_cast<std::size_t>(first), last_part);
    if (first >= total || last_part) break;
    starts.push_back(first);
  }
  const int parts = static_cast<int>(starts.size());
  part = std::clamp(part, 0, parts - 1);
  const int first = starts[static_cast<std::size_t>(part)];
  const bool last_part = part + 1 == core::kMostParts;
  const int shown = flow_part(context, body, flow, static_cast<std::size_t>(first), last_part);
  const int hidden = last_part ? total - first - shown : 0;
  if (hidden > 0) {
    context.more_marker(body.x, body.bottom() - context.font_size(FontRole::body_bold), body.w,
                        hidden);
  }
  context.record_list("actions", shown, hidden, first, total - first - shown - hidden);
  return parts;
}

}  // namespace hgw::ui
