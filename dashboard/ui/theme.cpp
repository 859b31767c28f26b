#include "theme.hpp"

namespace hgw::ui {
namespace {

constexpr ImU32 rgb(unsigned value) {
  // ImGui packs colours as ABGR in memory; IM_COL32 takes r, g, b, a.
  return IM_COL32((value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF, 0xFF);
}

// Okabe–Ito, "Color Universal Design" (2008).
constexpr unsigned kBlue = 0x0072B2;
constexpr unsigned kOrange = 0xE69F00;
constexpr unsigned kVermillion = 0xD55E00;
constexpr unsigned kBluishGreen = 0x009E73;
constexpr unsigned kSkyBlue = 0x56B4E9;
constexpr unsigned kYellow = 0xF0E442;
constexpr unsigned kReddishPurple = 0xCC79A7;

Palette make_dark() {
  Palette p;
  p.background = rgb(0x14181D);
  p.surface = rgb(0x20262E);
  p.surface_raised = rgb(0x2E3640);
  p.text = rgb(0xF3F4F6);
  p.text_muted = rgb(0xB4BCC6);
  p.rule = rgb(0x47505B);
  p.accent = rgb(kSkyBlue);
  p.on_course = rgb(kBluishGreen);
  p.attention = rgb(kOrange);
  // Vermillion text on the dark surface is a little dim; this lighter shade keeps
  // the hue and reaches 4.5:1.
  p.off_course = rgb(0xF07A3A);
  p.achieved = rgb(kSkyBlue);
  p.reference = rgb(kYellow);
  p.demo_fill = rgb(kOrange);
  p.demo_text = rgb(0x14181D);
  p.phases = {rgb(kSkyBlue), rgb(kOrange), rgb(kBluishGreen), rgb(kReddishPurple)};
  // One calm hue, deeper with more support: the status colours would make the
  // top of the pyramid read as an alarm.
  p.support_levels = {rgb(0xB9DDF5), rgb(0x8CC5EC), rgb(0x5EA9DE), rgb(0x3A8CCB)};
  return p;
}

Palette make_light() {
  Palette p;
  p.background = rgb(0xF3F1EC);
  p.surface = rgb(0xFFFFFF);
  p.surface_raised = rgb(0xE6E3DC);
  p.text = rgb(0x1A1E23);
  p.text_muted = rgb(0x4C545E);
  p.rule = rgb(0xC4C0B7);
  p.accent = rgb(kBlue);
  // On white the pure orange and green are too light for text: darker shades of the
  // same hues keep the palette recognisable and readable.
  p.on_course = rgb(0x00785A);
  p.attention = rgb(0xA86F00);
  p.off_course = rgb(0xC04F00);
  p.achieved = rgb(kBlue);
  p.reference = rgb(0x5A4E00);
  p.demo_fill = rgb(kOrange);
  p.demo_text = rgb(0x1A1E23);
  p.phases = {rgb(kSkyBlue), rgb(kOrange), rgb(kBluishGreen), rgb(kReddishPurple)};
  p.support_levels = {rgb(0xD3E6F4), rgb(0xA9CDEA), rgb(0x7BAFDB), rgb(0x5693C9)};
  return p;
}

}  // namespace

const Palette& palette_for(core::Theme theme) {
  static const Palette dark = make_dark();
  static const Palette light = make_light();
  return theme == core::Theme::light ? light : dark;
}

ImU32 tone_colour(const Palette& palette, core::TrendTone tone, ImU32 neutral) {
  switch (tone) {
    case core::TrendTone::good:
      return palette.on_course;
    case core::TrendTone::bad:
      return palette.off_course;
    case core::TrendTone::neutral:
      break;
  }
  return neutral;
}

ImU32 status_colour(const Palette& palette, std::optional<core::GoalStatus> status) {
  if (!status) return palette.text_muted;
  switch (*status) {
    case core::GoalStatus::op_koers:
      return palette.on_course;
    case core::GoalStatus::aandacht:
      return palette.attention;
    case core::GoalStatus::niet_behaald:
      return palette.off_course;
    case core::GoalStatus::behaald:
      return palette.achieved;
  }
  return palette.text_muted;
}

}  // namespace hgw::ui
