#pragma once
// Everything a page needs to draw: the draw list, fonts, palette, language and
// the size unit. All text goes through here, so every text box can be recorded
// for the tests (FrameRecord) and no page can draw text below the minimum size.
//
// A measuring context lays out without drawing: pages compute a card's height
// with the same code that draws it, then draw it where it fits.

#include <imgui.h>

#include <string_view>

#include "core/document.hpp"
#include "fonts.hpp"
#include "frame_record.hpp"
#include "rect.hpp"
#include "theme.hpp"

namespace hgw::ui {

enum class Align { left, centre, right };

class DrawContext {
 public:
  DrawContext(ImDrawList& draw_list, const FontSet& fonts, const Palette& palette,
              core::Language language, FrameRecord* record);

  // The same context, but text and shapes are only measured, never drawn.
  DrawContext measuring() const;
  bool drawing() const { return !measuring_; }

  ImDrawList& draw_list() const { return *draw_list_; }
  const Palette& palette() const { return *palette_; }
  const FontSet& fonts() const { return *fonts_; }
  core::Language language() const { return language_; }
  bool portrait() const { return portrait_; }
  void set_portrait(bool portrait) { portrait_ = portrait; }

  // The body text size in pixels: spacing is given in these units.
  float unit() const { return unit_; }
  float units(float count) const { return unit_ * count; }
  ImFont& font(FontRole role) const { return *fonts_->get(role); }
  float font_size(FontRole role) const { return fonts_->get(role)->FontSize; }
  // Distance between the tops of two lines of running text.
  float line_step(FontRole role) const { return font_size(role) * 1.2f; }
  float width_of(FontRole role, std::string_view text) const;

  // One line of text at `position` (its top-left corner). Returns its width.
  float text(FontRole role, ImVec2 position, ImU32 colour, std::string_view text) const;
  // One line within [x, x + width], aligned, shortened with "…" when too long.
  // Returns the width drawn.
  float text_in(FontRole role, float x, float y, float width, ImU32 colour, std::string_view text,
                Align align = Align::left) const;
  // Wrapped text in `width`, at most `max_lines` lines (0: no limit; the last line
  // ends in "…" when cut). Returns the height used: lines × line_step.
  float paragraph(FontRole role, float x, float y, float width, ImU32 colour, std::string_view text,
                  int max_lines = 0) const;
  // Height `paragraph` would take.
  float paragraph_height(FontRole role, float width, std::string_view text,
                         int max_lines = 0) const;

  // The "+ N meer" marker under a list that did not fit; also recorded for tests.
  float more_marker(float x, float y, float width, int hidden, Align align = Align::left) const;
  // Records how many items of a list a page showed and how many it left out; a
  // page in parts also how many its other parts show.
  void record_list(std::string_view name, int shown, int hidden, int earlier = 0,
                   int later = 0) const;

 private:
  ImDrawList* draw_list_;
  const FontSet* fonts_;
  const Palette* palette_;
  core::Language language_;
  FrameRecord* record_;
  float unit_;
  bool measuring_ = false;
  bool portrait_ = false;
};

}  // namespace hgw::ui
