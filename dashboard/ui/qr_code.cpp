#include "qr_code.hpp"

#include <qrencode.h>

#include <cmath>
#include <memory>
#include <string>

namespace hgw::ui {

QrSymbol encode_qr(std::string_view text) {
  QrSymbol symbol;
  if (text.empty()) return symbol;
  const std::string terminated(text);
  const std::unique_ptr<QRcode, void (*)(QRcode*)> code(
      QRcode_encodeString8bit(terminated.c_str(), 0, QR_ECLEVEL_M), QRcode_free);
  if (!code || code->width <= 0) return symbol;
  symbol.modules = code->width;
  const auto count = static_cast<std::size_t>(code->width) * static_cast<std::size_t>(code->width);
  symbol.dark.resize(count);
  // libqrencode's lowest bit of each byte is the module's colour (1: dark).
  for (std::size_t index = 0; index < count; ++index)
    symbol.dark[index] = (code->data[index] & 1) != 0;
  return symbol;
}

int qr_pixels_per_module(const QrSymbol& symbol, float side) {
  if (symbol.empty()) return 0;
  return static_cast<int>(std::floor(side / static_cast<float>(symbol.modules_with_quiet_zone())));
}

float draw_qr_code(const DrawContext& context, float x, float y, float side,
                   const QrSymbol& symbol) {
  const int module = qr_pixels_per_module(symbol, side);
  if (module < 1) return 0;
  const float drawn_side = static_cast<float>(module * symbol.modules_with_quiet_zone());
  if (!context.drawing()) return drawn_side;
  ImDrawList& draw = context.draw_list();
  const float left = std::round(x);
  const float top = std::round(y);
  draw.AddRectFilled({left, top}, {left + drawn_side, top + drawn_side}, IM_COL32_WHITE);
  const auto step = static_cast<float>(module);
  const float quiet = step * static_cast<float>(kQrQuietModules);
  const float origin_x = left + quiet;
  const float origin_y = top + quiet;
  for (int row = 0; row < symbol.modules; ++row) {
    // A run of dark modules is one rectangle: fewer vertices, no seams between them.
    int column = 0;
    while (column < symbol.modules) {
      if (!symbol.at(column, row)) {
        ++column;
        continue;
      }
      const int start = column;
      while (column < symbol.modules && symbol.at(column, row))
        ++column;
      draw.AddRectFilled(
          {origin_x + step * static_cast<float>(start), origin_y + step * static_cast<float>(row)},
          {origin_x + step * static_cast<float>(column),
           origin_y + step * static_cast<float>(row + 1)},
          IM_COL32_BLACK);
    }
  }
  return drawn_side;
}

}  // namespace hgw::ui
