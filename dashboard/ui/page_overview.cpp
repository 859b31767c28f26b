// overzicht: the kc'er's three roles side by side (docs/ARCHITECTURE.md, "The domain"; LBBO 2022) —
// Focus op leren (learning goals), Data en trends (trends needing attention, and
// what goes well), Ondersteuning en zorg (the pyramid and the next MDO).

#include <algorithm>
#include <string>

#include "card.hpp"
#include "goal_card.hpp"
#include "pages.hpp"
#include "pyramid.hpp"
#include "trend_card.hpp"

namespace hgw::ui {
namespace {

using core::Phrase;

std::string phrase_text(Phrase phrase, core::Language language) {
  return std::string(core::phrase(phrase, language));
}

void learning_column(const DrawContext& context, const core::ViewModel& model, Rect area) {
  cut_top(area,
          draw_heading(context, area, phrase_text(Phrase::overview_learning, model.language)));
  const auto& goals = model.overview.learning_goals;
  if (goals.empty()) {
    draw_nothing_to_show(context, area);
    return;
  }
  stack_cards(
      context, area, static_cast<int>(goals.size()), context.units(0.4f),
      [&](const DrawContext& card_context, Rect card, int index) {
        return goal_card(card_context, card, goals[static_cast<std::size_t>(index)],
                         GoalDetail::summary);
      },
      "overview_goals");
}

float positive_height(const DrawContext& context, float width, const core::PositiveView& item) {
  return context.paragraph_height(FontRole::body, width - context.units(1.0f), item.text, 2);
}

void positives_block(const DrawContext& context, const core::ViewModel& model, Rect area) {
  if (model.positives.empty()) return;
  const float heading = heading_height(context);
  // Without room for a heading and one line the block is left out whole: what
  // goes well is the overview's extra, not one of its three roles.
  if (area.h < heading + context.line_step(FontRole::body) * 2) return;
  cut_top(area, draw_heading(context, area, phrase_text(Phrase::positives_title, model.language),
                             context.palette().on_course));
  stack_cards(
      context, area, static_cast<int>(model.positives.size()), context.units(0.3f),
      [&](const DrawContext& item_context, Rect row, int index) {
        const auto& item = model.positives[static_cast<std::size_t>(index)];
        const float height = positive_height(item_context, row.w, item);
        if (item_context.drawing()) {
          // A plus in a circle: "goes well", told by shape as well as colour.
          const float size = item_context.unit();
          const ImVec2 centre{row.x + size * 0.45f, row.y + size * 0.55f};
          item_context.draw_list().AddCircleFilled(centre, size * 0.42f,
                                                   item_context.palette().on_course);
          const float arm = size * 0.24f;
          const float thick = size * 0.1f;
          item_context.draw_list().AddLine({centre.x - arm, centre.y}, {centre.x + arm, centre.y},
                                           item_context.palette().surface, thick);
          item_context.draw_list().AddLine({centre.x, centre.y - arm}, {centre.x, centre.y + arm},
                                           item_context.palette().surface, thick);
        }
        item_context.paragraph(FontRole::body, row.x + item_context.units(1.0f), row.y,
                               row.w - item_context.units(1.0f), item_context.palette().text,
                               item.text, 2);
        return height;
      },
      "positives");
}

void data_column(const DrawContext& context, const core::ViewModel& model, Rect area) {
  cut_top(area, draw_heading(context, area, phrase_text(Phrase::overview_data, model.language)));
  const auto& trends = model.overview.attention_trends;
  const float gap = context.units(0.4f);
  if (!trends.empty()) {
    // Trends first; what goes well takes the rest, at least a third of the column.
    Rect trend_area = area;
    if (!model.positives.empty() && !context.portrait()) trend_area.h = area.h * 0.64f;
    // On a narrow screen the legend would leave room for one trend at most.
    const TrendCardStyle style =
        context.portrait() ? TrendCardStyle::headline : TrendCardStyle::summary;
    const StackResult stacked = stack_cards(
        context, trend_area, static_cast<int>(trends.size()), gap,
        [&](const DrawContext& card_context, Rect card, int index) {
          return trend_card(card_context, card, trends[static_cast<std::size_t>(index)], style);
        },
        "overview_trends");
    cut_top(area, stacked.height + context.units(0.8f));
  } else {
    context.record_list("overview_trends", 0, 0);
  }
  positives_block(context, model, area);
}

float meeting_card(const DrawContext& context, Rect area, const core::MeetingView& meeting) {
  const Palette& palette = context.palette();
  if (context.drawing()) draw_card(context, area, palette.accent);
  const float pad = context.units(kCardPadding);
  const float x = area.x + pad + context.units(0.2f);
  const float width = area.right() - pad - x;
  float y = area.y + pad;
  y += context.paragraph(
      FontRole::body_bold, x, y, width, palette.text,
      meeting.kind_label + (meeting.team_name.empty() ? "" : " " + meeting.team_name), 2);
  std::string when = meeting.date_text;
  if (!meeting.time_text.empty()) when += ", " + meeting.time_text;
  y += context.paragraph(FontRole::body, x, y, width, palette.text, when, 2);
  y +=
      context.paragraph(FontRole::body_bold, x, y, width, palette.accent, meeting.relative_text, 1);
  return y - context.units(0.1f) + pad - area.y;
}

void care_column(const DrawContext& context, const core::ViewModel& model, Rect area) {
  cut_top(area, draw_heading(context, area, phrase_text(Phrase::overview_care, model.language)));
  const auto& mdo = model.overview.next_mdo;
  // On a narrow screen the card's own "MDO …" line says what it is.
  const float title =
      context.portrait() ? 0.0f : context.line_step(FontRole::body_bold) + context.units(0.3f);
  const float card = mdo ? meeting_card(context.measuring(), {area.x, 0, area.w, 0}, *mdo) : 0.0f;
  if (mdo && title + card <= area.h) {
    Rect bottom = cut_bottom(area, title + card);
    if (title > 0) {
      context.text_in(FontRole::body_bold, bottom.x, bottom.y, bottom.w,
                      context.palette().text_muted, phrase_text(Phrase::next_mdo, model.language));
    }
    meeting_card(context, {bottom.x, bottom.y + title, bottom.w, card}, *mdo);
    cut_bottom(area, context.units(0.8f));
  }
  // The pyramid needs some height to be read; on a crowded portrait screen the
  // next MDO alone speaks for this role.
  if (model.support.present && area.h >= context.units(6)) {
    if (!model.support.as_of_text.empty()) {
      Rect as_of = cut_bottom(area, context.line_step(FontRole::body));
      context.text_in(FontRole::body, as_of.x, as_of.y, as_of.w, context.palette().text_muted,
                      model.support.as_of_text);
    }
    draw_pyramid(context, area, model.support, PyramidSize::small);
  } else if (!mdo) {
    draw_nothing_to_show(context, area);
  }
}

}  // namespace

void draw_overview_page(const DrawContext& context, const core::ViewModel& model, Rect area) {
  const float gap = context.units(1.2f);
  if (context.portrait()) {
    // Stacked: each role gets a share of the height.
    Rect learning = cut_top(area, area.h * 0.36f);
    cut_top(area, gap * 0.6f);
    Rect data = cut_top(area, area.h * 0.5f);
    cut_top(area, gap * 0.6f);
    learning_column(context, model, learning);
    data_column(context, model, data);
    care_column(context, model, area);
    return;
  }
  const float column = (area.w - 2 * gap) / 3;
  Rect learning = cut_left(area, column);
  cut_left(area, gap);
  Rect data = cut_left(area, column);
  cut_left(area, gap);
  learning_column(context, model, learning);
  data_column(context, model, data);
  care_column(context, model, area);
}

}  // namespace hgw::ui
