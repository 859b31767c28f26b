#pragma once
// One font per role, sized from the screen's short side once at start (Dear ImGui
// 1.86 has no dynamic font sizes). The smallest role, body, is 1/36 of the short
// side: readable from four metres (docs/ARCHITECTURE.md). Nothing is drawn smaller.
// The short side, not the height: a TV hung in portrait keeps the letters it has in
// landscape, where a size taken from its 1920 pixels would make them nearly twice
// as large and leave room for half the words.

#include <imgui.h>

#include <array>
#include <stdexcept>
#include <string>
#include <string_view>

namespace hgw::ui {

enum class FontRole {
  body,       // running text, table cells
  body_bold,  // card titles, labels
  heading,    // section and column headings
  title,      // the school's name and the clock
  figure,     // large numbers; digits and a few signs only
};
inline constexpr std::size_t kFontRoleCount = 5;

// The screen's short side, from which every text size follows.
int short_side(int screen_width, int screen_height);
// The pixel size of each role for a screen whose short side is this many pixels.
float font_size_for(FontRole role, int short_side);
// The smallest text any page may draw: 1/36 of the screen's short side.
float minimum_text_size(int short_side);

// Pi 3's GPU takes textures up to 2048×2048 (docs/ARCHITECTURE.md, "Platform facts"); a bigger
// atlas draws as white boxes, so loading refuses it.
inline constexpr int kMaxAtlasSide = 2048;

class FontLoadError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The fonts of one screen size in an ImGui font atlas. Owns the glyph ranges,
// which ImGui reads when the atlas is built.
class FontSet {
 public:
  // Clears `atlas`, loads every role for a screen whose short side is `short_side`
  // pixels and builds the atlas. Throws FontLoadError when a font file is missing or
  // the atlas is too large.
  FontSet(ImFontAtlas& atlas, int short_side);
  FontSet(const FontSet&) = delete;
  FontSet& operator=(const FontSet&) = delete;

  ImFont* get(FontRole role) const { return fonts_[static_cast<std::size_t>(role)]; }
  int short_side() const { return short_side_; }
  int atlas_width() const { return atlas_width_; }
  int atlas_height() const { return atlas_height_; }
  // True when every character of `text` has a glyph in the role's font; the
  // figure font holds digits only, so callers fall back to another role.
  bool covers(FontRole role, std::string_view text) const;

 private:
  std::array<ImFont*, kFontRoleCount> fonts_{};
  ImVector<ImWchar> text_ranges_;
  ImVector<ImWchar> figure_ranges_;
  int short_side_ = 0;
  int atlas_width_ = 0;
  int atlas_height_ = 0;
};

}  // namespace hgw::ui
