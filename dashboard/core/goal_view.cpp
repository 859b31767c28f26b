// Goal cards: progress from baseline to target, status (given or derived), the
// evaluation countdown, and privacy suppression of figures over too few pupils.

#include <algorithm>
#include <cmath>

#include "privacy.hpp"
#include "view_context.hpp"

namespace hgw::core {
namespace {

// A derived status calls a goal "aandacht" when its progress lags the time already
// spent between the start of the period and the evaluation by more than this share.
constexpr double kLagTolerance = 0.25;

bool meets_target(const Measure& measure, double current) {
  return measure.higher_is_better ? current >= measure.target : current <= measure.target;
}

// Share of the way from baseline to target; nullopt without both figures.
std::optional<double> progress_of(const Measure& measure) {
  if (!measure.baseline || !measure.current) return std::nullopt;
  const double sign = measure.higher_is_better ? 1.0 : -1.0;
  // Halves: scores are free, and 1e308 - (-1e308) overflows where half of each does not.
  const double needed = sign * (measure.target / 2 - *measure.baseline / 2);
  const double gained = sign * (*measure.current / 2 - *measure.baseline / 2);
  // A target at (or behind) the baseline leaves no way to go: either it is met or not.
  if (needed <= 0) return meets_target(measure, *measure.current) ? 1.0 : 0.0;
  return std::clamp(gained / needed, 0.0, 1.0);
}

std::optional<GoalStatus> derive_status(const Goal& goal, const Measure& measure,
                                        const ViewContext& context) {
  if (!measure.current) return std::nullopt;
  if (meets_target(measure, *measure.current)) return GoalStatus::behaald;
  if (goal.evaluate_on && context.today() > *goal.evaluate_on) return GoalStatus::niet_behaald;
  if (measure.baseline) {
    const double sign = measure.higher_is_better ? 1.0 : -1.0;
    if (sign * (*measure.current - *measure.baseline) < 0) return GoalStatus::aandacht;
  }
  const auto& school = context.document().school;
  const auto progress = progress_of(measure);
  if (progress && goal.evaluate_on && school && school->period) {
    const Date start = school->period->start;
    const auto total_days = days_between(start, *goal.evaluate_on);
    if (total_days > 0) {
      const double elapsed = std::clamp(static_cast<double>(days_between(start, context.today())) /
                                            static_cast<double>(total_days),
                                        0.0, 1.0);
      if (*progress < elapsed - kLagTolerance) return GoalStatus::aandacht;
    }
  }
  return GoalStatus::op_koers;
}

std::string evaluation_text(const Date& date, std::int64_t days, Language language) {
  std::string text(phrase(Phrase::evaluation, language));
  text += " " + format_day_month(date, language);
  text += " · " + format_days_from_today(days, language);
  return text;
}

std::vector<FeedView> feeds_of(const Goal& goal, Language language) {
  std::vector<FeedView> feeds;
  const auto add = [&](Phrase question, const std::optional<std::string>& answer) {
    if (answer && !answer->empty())
      feeds.push_back({std::string(phrase(question, language)), *answer});
  };
  add(Phrase::feed_up, goal.feed_up);
  add(Phrase::feedback, goal.feedback);
  add(Phrase::feed_forward, goal.feed_forward);
  return feeds;
}

// The change since the start and, when the goal went the wrong way, the fall.
void describe_change(const Measure& measure, Language language, GoalView& view) {
  if (!measure.baseline || !measure.current) return;
  // Halves, as in progress_of: the difference of two huge scores may overflow.
  const double half_change = *measure.current / 2 - *measure.baseline / 2;
  const double change = half_change * 2;
  view.change = change;
  view.change_text = format_signed_change(change, language);
  if (measure.unit == Unit::percent) {
    view.change_text += " " + std::string(phrase(Phrase::percentage_points, language));
  }
  const double sign = measure.higher_is_better ? 1.0 : -1.0;
  // A fall too small to write ("±0") is no fall either.
  const bool too_small = format_number(std::fabs(change), language) == "0";
  if (sign * half_change >= 0 || too_small) return;
  view.fell = true;
  const double way = sign * (measure.target / 2 - *measure.baseline / 2);
  // Against a target at (or behind) the start there is no way to measure by: the
  // fall then takes the whole room the bar has for it.
  view.fall_share = way > 0 ? std::clamp(-sign * half_change / way, 0.0, 1.0) : 1.0;
  const Phrase direction = change < 0 ? Phrase::value_fell : Phrase::value_rose;
  view.fall_text = std::string(phrase(direction, language)) + " " + view.change_text;
}

// How the goal's trend moved since the latest of its begun actions started: its
// newest measurement after the start against the last one at or before it. Both
// come from the trend, which has a measurement on each side of the start where the
// goal has only its start and its current figure; a point over fewer than min_n
// pupils is never used.
void describe_since_action(const Goal& goal, const Measure& measure, const ViewContext& context,
                           GoalView& view) {
  const auto& starts = context.monitoring().starts_of(goal);
  const Trend* trend = context.monitoring().trend_of(goal);
  if (starts.empty() || trend == nullptr) return;
  const Date start = starts.back();
  const TrendPoint* before = nullptr;
  const TrendPoint* after = nullptr;
  for (const auto& point : trend->points) {
    if (!point.date || is_suppressed(point.n, context.min_n())) continue;
    const TrendPoint*& side = *point.date <= start ? before : after;
    if (side == nullptr || *side->date <= *point.date) side = &point;
  }
  // Without a measurement from before the start there is nothing to move from.
  if (before == nullptr) return;
  const Language language = context.language();
  view.action_start = start;
  const std::string date = format_day_short_month(start, context.today(), language);
  if (after == nullptr) {
    view.since_action_text =
        std::string(phrase(Phrase::no_measurement_since_action_start, language)) + " " + date;
    return;
  }
  // Halves, as in describe_change: the difference of two huge scores may overflow.
  const double half_change = after->value / 2 - before->value / 2;
  const double change = half_change * 2;
  view.change_since_action = change;
  std::string text = format_signed_change(change, language);
  if (measure.unit == Unit::percent)
    text += " " + std::string(phrase(Phrase::percentage_points, language));
  view.since_action_text =
      text + " " + std::string(phrase(Phrase::since_action_start, language)) + " " + date;
  const double sign = measure.higher_is_better ? 1.0 : -1.0;
  if (format_number(std::fabs(change), language) == "0") return;  // too small to call
  view.change_since_action_tone = sign * half_change > 0 ? TrendTone::good : TrendTone::bad;
}

// The dates of the figures, for a reader who asks when "71%" was measured.
void describe_dates(const Measure& measure, const ViewContext& context, GoalView& view) {
  const Language language = context.language();
  const Date today = context.today();
  view.baseline_on = measure.baseline_on;
  view.current_on = measure.current_on;
  view.target_on = measure.target_on;
  if (measure.baseline_on)
    view.baseline_on_text = format_day_short_month(*measure.baseline_on, today, language);
  if (measure.current_on)
    view.current_on_text = format_day_short_month(*measure.current_on, today, language);
  // A target is due in a month rather than on a day, mostly in another year.
  if (measure.target_on) {
    view.target_on_text = std::string(phrase(Phrase::target_due, language)) + " " +
                          format_month_year(*measure.target_on, language);
  }
}

}  // namespace

GoalView build_goal_view(const Goal& goal, const ViewContext& context) {
  const Language language = context.language();
  GoalView view;
  view.id = goal.id;
  view.title = goal.title;
  view.team_label = context.team_label(goal.team);
  if (goal.subject) view.subject_label = subject_label(*goal.subject, language);
  view.domain = goal.domain;
  view.domain_label = std::string(label(goal.domain, language));
  view.feed_up = goal.feed_up.value_or("");
  view.feedback = goal.feedback.value_or("");
  view.feed_forward = goal.feed_forward.value_or("");
  view.feeds = feeds_of(goal, language);

  if (goal.measure) {
    const Measure& measure = *goal.measure;
    view.unit = measure.unit;
    view.higher_is_better = measure.higher_is_better;
    view.target = measure.target;
    view.target_text = format_value(measure.target, measure.unit, language);
    view.suppressed = is_suppressed(measure.n, context.min_n());
    describe_dates(measure, context, view);
    if (view.suppressed) {
      // The figures never leave core; neither does a status derived from them.
      view.suppressed_text = format_suppressed(context.min_n());
      view.baseline_text = view.suppressed_text;
      view.current_text = view.suppressed_text;
    } else {
      view.baseline = measure.baseline;
      view.current = measure.current;
      if (measure.baseline)
        view.baseline_text = format_value(*measure.baseline, measure.unit, language);
      if (measure.current)
        view.current_text = format_value(*measure.current, measure.unit, language);
      view.progress = progress_of(measure);
      describe_change(measure, language, view);
      describe_since_action(goal, measure, context, view);
    }
  }

  if (goal.status) {
    view.status = goal.status;
  } else if (goal.measure && !view.suppressed) {
    view.status = derive_status(goal, *goal.measure, context);
    view.status_derived = view.status.has_value();
  }
  if (view.status) view.status_label = std::string(label(*view.status, language));
  view.needs_attention =
      view.fell || view.status == GoalStatus::aandacht || view.status == GoalStatus::niet_behaald;

  if (goal.evaluate_on) {
    view.evaluate_on = goal.evaluate_on;
    view.days_to_evaluation = days_between(context.today(), *goal.evaluate_on);
    view.evaluation_text = evaluation_text(*goal.evaluate_on, *view.days_to_evaluation, language);
  }
  return view;
}

}  // namespace hgw::core
