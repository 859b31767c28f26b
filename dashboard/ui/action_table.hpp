#pragma once
// The actions as the HGW principle asks: wat · wie · wanneer · hoe · waarom, in the
// view model's groups (overdue, this week, later, done). A table on a wide screen,
// a list of blocks on a narrow one. What does not fit continues on the next part
// of the page (core/page_rotation.hpp); only past the last part, "+ N meer".

#include <vector>

#include "core/view_model.hpp"
#include "draw_context.hpp"

namespace hgw::ui {

// Draws part `part` (0-based; past the last, the last) and returns how many parts
// the actions take in `area`.
int draw_action_table(const DrawContext& context, Rect area,
                      const std::vector<core::ActionGroupView>& groups, int part);

}  // namespace hgw::ui
