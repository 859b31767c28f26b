// acties: wie doet wat, wanneer, hoe en waarom — overdue first and marked, this
// week next, then later and recently done (the groups come from the view model).

#include "action_table.hpp"
#include "card.hpp"
#include "pages.hpp"

namespace hgw::ui {

int draw_actions_page(const DrawContext& context, const core::ViewModel& model, Rect area,
                      int part) {
  if (model.action_groups.empty()) {
    draw_nothing_to_show(context, area);
    context.record_list("actions", 0, 0);
    return 1;
  }
  return draw_action_table(context, area, model.action_groups, part);
}

}  // namespace hgw::ui
