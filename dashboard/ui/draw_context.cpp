#include "draw_context.hpp"

#include <algorithm>

#include "text_layout.hpp"
#include "ui_text.hpp"

namespace hgw::ui {

DrawContext::DrawContext(ImDrawList& draw_list, const FontSet& fonts, const Palette& palette,
                         core::Language language, FrameRecord* record)
    : draw_list_(&draw_list),
      fonts_(&fonts),
      palette_(&palette),
      language_(language),
      record_(record),
      unit_(fonts.get(FontRole::body)->FontSize) {}

DrawContext DrawContext::measuring() const {
  DrawContext copy = *this;
  copy.measuring_ = true;
  copy.record_ = nullptr;
  return copy;
}

float DrawContext::width_of(FontRole role, std::string_view text) const {
  return text_width(font(role), text);
}

float DrawContext::text(FontRole role, ImVec2 position, ImU32 colour, std::string_view text) const {
  if (text.empty()) return 0;
  const float width = width_of(role, text);
  if (measuring_) return width;
  // Whole pixels keep glyphs crisp in the software renderer.
  position = {static_cast<float>(static_cast<int>(position.x + 0.5f)),
              static_cast<float>(static_cast<int>(position.y + 0.5f))};
  ImFont& chosen = font(role);
  draw_list_->AddText(&chosen, chosen.FontSize, position, colour, text.data(),
                      text.data() + text.size());
  if (record_ != nullptr) {
    record_->texts.push_back(TextBox{position,
                                     {position.x + width, position.y + chosen.FontSize},
                                     chosen.FontSize,
                                     std::string(text)});
  }
  return width;
}

float DrawContext::text_in(FontRole role, float x, float y, float width, ImU32 colour,
                           std::string_view text, Align align) const {
  const std::string fitted = ellipsize(font(role), text, width);
  const float fitted_width = width_of(role, fitted);
  float left = x;
  if (align == Align::centre) left = x + (width - fitted_width) / 2;
  if (align == Align::right) left = x + width - fitted_width;
  return this->text(role, {left, y}, colour, fitted);
}

float DrawContext::paragraph(FontRole role, float x, float y, float width, ImU32 colour,
                             std::string_view text, int max_lines) const {
  const auto lines = wrap_text(font(role), text, width, max_lines);
  const float step = line_step(role);
  for (std::size_t index = 0; index < lines.size(); ++index) {
    this->text(role, {x, y + step * static_cast<float>(index)}, colour, lines[index]);
  }
  return step * static_cast<float>(lines.size());
}

float DrawContext::paragraph_height(FontRole role, float width, std::string_view text,
                                    int max_lines) const {
  return line_step(role) * static_cast<float>(wrap_text(font(role), text, width, max_lines).size());
}

float DrawContext::more_marker(float x, float y, float width, int hidden, Align align) const {
  if (hidden <= 0) return 0;
  text_in(FontRole::body_bold, x, y, width, palette().accent, more_text(hidden, language_), align);
  return line_step(FontRole::body_bold);
}

void DrawContext::record_list(std::string_view name, int shown, int hidden, int earlier,
                              int later) const {
  if (record_ != nullptr) {
    record_->lists.push_back(ListRecord{std::string(name), shown, hidden, earlier, later});
  }
}

}  // namespace hgw::ui
