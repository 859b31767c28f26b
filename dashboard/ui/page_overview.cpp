// overzicht: the kc'er's view (docs/ARCHITECTURE.md, "The domain"; LBBO 2022) — a row
// per leerteam (where it is in the cycle, its goals, its late actions) over the
// three roles side by side, each titled with the role above its domain:
// leercoördinator, Focus op leren (learning goals); trendanalist, Data en trends
// (trends needing attention, and what goes well); zorgregisseur, Ondersteuning en
// zorg (late care actions, the pyramid and the next MDO).

#include <algorithm>
#include <limits>
#include <string>
#include <vector>

#include "card.hpp"
#include "goal_card.hpp"
#include "pages.hpp"
#include "pyramid.hpp"
#include "stack_share.hpp"
#include "team_rows.hpp"
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

// A column's title: the kc'er's role, its domain under it. On a portrait screen,
// where each role has the whole width, the domain stands beside the role when it fits.
std::string_view role_text(const DrawContext& context, core::Role role) {
  return core::label(role, context.language());
}
std::string_view domain_text(const DrawContext& context, Phrase domain) {
  return core::phrase(domain, context.language());
}
float domain_gap(const DrawContext& context) {
  return context.units(1.0f);
}

bool domain_beside(const DrawContext& context, core::Role role, Phrase domain, float width) {
  return context.portrait() &&
         context.width_of(FontRole::heading, role_text(context, role)) + domain_gap(context) +
                 context.width_of(FontRole::body, domain_text(context, domain)) <=
             width;
}

float role_heading_height(const DrawContext& context, core::Role role, Phrase domain, float width) {
  if (domain_beside(context, role, domain, width)) return heading_height(context);
  return heading_height(context) + context.line_step(FontRole::body) + context.units(0.2f);
}

float draw_role_heading(const DrawContext& context, Rect area, core::Role role, Phrase domain) {
  draw_heading(context, area, role_text(context, role));
  if (domain_beside(context, role, domain, area.w)) {
    const float x = area.x + context.width_of(FontRole::heading, role_text(context, role)) +
                    domain_gap(context);
    // On the role's baseline.
    const float y =
        area.y + context.font_size(FontRole::heading) - context.font_size(FontRole::body);
    context.text_in(FontRole::body, x, y, area.right() - x, context.palette().text_muted,
                    domain_text(context, domain));
  } else {
    context.text_in(FontRole::body, area.x, area.y + heading_height(context), area.w,
                    context.palette().text_muted, domain_text(context, domain));
  }
  return role_heading_height(context, role, domain, area.w);
}

// ---- Leercoördinator: learning goals ------------------------------------------

StackNeed goals_need(const DrawContext& context, const core::ViewModel& model, float width) {
  const DrawContext measure = context.measuring();
  StackNeed need{
      role_heading_height(context, core::Role::leercoordinator, Phrase::overview_learning, width),
      {},
      goal_gap(context),
      marker_height(context)};
  for (const auto& goal : model.overview.learning_goals) {
    need.items.push_back(goal_card(measure, {0, 0, width, 0}, goal, GoalDetail::summary));
  }
  if (need.items.empty()) need.fixed += nothing_height(context);
  return need;
}

// Each goal's card in `area`: the summary for as many as fit, then the first ones
// (those needing attention) richer — with their next step, or at least their
// evaluation date, or at least their figures with when they were measured — while
// the column has room, so it keeps no empty band.
std::vector<GoalDetail> goal_details(const DrawContext& context, const core::ViewModel& model,
                                     Rect area) {
  const auto& goals = model.overview.learning_goals;
  const DrawContext measure = context.measuring();
  const Rect width_only{0, 0, area.w, 0};
  StackNeed need{0, {}, goal_gap(context), marker_height(context)};
  for (const auto& goal : goals)
    need.items.push_back(goal_card(measure, width_only, goal, GoalDetail::summary));
  int shown = static_cast<int>(goals.size());
  while (shown > 0 && stack_height(need, shown) > area.h)
    --shown;
  std::vector<GoalDetail> details(goals.size(), GoalDetail::summary);
  for (std::size_t index = 0; index < static_cast<std::size_t>(shown); ++index) {
    const float summary = need.items[index];
    for (const GoalDetail detail :
         {GoalDetail::next_step, GoalDetail::compact, GoalDetail::minimal}) {
      need.items[index] = goal_card(measure, width_only, goals[index], detail);
      if (stack_height(need, shown) <= area.h) {
        details[index] = detail;
        break;
      }
      need.items[index] = summary;
    }
  }
  return details;
}

// `richer`: the cards grow into the column's spare height (goal_details).
void learning_column(const DrawContext& context, const core::ViewModel& model, Rect area,
                     int most = kAll, bool richer = false) {
  cut_top(area,
          draw_role_heading(context, area, core::Role::leercoordinator, Phrase::overview_learning));
  const auto& goals = model.overview.learning_goals;
  if (goals.empty()) {
    draw_nothing_to_show(context, area);
    context.record_list("overview_goals", 0, 0);
    return;
  }
  const std::vector<GoalDetail> details =
      richer ? goal_details(context, model, area)
             : std::vector<GoalDetail>(goals.size(), GoalDetail::summary);
  stack_cards(
      context, area, static_cast<int>(goals.size()), goal_gap(context),
      [&](const DrawContext& card_context, Rect card, int index) {
        const auto at = static_cast<std::size_t>(index);
        return goal_card(card_context, card, goals[at], details[at]);
      },
      "overview_goals", most);
}

// ---- Trendanalist: trends needing attention, and what goes well -----------------

StackNeed trends_need(const DrawContext& context, const core::ViewModel& model, float width,
                      TrendCardStyle style) {
  const DrawContext measure = context.measuring();
  StackNeed need{
      role_heading_height(context, core::Role::trendanalist, Phrase::overview_data, width),
      {},
      trend_gap(context),
      marker_height(context)};
  for (const auto& trend : model.overview.attention_trends) {
    need.items.push_back(trend_card(measure, {0, 0, width, 0}, trend, style));
  }
  // With nothing needing attention the section is its heading alone; what goes
  // well follows under it.
  return need;
}

void trends_block(const DrawContext& context, const core::ViewModel& model, Rect area,
                  TrendCardStyle style, int most) {
  cut_top(area, draw_role_heading(context, area, core::Role::trendanalist, Phrase::overview_data));
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
  const StackNeed positives = positives_need(context, model, area.w);
  const float room = area.h - (positives.fixed > 0 ? between : 0);
  // The trends with their legend and whole titles, or by their headline where else
  // what goes well would show nothing.
  TrendCardStyle style = TrendCardStyle::summary;
  StackNeed trends = trends_need(context, model, area.w, style);
  std::vector<int> shown = share_height({trends, positives}, room);
  if ((shown[0] == 0 && !trends.items.empty()) || (shown[1] == 0 && !positives.items.empty())) {
    style = TrendCardStyle::headline;
    trends = trends_need(context, model, area.w, style);
    shown = share_height({trends, positives}, room);
  }
  const Rect trend_area = cut_top(area, stack_height(trends, shown[0]));
  trends_block(context, model, trend_area, style, shown[0]);
  cut_top(area, between);
  positives_block(context, model, area, shown[1]);
}

// ---- Zorgregisseur: late care actions, the support pyramid and the next MDO -----

// An action of the zorgregisseur past its date (an MDO not yet prepared): what,
// who, and how late, marked as the action table marks it.
float late_action_card(const DrawContext& context, Rect area, const core::ActionView& action) {
  const Palette& palette = context.palette();
  if (context.drawing()) draw_card(context, area, palette.off_course);
  const auto [pad, x, top, width] = card_text(context, area);
  float y = top;
  y += context.paragraph(FontRole::body_bold, x, y, width, palette.text, action.what, 2);
  y += context.paragraph(FontRole::body, x, y, width, palette.text, action.who, 2);
  y += context.paragraph(FontRole::body_bold, x, y, width, palette.off_course,
                         core::join_parts({action.when_text, action.relative_text}), 2);
  return y - context.units(0.1f) + pad - area.y;
}

float late_actions_gap(const DrawContext& context) {
  return context.units(0.4f);
}

StackNeed late_actions_need(const DrawContext& context, const core::ViewModel& model, float width) {
  const DrawContext measure = context.measuring();
  StackNeed need{0, {}, late_actions_gap(context), marker_height(context)};
  for (const auto& action : model.overview.late_care_actions)
    need.items.push_back(late_action_card(measure, {0, 0, width, 0}, action));
  return need;
}

// The next MDO: what and for whom, how soon, and when. The countdown stands beside
// the title where it fits, so the card is two lines on a wide column.
float meeting_card(const DrawContext& context, Rect area, const core::MeetingView& meeting) {
  const Palette& palette = context.palette();
  if (context.drawing()) draw_card(context, area, palette.accent);
  const auto [pad, x, top, width] = card_text(context, area);
  float y = top;
  const std::string title =
      meeting.kind_label + (meeting.team_name.empty() ? "" : " " + meeting.team_name);
  const float gap = context.units(0.6f);
  const float beside = context.width_of(FontRole::body_bold, title) + gap;
  if (beside + context.width_of(FontRole::body_bold, meeting.relative_text) <= width) {
    context.text_in(FontRole::body_bold, x, y, width, palette.text, title);
    y += context.paragraph(FontRole::body_bold, x + beside, y, width - beside, palette.accent,
                           meeting.relative_text, 1);
  } else {
    y += context.paragraph(FontRole::body_bold, x, y, width, palette.text, title, 2);
    y += context.paragraph(FontRole::body_bold, x, y, width, palette.accent, meeting.relative_text,
                           1);
  }
  std::string when = meeting.date_text;
  if (!meeting.time_text.empty()) when += ", " + meeting.time_text;
  y += context.paragraph(FontRole::body, x, y, width, palette.text, when, 2);
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

// The pyramid at its smallest: bands as high as their number, no labels beside.
float pyramid_least(const DrawContext& context, const core::ViewModel& model) {
  return pyramid_height(context, model,
                        context.font_size(FontRole::heading) + context.units(0.25f));
}

// The care section's height with the pyramid's bands `band` high, and the next
// MDO's card or not (its team's row says it too).
float care_height(const DrawContext& context, const core::ViewModel& model, float width, float band,
                  bool with_mdo = true) {
  float height =
      role_heading_height(context, core::Role::zorgregisseur, Phrase::overview_care, width);
  if (!model.overview.late_care_actions.empty()) {
    const StackNeed late = late_actions_need(context, model, width);
    height += stack_height(late, static_cast<int>(late.items.size())) + context.units(0.8f);
  }
  const auto& mdo = model.overview.next_mdo;
  if (mdo && with_mdo) {
    height += meeting_card(context.measuring(), {0, 0, width, 0}, *mdo) + context.units(0.8f);
  }
  if (has_pyramid(model)) height += pyramid_height(context, model, band);
  if (!mdo && !has_pyramid(model) && model.overview.late_care_actions.empty())
    height += nothing_height(context);
  return height;
}

void care_column(const DrawContext& context, const core::ViewModel& model, Rect area) {
  cut_top(area, draw_role_heading(context, area, core::Role::zorgregisseur, Phrase::overview_care));
  // The next MDO's card says "MDO …" itself: no title over it.
  const auto& mdo = model.overview.next_mdo;
  const float card = mdo ? meeting_card(context.measuring(), {area.x, 0, area.w, 0}, *mdo) : 0.0f;
  // What is late first, then the pyramid at its smallest; the next MDO where room
  // is left (its team's row says it too), and the pyramid grows into the rest.
  const float least = has_pyramid(model) ? pyramid_least(context, model) : 0.0f;
  const auto& late = model.overview.late_care_actions;
  if (!late.empty()) {
    Rect late_area = area;
    late_area.h = std::max(0.0f, area.h - least - context.units(0.8f));
    const StackResult shown = stack_cards(
        context, late_area, static_cast<int>(late.size()), late_actions_gap(context),
        [&](const DrawContext& card_context, Rect box, int index) {
          return late_action_card(card_context, box, late[static_cast<std::size_t>(index)]);
        },
        "overview_care_actions");
    if (shown.height > 0) cut_top(area, shown.height + context.units(0.8f));
  }
  if (mdo && card + (least > 0 ? context.units(0.8f) + least : 0.0f) <= area.h) {
    meeting_card(context, cut_bottom(area, card), *mdo);
    cut_bottom(area, context.units(0.8f));
  }
  if (has_pyramid(model)) {
    if (!model.support.as_of_text.empty()) {
      Rect as_of = cut_bottom(area, context.line_step(FontRole::body));
      context.text_in(FontRole::body, as_of.x, as_of.y, as_of.w, context.palette().text_muted,
                      model.support.as_of_text);
    }
    draw_pyramid(context, area, model.support, PyramidSize::small);
  } else if (!mdo && late.empty()) {
    draw_nothing_to_show(context, area);
  }
}

// ---- The teams' rows ----------------------------------------------------------------

// The team rows take at most this share of the page, so the roles keep theirs.
constexpr float kTeamsShare = 0.4f;

// How many of the team rows fit in `height`, with the marker for the rest.
int fitting(const StackNeed& teams, float height) {
  const int count = static_cast<int>(teams.items.size());
  if (stack_height(teams, count) <= height) return count;
  // Counted up, with the marker under them: linear, for a school of many teams.
  float used = teams.fixed + teams.marker;
  int shown = 0;
  for (const float item : teams.items) {
    used += item + (shown > 0 ? teams.gap : 0.0f);
    if (used > height) break;
    ++shown;
  }
  return shown;
}

// ---- Portrait: the teams, then the three roles one under the other ---------------

struct PortraitPlan {
  TrendCardStyle style = TrendCardStyle::summary;
  StackNeed trends;
  std::vector<int> shown;  // teams, goals, trends, what goes well
  float room = 0;          // for the four lists
  float band = 0;          // the pyramid's bands
  bool with_mdo = true;    // the next MDO's card
};

// Each section as high as what it shows: the lists share what the care section
// leaves, and the pyramid, the one part that reads better larger, takes the rest.
void draw_portrait_overview(const DrawContext& context, const core::ViewModel& model, Rect area) {
  const float between = context.units(0.9f);
  const StackNeed teams = team_rows_need(context, model, area.w, area.h * kTeamsShare);
  const StackNeed goals = goals_need(context, model, area.w);
  const StackNeed positives = positives_need(context, model, area.w);
  const int sections = (teams.fixed > 0 ? 1 : 0) + (positives.fixed > 0 ? 4 : 3);
  const auto all_shown = [](const std::vector<int>& shown, const std::vector<StackNeed>& needs) {
    for (std::size_t index = 0; index < needs.size(); ++index) {
      if (shown[index] != static_cast<int>(needs[index].items.size())) return false;
    }
    return true;
  };
  const auto plan_with = [&](float band, bool with_mdo) {
    PortraitPlan plan;
    plan.band = band;
    plan.with_mdo = with_mdo;
    plan.room = area.h - care_height(context, model, area.w, band, with_mdo) -
                between * static_cast<float>(sections - 1);
    // The trends with their legend when everything fits so, else their headline.
    for (const TrendCardStyle style : {TrendCardStyle::summary, TrendCardStyle::headline}) {
      plan.style = style;
      plan.trends = trends_need(context, model, area.w, style);
      // The teams whole first, up to their share: where each team stands is the
      // kc'er's first question; the three lists share what is left.
      const int team_count = fitting(teams, std::min(plan.room, area.h * kTeamsShare));
      const std::vector<StackNeed> lists{goals, plan.trends, positives};
      const std::vector<int> shown =
          share_height(lists, plan.room - stack_height(teams, team_count));
      plan.shown = {team_count, shown[0], shown[1], shown[2]};
      if (all_shown(plan.shown, {teams, goals, plan.trends, positives})) break;
    }
    return plan;
  };
  const float label_band = pyramid_band(context);
  PortraitPlan plan = plan_with(label_band, true);
  // On a short screen the pyramid's bands give up their labels before a list an
  // item, then the next MDO its card before a list its first item.
  const auto starved = [&](const PortraitPlan& tried) {
    const auto one = [](int shown, const StackNeed& need) {
      return shown == 0 && !need.items.empty();
    };
    return one(tried.shown[0], teams) || one(tried.shown[1], goals) ||
           one(tried.shown[2], tried.trends) || one(tried.shown[3], positives);
  };
  const float small_band = context.font_size(FontRole::heading) + context.units(0.25f);
  const auto shown_all = [&](const PortraitPlan& tried) {
    return all_shown(tried.shown, {teams, goals, tried.trends, positives});
  };
  if (!shown_all(plan) && has_pyramid(model)) plan = plan_with(small_band, true);
  if (starved(plan) && model.overview.next_mdo) plan = plan_with(plan.band, false);
  const float lists = stack_height(teams, plan.shown[0]) + stack_height(goals, plan.shown[1]) +
                      stack_height(plan.trends, plan.shown[2]) +
                      stack_height(positives, plan.shown[3]);
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

  if (teams.fixed > 0) {
    draw_team_rows(context, model, cut_top(area, stack_height(teams, plan.shown[0])),
                   plan.shown[0]);
    cut_top(area, spacing);
  }
  learning_column(context, model, cut_top(area, stack_height(goals, plan.shown[1])), plan.shown[1]);
  cut_top(area, spacing);
  trends_block(context, model, cut_top(area, stack_height(plan.trends, plan.shown[2])), plan.style,
               plan.shown[2]);
  cut_top(area, spacing);
  if (positives.fixed > 0) {
    positives_block(context, model, cut_top(area, stack_height(positives, plan.shown[3])),
                    plan.shown[3]);
    cut_top(area, spacing);
  }
  area.h = std::min(area.h, care_height(context, model, area.w, band, plan.with_mdo));
  care_column(context, model, area);
}

// ---- Landscape: the teams across the page, the three roles under them -------------

void draw_teams_band(const DrawContext& context, const core::ViewModel& model, Rect& area) {
  const StackNeed teams = team_rows_need(context, model, area.w, area.h * kTeamsShare);
  if (teams.items.empty()) return;
  const int shown = fitting(teams, area.h * kTeamsShare);
  draw_team_rows(context, model, cut_top(area, stack_height(teams, shown)), shown);
  cut_top(area, context.units(0.6f));
}

}  // namespace

void draw_overview_page(const DrawContext& context, const core::ViewModel& model, Rect area) {
  if (context.portrait()) {
    draw_portrait_overview(context, model, area);
    return;
  }
  draw_teams_band(context, model, area);
  const float gap = context.units(1.2f);
  const float column = (area.w - 2 * gap) / 3;
  Rect learning = cut_left(area, column);
  cut_left(area, gap);
  Rect data = cut_left(area, column);
  cut_left(area, gap);
  learning_column(context, model, learning, kAll, true);
  data_column(context, model, data);
  care_column(context, model, area);
}

}  // namespace hgw::ui
