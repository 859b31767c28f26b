#pragma once
// The actions as the HGW principle asks: wat · wie · wanneer · hoe · waarom, in the
// view model's groups (overdue, this week, later, done). A table on a wide screen,
// a list of blocks on a narrow one. What does not fit ends in "+ N meer".

#include <vector>

#include "core/view_model.hpp"
#include "draw_context.hpp"

namespace hgw::ui {

void draw_action_table(const DrawContext& context, Rect area,
                       const std::vector<core::ActionGroupView>& groups);

}  // namespace hgw::ui
