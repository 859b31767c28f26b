#pragma once
// A QR code on the wall (issue 16: the editor's address on the setup page, for a
// phone's camera): encoded by Debian's libqrencode, drawn as filled squares, dark
// on light whatever the theme (a scanner expects that), with the quiet zone of
// four modules the standard asks, each module a whole number of pixels so that no
// edge is smeared over two.

#include <string_view>
#include <vector>

#include "draw_context.hpp"

namespace hgw::ui {

inline constexpr int kQrQuietModules = 4;

struct QrSymbol {
  int modules = 0;         // per side, without the quiet zone; 0 when nothing was encoded
  std::vector<bool> dark;  // row by row

  bool empty() const { return modules == 0; }
  bool at(int x, int y) const {
    return dark[static_cast<std::size_t>(y) * static_cast<std::size_t>(modules) +
                static_cast<std::size_t>(x)];
  }
  // Per side with the quiet zone: what has to fit.
  int modules_with_quiet_zone() const { return modules + 2 * kQrQuietModules; }
};

// Error correction M (15 % of the symbol may be unreadable: a reflection on the
// screen, a finger in the way); empty for empty text or text too long for a symbol.
QrSymbol encode_qr(std::string_view text);

// The whole pixels per module when the symbol and its quiet zone take at most `side`.
int qr_pixels_per_module(const QrSymbol& symbol, float side);

// Draws `symbol` with its quiet zone in the square of at most `side` pixels at
// (x, y). Returns the side drawn: 0 when not even one pixel a module fits.
float draw_qr_code(const DrawContext& context, float x, float y, float side,
                   const QrSymbol& symbol);

}  // namespace hgw::ui
