#pragma once
// The support pyramid (docs/ARCHITECTURE.md): level 1 at the base, 4 at the top, each band in
// a shade of one calm hue with its number; beside each band its share, count (with
// the change against the previous count) and label.

#include "core/view_model.hpp"
#include "draw_context.hpp"

namespace hgw::ui {

enum class PyramidSize {
  small,  // a column of the overview: share and count on one line, label under it
  large,  // the ondersteuning page: the share as a big figure
};

void draw_pyramid(const DrawContext& context, Rect area, const core::SupportView& support,
                  PyramidSize size);

}  // namespace hgw::ui
