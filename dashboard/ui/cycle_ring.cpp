#include "cycle_ring.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace hgw::ui {
namespace {

constexpr float kPi = 3.14159265f;
// A small gap between phases makes the four parts readable as steps.
constexpr float kPhaseGap = 0.06f;

float phase_start_angle(int phase) {
  return -kPi / 2 + static_cast<float>(phase) * kPi / 2;
}

}  // namespace

namespace {

std::string first_character(const std::string& text) {
  if (text.empty()) return "?";
  std::size_t length = 1;
  while (length < text.size() && (static_cast<unsigned char>(text[length]) & 0xC0) == 0x80) {
    ++length;
  }
  return text.substr(0, length);
}

}  // namespace

std::vector<std::string> team_marks(const std::vector<core::TeamView>& teams) {
  std::vector<std::string> marks;
  for (const auto& team : teams)
    marks.push_back(first_character(team.name));
  const bool unique = std::all_of(marks.begin(), marks.end(), [&](const std::string& mark) {
    return std::count(marks.begin(), marks.end(), mark) == 1;
  });
  if (unique) return marks;
  for (std::size_t index = 0; index < marks.size(); ++index) {
    marks[index] =
        index < 26 ? std::string(1, static_cast<char>('A' + index)) : std::to_string(index + 1);
  }
  return marks;
}

std::string team_mark(const std::vector<core::TeamView>& teams, const core::TeamView& team) {
  const auto marks = team_marks(teams);
  for (std::size_t index = 0; index < teams.size(); ++index) {
    if (&teams[index] == &team) return marks[index];
  }
  return "?";
}

void draw_team_dot(const DrawContext& context, ImVec2 centre, float radius, const std::string& mark,
                   ImU32 colour) {
  if (context.drawing()) {
    context.draw_list().AddCircleFilled(centre, radius, context.palette().surface);
    context.draw_list().AddCircle(centre, radius, colour, 0, radius * 0.18f);
  }
  const float width = context.width_of(FontRole::body_bold, mark);
  const float size = context.font_size(FontRole::body_bold);
  context.text(FontRole::body_bold, {centre.x - width / 2, centre.y - size / 2},
               context.palette().text, mark);
}

void draw_cycle_ring(const DrawContext& context, Rect area,
                     const std::vector<core::TeamView>& teams) {
  const Palette& palette = context.palette();
  const float outer = std::min(area.w, area.h) / 2;
  const float thickness = std::max(context.units(2.2f), outer * 0.26f);
  const float radius = outer - thickness / 2;  // centre line of the ring
  const ImVec2 centre = area.centre();
  if (radius <= 0) return;

  std::array<std::vector<const core::TeamView*>, 4> on_phase;
  for (const auto& team : teams) {
    if (team.phase_index >= 0 && team.phase_index < 4) {
      on_phase[static_cast<std::size_t>(team.phase_index)].push_back(&team);
    }
  }

  for (int phase = 0; phase < 4; ++phase) {
    const float start = phase_start_angle(phase) + kPhaseGap;
    const float end = phase_start_angle(phase + 1) - kPhaseGap;
    const ImU32 colour = palette.phases[static_cast<std::size_t>(phase)];
    if (context.drawing()) {
      ImDrawList& list = context.draw_list();
      list.PathArcTo(centre, radius, start, end, 48);
      list.PathStroke(colour, ImDrawFlags_None, thickness);
    }
    // The phase number inside the ring, at the start of its arc.
    const float number_angle = start + 0.22f;
    const std::string number = std::to_string(phase + 1);
    const float size = context.font_size(FontRole::heading);
    const ImVec2 number_centre{centre.x + std::cos(number_angle) * radius,
                               centre.y + std::sin(number_angle) * radius};
    context.text(FontRole::heading,
                 {number_centre.x - context.width_of(FontRole::heading, number) / 2,
                  number_centre.y - size / 2},
                 palette.background, number);

    // The teams, spread over the rest of the arc so their dots never touch.
    const auto& members = on_phase[static_cast<std::size_t>(phase)];
    const float first = number_angle + 0.3f;
    const float last = end - 0.12f;
    const float dot_radius = std::min(thickness * 0.42f, context.units(0.85f));
    const float step = (dot_radius * 2.15f) / radius;
    // More teams than dots fit on the arc: the last dot says how many more.
    const auto capacity = static_cast<std::size_t>(std::max(1.0f, (last - first) / step + 1));
    const std::size_t total = members.size();
    const std::size_t dots = std::min(total, capacity);
    const std::size_t shown = total > capacity ? capacity - 1 : total;
    // Evenly spread, but no further apart than needed: a few teams sit together.
    const float spacing =
        dots > 1 ? std::min((last - first) / static_cast<float>(dots - 1), step * 1.4f) : 0;
    const float begin = (first + last) / 2 - spacing * static_cast<float>(dots - 1) / 2;
    for (std::size_t index = 0; index < dots; ++index) {
      const float angle = begin + spacing * static_cast<float>(index);
      const ImVec2 at{centre.x + std::cos(angle) * radius, centre.y + std::sin(angle) * radius};
      if (index < shown) {
        draw_team_dot(context, at, dot_radius, team_mark(teams, *members[index]), colour);
        continue;
      }
      if (context.drawing()) context.draw_list().AddCircleFilled(at, dot_radius, palette.surface);
      const std::string more = "+" + std::to_string(total - shown);
      context.text_in(FontRole::body_bold, at.x - dot_radius, at.y - context.unit() / 2,
                      dot_radius * 2, palette.text, more, Align::centre);
    }
  }
}

}  // namespace hgw::ui
