// trends: a grid of line charts, as many as can be read; the rest are counted in
// "+ N meer". Order comes from the view model.

#include <algorithm>

#include "card.hpp"
#include "pages.hpp"
#include "trend_card.hpp"

namespace hgw::ui {
namespace {

struct Grid {
  int columns = 1;
  int rows = 1;
};

// The fewest rows (tallest charts) that hold `count` cards no narrower or lower
// than a chart stays readable at.
Grid choose_grid(const DrawContext& context, Rect area, int count, float gap) {
  const float min_width = context.units(context.portrait() ? 18 : 19);
  const float min_height = context.units(context.portrait() ? 10 : 12);
  const int max_columns = std::max(1, static_cast<int>((area.w + gap) / (min_width + gap)));
  const int max_rows = std::max(1, static_cast<int>((area.h + gap) / (min_height + gap)));
  for (int rows = 1; rows <= max_rows; ++rows) {
    const int columns = (count + rows - 1) / rows;
    if (columns <= max_columns) return {std::max(1, columns), rows};
  }
  return {max_columns, max_rows};
}

}  // namespace

void draw_trends_page(const DrawContext& context, const core::ViewModel& model, Rect area) {
  const auto& trends = model.trends;
  const int count = static_cast<int>(trends.size());
  if (count == 0) {
    draw_nothing_to_show(context, area);
    context.record_list("trends", 0, 0);
    return;
  }
  const float gap = context.units(0.8f);
  Grid grid = choose_grid(context, area, count, gap);
  const bool overflow = grid.columns * grid.rows < count;
  if (overflow) {
    cut_bottom(area, context.line_step(FontRole::body_bold) + context.units(0.2f));
    grid = choose_grid(context, area, count, gap);
  }
  const int capacity = grid.columns * grid.rows;
  const int shown = std::min(count, capacity);
  const float cell_width =
      (area.w - gap * static_cast<float>(grid.columns - 1)) / static_cast<float>(grid.columns);
  const float cell_height =
      (area.h - gap * static_cast<float>(grid.rows - 1)) / static_cast<float>(grid.rows);
  for (int index = 0; index < shown; ++index) {
    const int row = index / grid.columns;
    const int column = index % grid.columns;
    const Rect cell{area.x + static_cast<float>(column) * (cell_width + gap),
                    area.y + static_cast<float>(row) * (cell_height + gap), cell_width,
                    cell_height};
    trend_card(context, cell, trends[static_cast<std::size_t>(index)], TrendCardStyle::chart);
  }
  const int hidden = count - shown;
  if (hidden > 0) {
    context.more_marker(area.x, area.bottom() + context.units(0.2f), area.w, hidden, Align::right);
  }
  context.record_list("trends", shown, hidden);
}

}  // namespace hgw::ui
