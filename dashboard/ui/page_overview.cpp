// overzicht: the kc'er's three roles side by side (docs/ARCHITECTURE.md, "The domain"; LBBO 2022) —
// Focus op leren (learning goals), Data en trends (trends needing attention, and
// what goes well), Ondersteuning en zorg (the pyramid and the next MDO).

#include <algorithm>
#include <limits>
#include <string>
#include <vector>

#include "card.hpp"
#include "goal_card.hpp"
#include "pages.hpp"
#include "pyramid.hpp"
#include "stack_share.hpp"
#include "trend_card.hpp"

namespace hgw::ui {
namespace {

using core::Phrase;

std::string phrase_text(Phrase phrase, core::Language language) {
  return std::string(core::phrase(phrase, language));
}

constexpr int kAll = std::numeric_limits<int>::max();

float goal_gap(const DrawContext& context) {
  return context.units(0.4f);
}
float trend_gap(const DrawContext& context) {
  return context.units(0.4f);
}
float positive_gap(const DrawContext& context) {
  return context.units(0.3f);
}
float marker_height(const DrawContext& context) {
  return context.line_step(FontRole::body_bold);
}
float nothing_height(const DrawContext& context) {
  return context.line_step(FontRole::body);
}

// ---- Leercoördinator: learning goals ------------------------------------------

StackNeed goals_need(const DrawContext& context, const core::ViewModel& model, float width) {
  const DrawContext measure = context.measuring();
  StackNeed need{heading_height(context), {}, goal_gap(context), marker_height(context)};
  for (const auto& goal : model.overview.learning_goals) {
    need.items.push_back(goal_card(measure, {0, 0, width, 0}, goal, GoalDetail::summary));
  }
  if (need.items.empty()) need.fixed += nothing_height(context);
  return need;
}

void learning_column(const DrawContext& context, const core::ViewModel& model, Rect area,
                     int most = kAll) {
  cut_top(area,
          draw_heading(context, area, phrase_text(Phrase::overview_learning, model.language)));
  const auto& goals = model.overview.learning_goals;
  if (goals.empty()) {
    draw_nothing_to_show(context, area);
    context.record_list("overview_goals", 0, 0);
    return;
  }
  stack_cards(
      context, area, static_cast<int>(goals.size()), goal_gap(context),
      [&](const DrawContext& card_context, Rect card, int index) {
        return goal_card(card_context, card, goals[static_cast<std::size_t>(index)],
                         GoalDetail::summary);
      },
      "overview_goals", most);
}

// ---- Trendanalist: trends needing attention, and what goes well -----------------

StackNeed trends_need(const DrawContext& context, const core::ViewModel& model, float width,
                      TrendCardStyle style) {
  const DrawContext measure = context.measuring();
  StackNeed need{heading_height(context), {}, trend_gap(context), marker_height(context)};
  for (const auto& trend : model.overview.attention_trends) {
    need.items.push_back(trend_card(measure, {0, 0, width, 0}, trend, style));
  }
  // With nothing needing attention the section is its heading alone; what goes
  // well follows under it.
  return need;
}

void trends_block(const DrawContext& context, const core::ViewModel& model, Rect area,
                  TrendCardStyle style, int most) {
  cut_top(area, draw_heading(context, area, phrase_text(Phrase::overview_data, model.language)));
  const auto& trends = model.overview.attention_trends;
  stack_cards(
      context, area, static_cast<int>(trends.size()), trend_gap(context),
      [&](const DrawContext& card_context, Rect card, int index) {
        return trend_card(card_context, card, trends[static_cast<std::size_t>(index)], style);
      },
      "overview_trends", most);
}

float positive_height(const DrawContext& context, float width, const core::PositiveView& item) {
  return context.paragraph_height(FontRole::body, width - context.units(1.0f), item.text, 2);
}

StackNeed positives_need(const DrawContext& context, const core::ViewModel& model, float width) {
  StackNeed need{0, {}, positive_gap(context), marker_height(context)};
  if (model.positives.empty()) return need;
  need.fixed = heading_height(context);
  for (const auto& item : model.positives)
    need.items.push_back(positive_height(context, width, item));
  return need;
}

void positives_block(const DrawContext& context, const core::ViewModel& model, Rect area,
                     int most) {
  if (model.positives.empty()) return;
  cut_top(area, draw_heading(context, area, phrase_text(Phrase::positives_title, model.language),
                             context.palette().on_course));
  stack_cards(
      context, area, static_cast<int>(model.positives.size()), positive_gap(context),
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
      "positives", most);
}

// Trends, then what goes well; the two share the column by what their items need.
void data_column(const DrawContext& context, const core::ViewModel& model, Rect area) {
  const float between = context.units(0.8f);
  const TrendCardStyle style = TrendCardStyle::summary;
  const StackNeed trends = trends_need(context, model, area.w, style);
  const StackNeed positives = positives_need(context, model, area.w);
  const float room = area.h - (positives.fixed > 0 ? between : 0);
  const std::vector<int> shown = share_height({trends, positives}, room);
  const Rect trend_area = cut_top(area, stack_height(trends, shown[0]));
  trends_block(context, model, trend_area, style, shown[0]);
  cut_top(area, between);
  positives_block(context, model, area, shown[1]);
}

// ---- Zorgregisseur: the support pyramid and the next MDO --------------------------

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

bool has_pyramid(const core::ViewModel& model) {
  return model.support.present && !model.support.levels.empty();
}

// Each band tall enough for its share and its label beside it.
float pyramid_band(const DrawContext& context) {
  return context.font_size(FontRole::heading) + context.line_step(FontRole::body) +
         context.units(0.25f);
}

float pyramid_height(const DrawContext& context, const core::ViewModel& model, float band) {
  if (!has_pyramid(model)) return 0;
  const auto levels = static_cast<float>(model.support.levels.size());
  float height = band * levels + context.units(0.25f) * (levels - 1);
  if (!model.support.as_of_text.empty()) height += context.line_step(FontRole::body);
  return height;
}

float mdo_title_height(const DrawContext& context) {
  // On a narrow screen the card's own "MDO …" line says what it is.
  return context.portrait() ? 0.0f : context.line_step(FontRole::body_bold) + context.units(0.3f);
}

// The care section's height with the pyramid's bands `band` high.
float care_height(const DrawContext& context, const core::ViewModel& model, float width,
                  float band) {
  float height = heading_height(context);
  const auto& mdo = model.overview.next_mdo;
  if (mdo) {
    height += mdo_title_height(context) +
              meeting_card(context.measuring(), {0, 0, width, 0}, *mdo) + context.units(0.8f);
  }
  if (has_pyramid(model)) height += pyramid_height(context, model, band);
  if (!mdo && !has_pyramid(model)) height += nothing_height(context);
  return height;
}

void care_column(const DrawContext& context, const core::ViewModel& model, Rect area) {
  cut_top(area, draw_heading(context, area, phrase_text(Phrase::overview_care, model.language)));
  const auto& mdo = model.overview.next_mdo;
  const float title = mdo_title_height(context);
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
  if (has_pyramid(model)) {
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

// ---- Portrait: the three roles one under the other --------------------------------

struct PortraitPlan {
  TrendCardStyle style = TrendCardStyle::summary;
  StackNeed trends;
  std::vector<int> shown;  // goals, trends, what goes well
  float room = 0;          // for the three lists
  float band = 0;          // the pyramid's bands
};

// Each section as high as what it shows: the lists share what the care section
// leaves, and the pyramid, the one part that reads better larger, takes the rest.
void draw_portrait_overview(const DrawContext& context, const core::ViewModel& model, Rect area) {
  const float between = context.units(0.9f);
  const StackNeed goals = goals_need(context, model, area.w);
  const StackNeed positives = positives_need(context, model, area.w);
  const int sections = positives.fixed > 0 ? 4 : 3;
  const auto plan_with = [&](float band) {
    PortraitPlan plan;
    plan.band = band;
    plan.room = area.h - care_height(context, model, area.w, band) -
                between * static_cast<float>(sections - 1);
    // The trends with their legend when everything fits so, else their headline.
    for (const TrendCardStyle style : {TrendCardStyle::summary, TrendCardStyle::headline}) {
      plan.style = style;
      plan.trends = trends_need(context, model, area.w, style);
      plan.shown = share_height({goals, plan.trends, positives}, plan.room);
      if (plan.shown[0] == static_cast<int>(goals.items.size()) &&
          plan.shown[1] == static_cast<int>(plan.trends.items.size()) &&
          plan.shown[2] == static_cast<int>(positives.items.size())) {
        break;
      }
    }
    return plan;
  };
  const float label_band = pyramid_band(context);
  PortraitPlan plan = plan_with(label_band);
  // On a short screen the pyramid's bands give up their labels before a list its
  // first item.
  const bool starved = (plan.shown[0] == 0 && !goals.items.empty()) ||
                       (plan.shown[1] == 0 && !plan.trends.items.empty()) ||
                       (plan.shown[2] == 0 && !positives.items.empty());
  if (starved && has_pyramid(model)) {
    plan = plan_with(context.font_size(FontRole::heading) + context.units(0.25f));
  }
  const float lists = stack_height(goals, plan.shown[0]) +
                      stack_height(plan.trends, plan.shown[1]) +
                      stack_height(positives, plan.shown[2]);
  // Left over: the pyramid grows up to bands twice their labelled height; what is
  // still left opens up the space between the sections a little.
  float spare = std::max(0.0f, plan.room - lists);
  float band = plan.band;
  if (has_pyramid(model)) {
    const auto levels = static_cast<float>(model.support.levels.size());
    const float growth = std::clamp(spare / levels, 0.0f, 2 * label_band - band);
    band += growth;
    spare -= growth * levels;
  }
  const float spacing = between + std::min(spare / static_cast<float>(sections), context.unit());

  learning_column(context, model, cut_top(area, stack_height(goals, plan.shown[0])), plan.shown[0]);
  cut_top(area, spacing);
  trends_block(context, model, cut_top(area, stack_height(plan.trends, plan.shown[1])), plan.style,
               plan.shown[1]);
  cut_top(area, spacing);
  if (positives.fixed > 0) {
    positives_block(context, model, cut_top(area, stack_height(positives, plan.shown[2])),
                    plan.shown[2]);
    cut_top(area, spacing);
  }
  area.h = std::min(area.h, care_height(context, model, area.w, band));
  care_column(context, model, area);
}

}  // namespace

void draw_overview_page(const DrawContext& context, const core::ViewModel& model, Rect area) {
  if (context.portrait()) {
    draw_portrait_overview(context, model, area);
    return;
  }
  const float gap = context.units(1.2f);
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
