#include "frame.hpp"

#include <algorithm>
#include <cmath>

#include "core/page_rotation.hpp"
#include "draw_context.hpp"
#include "pages.hpp"
#include "problem_banner.hpp"
#include "theme.hpp"
#include "ui_text.hpp"

namespace hgw::ui {
namespace {

// Landscape: name and clock, then period and date. Portrait has no room for the
// period beside the date, so it gets a third row.
float header_height(const DrawContext& context) {
  const float rows = context.portrait() ? 2.0f : 1.0f;
  return context.font_size(FontRole::title) + context.units(0.25f) +
         context.line_step(FontRole::body) * (rows - 1) + context.font_size(FontRole::body);
}

float demo_badge_height(const DrawContext& context) {
  return context.font_size(FontRole::body_bold) + context.units(0.3f);
}

float demo_badge_width(const DrawContext& context, const std::string& text) {
  return context.width_of(FontRole::body_bold, text) + context.units(0.8f);
}

// The demo marker: a filled label, so nobody takes the example school for real data.
void draw_demo_badge(const DrawContext& context, float x, float y, float width,
                     const std::string& text) {
  const float pad = context.units(0.4f);
  if (width <= 2 * pad) return;
  if (context.drawing()) {
    context.draw_list().AddRectFilled({x, y}, {x + width, y + demo_badge_height(context)},
                                      context.palette().demo_fill,
                                      demo_badge_height(context) * 0.2f);
  }
  context.text_in(FontRole::body_bold, x + pad, y + context.units(0.15f), width - 2 * pad,
                  context.palette().demo_text, text);
}

// Between the school's name (or the demo badge) and the clock.
float clock_gap(const DrawContext& context) {
  return context.units(0.8f);
}

void draw_header(const DrawContext& context, const core::ViewModel& model, Rect area) {
  const Palette& palette = context.palette();
  const core::HeaderView& header = model.header;
  const float gap = clock_gap(context);
  const float title_size = context.font_size(FontRole::title);
  // Clock on the right: its width is known, the school's name takes what is left.
  const float clock_width = context.width_of(FontRole::title, header.time_text);
  context.text_in(FontRole::title, area.x, area.y, area.w, palette.text, header.time_text,
                  Align::right);
  const float name_row = std::max(0.0f, area.w - clock_width - gap);
  const float second_row = area.y + title_size + context.units(0.25f);
  const bool portrait = context.portrait();

  const float badge_width = header.is_demo ? std::min(area.w * (portrait ? 0.75f : 0.5f),
                                                      demo_badge_width(context, header.demo_text))
                                           : 0;
  // Landscape: the badge follows the name. Portrait: it ends the period's row.
  const float name_room =
      std::max(0.0f, name_row - (badge_width > 0 && !portrait ? badge_width + gap : 0));
  const float name_width =
      context.text_in(FontRole::title, area.x, area.y, name_room, palette.text, header.school_name);
  if (header.is_demo && !portrait) {
    const float badge_x = area.x + name_width + (name_width > 0 ? gap : 0);
    draw_demo_badge(context, badge_x, area.y + (title_size - demo_badge_height(context)) / 2,
                    badge_width, header.demo_text);
  }
  const float date_width =
      std::min(portrait ? area.w : area.w / 2, context.width_of(FontRole::body, header.date_text));
  if (portrait) {
    context.text_in(FontRole::body, area.x, second_row, date_width, palette.text_muted,
                    header.date_text);
    const float third_row = second_row + context.line_step(FontRole::body);
    if (header.is_demo) {
      draw_demo_badge(context, area.right() - badge_width,
                      third_row + (context.unit() - demo_badge_height(context)) / 2, badge_width,
                      header.demo_text);
    }
    context.text_in(FontRole::body, area.x, third_row,
                    std::max(0.0f, area.w - (badge_width > 0 ? badge_width + gap : 0)),
                    palette.text_muted, header.period_name);
    return;
  }
  context.text_in(FontRole::body, area.right() - date_width, second_row, date_width,
                  palette.text_muted, header.date_text, Align::right);
  context.text_in(FontRole::body, area.x, second_row, std::max(0.0f, area.w - date_width - gap),
                  palette.text_muted, header.period_name);
}

// Dots for every page in the rotation, the current one filled, then its name
// and, for a page in parts, which part ("Acties 1/2").
std::string page_indicator_text(const core::ViewModel& model, core::Page page, int part,
                                int parts) {
  return std::string(core::label(page, model.language)) + core::part_suffix(part, parts);
}

float page_indicator_width(const DrawContext& context, const core::ViewModel& model,
                           const std::string& text) {
  const float dot_step = context.units(0.75f);
  return dot_step * static_cast<float>(model.pages.size()) + context.units(0.3f) +
         context.width_of(FontRole::body_bold, text);
}

void draw_page_indicator(const DrawContext& context, const core::ViewModel& model, core::Page page,
                         const std::string& text, float x, float y) {
  const Palette& palette = context.palette();
  const float dot_step = context.units(0.75f);
  const float radius = context.units(0.22f);
  const float centre_y = y + context.font_size(FontRole::body_bold) / 2;
  if (context.drawing()) {
    for (std::size_t index = 0; index < model.pages.size(); ++index) {
      const ImVec2 centre{x + dot_step * (static_cast<float>(index) + 0.5f), centre_y};
      if (model.pages[index] == page) {
        context.draw_list().AddCircleFilled(centre, radius * 1.3f, palette.accent);
      } else {
        context.draw_list().AddCircle(centre, radius, palette.text_muted, 0, context.units(0.08f));
      }
    }
  }
  context.text(FontRole::body_bold,
               {x + dot_step * static_cast<float>(model.pages.size()) + context.units(0.3f), y},
               palette.text, text);
}

// Each message on its own line, a high-priority one with a warning mark. The
// first line may be shorter (the footer's right part sits beside it); when more
// messages wait than lines are free, the last line ends in "+ N meer".
void draw_messages(const DrawContext& context, const core::ViewModel& model, Rect area,
                   int max_lines, float first_line_width) {
  const Palette& palette = context.palette();
  const float step = context.line_step(FontRole::body);
  const int count = static_cast<int>(model.messages.size());
  const int shown = std::min(count, max_lines);
  const int hidden = count - shown;
  const float gap = context.units(1.0f);
  const float marker_width =
      hidden > 0 ? context.width_of(FontRole::body_bold, more_text(hidden, model.language)) : 0;
  for (int index = 0; index < shown; ++index) {
    const auto& message = model.messages[static_cast<std::size_t>(index)];
    const float y = area.y + step * static_cast<float>(index);
    float right = index == 0 ? area.x + first_line_width : area.right();
    if (index + 1 == shown && hidden > 0) {
      context.more_marker(right - marker_width, y, marker_width, hidden);
      right -= marker_width + gap;
    }
    float x = area.x;
    if (message.high_priority) {
      // A warning triangle beside bold text: urgent, told by shape and weight too.
      if (context.drawing()) {
        const float size = context.font_size(FontRole::body) * 0.8f;
        const float top = y + (context.font_size(FontRole::body) - size) / 2;
        context.draw_list().AddTriangleFilled({x, top + size}, {x + size / 2, top},
                                              {x + size, top + size}, palette.off_course);
      }
      x += context.units(1.0f);
    }
    context.text_in(message.high_priority ? FontRole::body_bold : FontRole::body, x, y,
                    std::max(0.0f, right - x), palette.text, message.text);
  }
  context.record_list("messages", shown, hidden);
}

int footer_lines(const DrawContext& context, const core::ViewModel& model) {
  const int message_lines = std::min<int>(2, static_cast<int>(model.messages.size()));
  if (context.portrait()) return message_lines + 1;
  return std::max(1, message_lines);
}

void draw_footer(const DrawContext& context, const core::ViewModel& model, core::Page page,
                 const std::string& indicator_text, bool setup, Rect area) {
  const Palette& palette = context.palette();
  if (context.drawing()) {
    context.draw_list().AddLine({area.x, area.y}, {area.right(), area.y}, palette.rule,
                                context.units(0.06f));
  }
  Rect content = area;
  cut_top(content, context.units(0.5f));
  const float step = context.line_step(FontRole::body);
  const float gap = context.units(1.2f);
  const float indicator = setup ? 0 : page_indicator_width(context, model, indicator_text);
  const float freshness = context.width_of(FontRole::body, model.freshness.text);

  if (context.portrait()) {
    // Messages across the full width, then freshness and page on the last line.
    Rect last = cut_bottom(content, step);
    if (!setup)
      draw_page_indicator(context, model, page, indicator_text, last.right() - indicator, last.y);
    context.text_in(FontRole::body, last.x, last.y, std::max(0.0f, last.w - indicator - gap),
                    palette.text_muted, model.freshness.text);
    draw_messages(context, model, content, footer_lines(context, model) - 1, content.w);
    return;
  }
  // Freshness and page indicator on the first line, right; messages beside and under.
  const float right_block = indicator + (indicator > 0 ? gap : 0) + freshness;
  if (!setup)
    draw_page_indicator(context, model, page, indicator_text, content.right() - indicator,
                        content.y);
  context.text_in(FontRole::body, content.right() - right_block, content.y, freshness,
                  palette.text_muted, model.freshness.text);
  draw_messages(context, model, content, footer_lines(context, model),
                std::max(0.0f, content.w - right_block - gap));
}

// Where the frame's parts go: the page gets what header, footer and the problem
// banner leave.
struct FrameAreas {
  Rect header;
  Rect footer;
  Rect banner;  // empty (h == 0) without problems
  Rect page;
};

// The frame's margins: nothing is drawn in them.
float side_margin(const DrawContext& context) {
  return context.units(0.8f);
}
float top_margin(const DrawContext& context) {
  return context.units(0.6f);
}

FrameAreas frame_areas(const DrawContext& context, const core::ViewModel& model, ImVec2 size) {
  FrameAreas areas;
  Rect area = Rect{0, 0, size.x, size.y}.inset(side_margin(context), top_margin(context));
  areas.header = cut_top(area, header_height(context));
  cut_top(area, context.units(0.7f));
  const float footer_height =
      context.units(0.5f) +
      context.line_step(FontRole::body) * static_cast<float>(footer_lines(context, model)) -
      context.units(0.2f);
  areas.footer = cut_bottom(area, footer_height);
  cut_bottom(area, context.units(0.6f));
  if (const float banner = problem_banner_height(context, model); banner > 0) {
    areas.banner = cut_bottom(area, banner);
    cut_bottom(area, context.units(0.6f));
  }
  areas.page = area;
  return areas;
}

// Draws (or measures) the page's part; returns how many parts the page has.
int draw_page(const DrawContext& context, const core::ViewModel& model, core::Page page, int part,
              Rect area) {
  switch (page) {
    case core::Page::overzicht:
      draw_overview_page(context, model, area);
      return 1;
    case core::Page::cyclus:
      draw_cycle_page(context, model, area);
      return 1;
    case core::Page::doelen:
      return draw_goals_page(context, model, area, part);
    case core::Page::trends:
      return draw_trends_page(context, model, area, part);
    case core::Page::acties:
      return draw_actions_page(context, model, area, part);
    case core::Page::ondersteuning:
      draw_support_page(context, model, area);
      return 1;
  }
  return 1;
}

bool pages_in_parts(core::Page page) {
  return page == core::Page::doelen || page == core::Page::trends || page == core::Page::acties;
}

}  // namespace

ImU32 background_colour(const core::ViewModel& model) {
  return palette_for(model.theme).background;
}

int page_part_count(const FontSet& fonts, const FrameRequest& request, ImVec2 size) {
  const core::ViewModel& model = *request.model;
  if ((request.setup != nullptr && request.setup->shown) || !pages_in_parts(request.page)) {
    return 1;
  }
  // A measuring context never draws: the list only satisfies its type.
  ImDrawList unused(nullptr);
  DrawContext context =
      DrawContext(unused, fonts, palette_for(model.theme), model.language, nullptr).measuring();
  context.set_portrait(size.y > size.x);
  return draw_page(context, model, request.page, 0, frame_areas(context, model, size).page);
}

PixelRect clock_pixels(const FontSet& fonts, const FrameRequest& request, ImVec2 size) {
  const core::ViewModel& model = *request.model;
  ImDrawList unused(nullptr);
  DrawContext context =
      DrawContext(unused, fonts, palette_for(model.theme), model.language, nullptr).measuring();
  context.set_portrait(size.y > size.x);
  const Rect header = frame_areas(context, model, size).header;
  const float text_width =
      std::min(header.w, context.width_of(FontRole::title, model.header.time_text));
  // Half of the blank room on each side: a glyph reaching a little past its box
  // stays inside, and nothing else drawn reaches in. Below, the date's row follows
  // a quarter unit under the clock (draw_header).
  const float left = header.right() - text_width - clock_gap(context) / 2;
  const float right = header.right() + side_margin(context) / 2;
  const float top = header.y - top_margin(context) / 2;
  const float bottom = header.y + context.font_size(FontRole::title) + context.units(0.1f);
  int x0 = std::max(0, static_cast<int>(std::floor(left)));
  int y0 = std::max(0, static_cast<int>(std::floor(top)));
  const int x1 = std::min(static_cast<int>(size.x), static_cast<int>(std::ceil(right)));
  const int y1 = std::min(static_cast<int>(size.y), static_cast<int>(std::ceil(bottom)));
  // Even sides: turned about its centre onto a panel hung sideways, the rectangle
  // still lies on whole pixels. The padding has room for one more.
  if ((x1 - x0) % 2 != 0) --x0;
  if ((y1 - y0) % 2 != 0) y0 = y0 > 0 ? y0 - 1 : y0 + 1;
  if (x1 <= x0 || y1 <= y0 || x0 < 0) return {};
  return {x0, y0, x1 - x0, y1 - y0};
}

void draw_frame(ImDrawList& draw_list, const FontSet& fonts, const FrameRequest& request,
                ImVec2 size, FrameRecord* record) {
  const core::ViewModel& model = *request.model;
  DrawContext context(draw_list, fonts, palette_for(model.theme), model.language, record);
  context.set_portrait(size.y > size.x);
  const bool setup = request.setup != nullptr && request.setup->shown;
  const FrameAreas areas = frame_areas(context, model, size);

  draw_header(context, model, areas.header);
  if (areas.banner.h > 0) draw_problem_banner(context, model, areas.banner);
  if (setup) {
    draw_footer(context, model, request.page, {}, true, areas.footer);
    draw_setup_page(context, model, *request.setup, areas.page);
    return;
  }
  // The page before the footer: how many parts it has ("Acties 1/2") is known
  // once it is laid out. A part past the last is drawn as the last.
  const int parts = draw_page(context, model, request.page, std::max(0, request.part), areas.page);
  const int part = std::min(std::max(0, request.part), parts - 1);
  draw_footer(context, model, request.page, page_indicator_text(model, request.page, part, parts),
              false, areas.footer);
  if (record != nullptr) {
    record->part = part;
    record->parts = parts;
  }
}

}  // namespace hgw::ui
