#include "cycle_ring.hpp"

#include <algorithm>
#include <array>
#include <cmath>

#include "text_layout.hpp"

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

namespace {

// The width a phase's name may take beside the ring's vertical axis.
float label_width(const DrawContext& context, Rect area) {
  const float indent = context.font_size(FontRole::body_bold) * 1.1f + context.units(0.3f);
  return std::max(0.0f, area.w / 2 - context.units(0.5f) - indent);
}

// A phase's name in lines, as many as it needs up to three.
std::vector<std::string> label_lines(const DrawContext& context, Rect area,
                                     const std::string& label) {
  return wrap_text(context.font(FontRole::body_bold), label, label_width(context, area), 3);
}

// Where each phase's name goes: above the ring for the upper phases (1 and 4),
// below it for the lower ones, on the side of its arc.
void draw_phase_label(const DrawContext& context, ImVec2 centre, float ring_outer, int phase,
                      const std::vector<std::string>& lines) {
  const Palette& palette = context.palette();
  const bool right = phase == 0 || phase == 1;
  const bool above = phase == 0 || phase == 3;
  const float gap = context.units(0.5f);
  const float badge = context.font_size(FontRole::body_bold) * 0.55f;
  const float indent = context.font_size(FontRole::body_bold) * 1.1f + context.units(0.3f);
  float widest = 0;
  for (const auto& line : lines)
    widest = std::max(widest, context.width_of(FontRole::body_bold, line));
  const float step = context.line_step(FontRole::body_bold);
  const float height = step * static_cast<float>(lines.size());
  const float x = right ? centre.x + gap : centre.x - gap - indent - widest;
  const float y = above ? centre.y - ring_outer - context.units(0.3f) - height
                        : centre.y + ring_outer + context.units(0.3f);
  const ImU32 colour = palette.phases[static_cast<std::size_t>(phase)];
  const ImVec2 badge_centre{x + badge, y + step / 2};
  if (context.drawing()) context.draw_list().AddCircleFilled(badge_centre, badge, colour);
  const std::string number = std::to_string(phase + 1);
  context.text(FontRole::body_bold,
               {badge_centre.x - context.width_of(FontRole::body_bold, number) / 2,
                badge_centre.y - context.font_size(FontRole::body_bold) / 2},
               palette.demo_text, number);
  for (std::size_t index = 0; index < lines.size(); ++index) {
    context.text(FontRole::body_bold, {x + indent, y + step * static_cast<float>(index)},
                 palette.text, lines[index]);
  }
}

// The arrowhead at the end of an arc, pointing clockwise: the cycle's direction.
void draw_arrowhead(const DrawContext& context, ImVec2 centre, float radius, float thickness,
                    float base_angle, float tip_angle, ImU32 colour) {
  if (!context.drawing()) return;
  const auto at = [&](float angle, float distance) {
    return ImVec2{centre.x + std::cos(angle) * distance, centre.y + std::sin(angle) * distance};
  };
  const float half = thickness * 0.66f;
  context.draw_list().AddTriangleFilled(
      at(base_angle, radius - half), at(base_angle, radius + half), at(tip_angle, radius), colour);
}

// The angles of a phase's dots: each where its team is in its phase, pushed apart
// just enough that no two touch, within [first, last].
std::vector<float> dot_angles(const std::vector<const core::TeamView*>& members, float first,
                              float last, float step) {
  std::vector<float> angles;
  for (const auto* team : members) {
    const auto progress = static_cast<float>(team->phase_progress.value_or(0.0));
    angles.push_back(first + (last - first) * progress);
  }
  for (std::size_t index = 1; index < angles.size(); ++index)
    angles[index] = std::max(angles[index], angles[index - 1] + step);
  for (std::size_t index = angles.size(); index-- > 0;) {
    const float limit = index + 1 < angles.size() ? angles[index + 1] - step : last;
    angles[index] = std::min(angles[index], limit);
  }
  return angles;
}

}  // namespace

void draw_cycle_ring(const DrawContext& context, Rect area,
                     const std::vector<core::TeamView>& teams,
                     const std::vector<std::string>& phase_labels) {
  const Palette& palette = context.palette();
  // Room above and below the ring for the phase names: as many lines as the
  // longest name above (phases 4 and 1) and below (2 and 3) needs.
  std::array<std::vector<std::string>, 4> names;
  for (std::size_t phase = 0; phase < 4 && phase < phase_labels.size(); ++phase)
    names[phase] = label_lines(context, area, phase_labels[phase]);
  const auto band = [&](std::size_t a, std::size_t b) {
    const auto lines = std::max(names[a].size(), names[b].size());
    return context.line_step(FontRole::body_bold) * static_cast<float>(lines) + context.units(0.3f);
  };
  const float above = band(0, 3);
  const float below = band(1, 2);
  const float outer = std::min(area.w, area.h - above - below) / 2;
  const float thickness = std::max(context.units(2.2f), outer * 0.26f);
  const float radius = outer - thickness / 2;  // centre line of the ring
  // The ring sits between the two bands, as high as it fits.
  const ImVec2 centre{area.centre().x, area.y + above + (area.h - above - below) / 2};
  if (radius <= 0) return;

  std::array<std::vector<const core::TeamView*>, 4> on_phase;
  for (const auto& team : teams) {
    if (team.phase_index >= 0 && team.phase_index < 4) {
      on_phase[static_cast<std::size_t>(team.phase_index)].push_back(&team);
    }
  }

  const float arrow = thickness * 0.7f / radius;  // the arrowhead's length, as an angle
  for (int phase = 0; phase < 4; ++phase) {
    const float start = phase_start_angle(phase) + kPhaseGap;
    const float end = phase_start_angle(phase + 1) - kPhaseGap;
    const ImU32 colour = palette.phases[static_cast<std::size_t>(phase)];
    if (context.drawing()) {
      ImDrawList& list = context.draw_list();
      list.PathArcTo(centre, radius, start, end - arrow * 0.9f, 48);
      list.PathStroke(colour, ImDrawFlags_None, thickness);
    }
    draw_arrowhead(context, centre, radius, thickness, end - arrow, end, colour);
    draw_phase_label(context, centre, outer, phase, names[static_cast<std::size_t>(phase)]);

    // The teams, each as far along its arc as it is through its phase; ordered by
    // that, so dots pushed apart keep their order.
    auto members = on_phase[static_cast<std::size_t>(phase)];
    std::stable_sort(members.begin(), members.end(), [](const auto* a, const auto* b) {
      return a->phase_progress.value_or(0.0) < b->phase_progress.value_or(0.0);
    });
    const float dot_radius = std::min(thickness * 0.42f, context.units(0.85f));
    const float first = start + dot_radius * 1.1f / radius;
    const float last = end - arrow - dot_radius * 0.2f / radius;
    const float step = (dot_radius * 2.15f) / radius;
    // More teams than dots fit on the arc: the last dot says how many more.
    const auto capacity = static_cast<std::size_t>(std::max(1.0f, (last - first) / step + 1));
    const std::size_t total = members.size();
    const std::size_t shown = total > capacity ? capacity - 1 : total;
    std::vector<const core::TeamView*> placed(members.begin(),
                                              members.begin() + static_cast<std::ptrdiff_t>(shown));
    const std::vector<float> angles =
        dot_angles(placed, first, shown < total ? last - step : last, step);
    const auto point = [&](float angle) {
      return ImVec2{centre.x + std::cos(angle) * radius, centre.y + std::sin(angle) * radius};
    };
    for (std::size_t index = 0; index < shown; ++index) {
      draw_team_dot(context, point(angles[index]), dot_radius, team_mark(teams, *placed[index]),
                    colour);
    }
    if (shown < total) {
      const ImVec2 at = point(last);
      if (context.drawing()) context.draw_list().AddCircleFilled(at, dot_radius, palette.surface);
      const std::string more = "+" + std::to_string(total - shown);
      context.text_in(FontRole::body_bold, at.x - dot_radius, at.y - context.unit() / 2,
                      dot_radius * 2, palette.text, more, Align::centre);
    }
  }
}

}  // namespace hgw::ui
