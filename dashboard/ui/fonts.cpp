#include "fonts.hpp"

#include <imgui_internal.h>  // ImTextCharFromUtf8

#include <algorithm>
#include <cmath>
#include <filesystem>

namespace hgw::ui {
namespace {

// Relative to body text; headings must stand out from across the room.
float role_scale(FontRole role) {
  switch (role) {
    case FontRole::body:
    case FontRole::body_bold:
      return 1.0f;
    case FontRole::heading:
      return 1.25f;
    case FontRole::title:
      return 1.6f;
    case FontRole::figure:
      return 2.0f;
  }
  return 1.0f;
}

bool is_bold(FontRole role) {
  return role != FontRole::body;
}

// Dutch text: Latin-1 and Latin Extended-A (ĳ, ł, š in names), plus the
// typography the documents use: € – — ‘ ’ “ ” … • → ≤ ≥ and the minus sign.
void build_text_ranges(ImVector<ImWchar>& ranges) {
  ImFontGlyphRangesBuilder builder;
  static const ImWchar latin[] = {0x0020, 0x00FF, 0x0100, 0x017F, 0};
  builder.AddRanges(latin);
  builder.AddText("€–—‘’“”…•→≤≥−·×");
  builder.BuildRanges(&ranges);
}

// Big numbers only: keeping letters out keeps the largest font cheap in the atlas.
void build_figure_ranges(ImVector<ImWchar>& ranges) {
  ImFontGlyphRangesBuilder builder;
  // "e" for 1,0e300 from a careless source; the no-break space groups thousands.
  builder.AddText("0123456789%,.:+-−–<>ne \u00a0");
  builder.BuildRanges(&ranges);
}

std::string font_path(bool bold) {
  return std::string(HGW_FONT_DIR) + (bold ? "/DejaVuSans-Bold.ttf" : "/DejaVuSans.ttf");
}

}  // namespace

int short_side(int screen_width, int screen_height) {
  return std::min(screen_width, screen_height);
}

float minimum_text_size(int short_side) {
  return static_cast<float>(short_side) / 36.0f;
}

float font_size_for(FontRole role, int short_side) {
  // Rounded up so that no role ever falls below 1/36 of the short side.
  return std::ceil(minimum_text_size(short_side) * role_scale(role));
}

FontSet::FontSet(ImFontAtlas& atlas, int short_side) : short_side_(short_side) {
  atlas.Clear();
  // A kiosk has no mouse; the cursor shapes would only take atlas space.
  atlas.Flags |= ImFontAtlasFlags_NoMouseCursors;
  atlas.TexDesiredWidth = kMaxAtlasSide;
  build_text_ranges(text_ranges_);
  build_figure_ranges(figure_ranges_);

  for (std::size_t index = 0; index < kFontRoleCount; ++index) {
    const auto role = static_cast<FontRole>(index);
    const std::string path = font_path(is_bold(role));
    if (!std::filesystem::exists(path)) {
      throw FontLoadError("font not found: " + path + " (Debian package fonts-dejavu-core)");
    }
    ImFontConfig config;
    // Horizontal oversampling triples the atlas for no visible gain at these sizes.
    config.OversampleH = 1;
    config.OversampleV = 1;
    config.PixelSnapH = true;
    const ImWchar* ranges = role == FontRole::figure ? figure_ranges_.Data : text_ranges_.Data;
    fonts_[index] =
        atlas.AddFontFromFileTTF(path.c_str(), font_size_for(role, short_side), &config, ranges);
    if (fonts_[index] == nullptr) throw FontLoadError("cannot load font " + path);
  }
  if (!atlas.Build()) throw FontLoadError("building the font atlas failed");
  atlas_width_ = atlas.TexWidth;
  atlas_height_ = atlas.TexHeight;
  if (atlas_width_ > kMaxAtlasSide || atlas_height_ > kMaxAtlasSide) {
    throw FontLoadError("font atlas " + std::to_string(atlas_width_) + "x" +
                        std::to_string(atlas_height_) + " exceeds " +
                        std::to_string(kMaxAtlasSide) + "x" + std::to_string(kMaxAtlasSide) +
                        " for a screen with a short side of " + std::to_string(short_side) + " px");
  }
}

bool FontSet::covers(FontRole role, std::string_view text) const {
  const ImFont* font = get(role);
  const char* cursor = text.data();
  const char* end = text.data() + text.size();
  while (cursor < end) {
    unsigned int codepoint = 0;
    const int length = ImTextCharFromUtf8(&codepoint, cursor, end);
    if (length <= 0) return false;
    cursor += length;
    if (font->FindGlyphNoFallback(static_cast<ImWchar>(codepoint)) == nullptr) return false;
  }
  return true;
}

}  // namespace hgw::ui
