// trends: a grid of line charts, as many as can be read; the rest continue on the
// page's next part (past the last part, "+ N meer"). Order comes from the view model.

#include <algorithm>

#include "card.hpp"
#include "core/page_rotation.hpp"
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
  // Portrait cards are wide but need the height for their legend and the chart.
  const float min_height = context.units(context.portrait() ? 14 : 12);
  const int max_columns = std::max(1, static_cast<int>((area.w + gap) / (min_width + gap)));
  const int max_rows = std::max(1, static_cast<int>((area.h + gap) / (min_height + gap)));
  for (int rows = 1; rows <= max_rows; ++rows) {
    const int columns = (count + rows - 1) / rows;
    if (columns <= max_columns) return {std::max(1, columns), rows};
  }
  return {max_columns, max_rows};
}

// How a part lays out `count` trends: its grid and how many of them it shows; the
// page's last possible part gives a line to "+ N meer" when not all fit.
struct PartGrid {
  Grid grid;
  Rect area;
  int shown = 0;
};

PartGrid part_grid(const DrawContext& context, Rect area, int count, float gap, bool last_part) {
  Grid grid = choose_grid(context, area, count, gap);
  if (last_part && grid.columns * grid.rows < count) {
    cut_bottom(area, context.line_step(FontRole::body_bold) + context.units(0.2f));
    grid = choose_grid(context, area, count, gap);
  }
  return {grid, area, std::min(count, grid.columns * grid.rows)};
}

// The layout of the part that begins at trend `first`. Parts after the first keep
// its grid: the same chart size on every part, not one lone chart stretched over
// the page (which would make its slope look steep).
PartGrid part_layout(const DrawContext& context, Rect area, int count, int first, float gap,
                     bool last_part) {
  if (first == 0 || last_part) return part_grid(context, area, count - first, gap, last_part);
  const PartGrid opening = part_grid(context, area, count, gap, false);
  return {opening.grid, opening.area,
          std::min(count - first, opening.grid.columns * opening.grid.rows)};
}

}  // namespace

int draw_trends_page(const DrawContext& context, const core::ViewModel& model, Rect area,
                     int part) {
  const auto& trends = model.trends;
  const int count = static_cast<int>(trends.size());
  if (count == 0) {
    draw_nothing_to_show(context, area);
    context.record_list("trends", 0, 0);
    return 1;
  }
  const float gap = context.units(0.8f);
  // Where each part begins: the trends after the previous part's last.
  std::vector<int> starts = {0};
  for (int first = 0;;) {
    const bool last_part = static_cast<int>(starts.size()) == core::kMostParts;
    first += std::max(1, part_layout(context, area, count, first, gap, last_part).shown);
    if (first >= count || last_part) break;
    starts.push_back(first);
  }
  const int parts = static_cast<int>(starts.size());
  part = std::clamp(part, 0, parts - 1);
  const int first = starts[static_cast<std::size_t>(part)];
  const PartGrid layout =
      part_layout(context, area, count, first, gap, part + 1 == core::kMostParts);
  const Grid grid = layout.grid;
  const Rect cells = layout.area;
  const float cell_width =
      (cells.w - gap * static_cast<float>(grid.columns - 1)) / static_cast<float>(grid.columns);
  const float cell_height =
      (cells.h - gap * static_cast<float>(grid.rows - 1)) / static_cast<float>(grid.rows);
  const int shown = std::max(1, layout.shown);
  for (int index = 0; index < shown; ++index) {
    const int row = index / grid.columns;
    const int column = index % grid.columns;
    const Rect cell{cells.x + static_cast<float>(column) * (cell_width + gap),
                    cells.y + static_cast<float>(row) * (cell_height + gap), cell_width,
                    cell_height};
    trend_card(context, cell, trends[static_cast<std::size_t>(first + index)],
               TrendCardStyle::chart);
  }
  const bool last_part = part + 1 == core::kMostParts;
  const int hidden = last_part ? count - first - shown : 0;
  if (hidden > 0) {
    context.more_marker(cells.x, cells.bottom() + context.units(0.2f), cells.w, hidden,
                        Align::right);
  }
  context.record_list("trends", shown, hidden, first, count - first - shown - hidden);
  return parts;
}

}  // namespace hgw::ui
