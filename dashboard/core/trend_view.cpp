// Trend charts: points that may be shown, the direction over the recent points by
// least squares, which points fall under the reference value, and where the chart
// puts everything: an honest vertical scale and the points spaced by date.

#include <algorithm>
#include <cmath>

#include "privacy.hpp"
#include "view_context.hpp"

namespace hgw::core {
namespace {

// The direction looks at the last few measurements only: what a team did three
// years ago says little about where it is heading now.
constexpr std::size_t kDirectionWindow = 4;
// A fitted change smaller than this over the window counts as stable: percentage
// points for percentages, a share of the mean level for scores and counts.
constexpr double kStablePercentPoints = 2.0;
constexpr double kStableShareOfLevel = 0.02;

// Slope of the least-squares line through (x, y).
double least_squares_slope(const std::vector<double>& x, const std::vector<double>& y) {
  const double count = static_cast<double>(x.size());
  double mean_x = 0, mean_y = 0;
  for (std::size_t i = 0; i < x.size(); ++i) {
    mean_x += x[i];
    mean_y += y[i];
  }
  mean_x /= count;
  mean_y /= count;
  double covariance = 0, variance = 0;
  for (std::size_t i = 0; i < x.size(); ++i) {
    covariance += (x[i] - mean_x) * (y[i] - mean_y);
    variance += (x[i] - mean_x) * (x[i] - mean_x);
  }
  return variance > 0 ? covariance / variance : 0.0;
}

TrendDirection direction_of(const std::vector<TrendPointView>& points, Unit unit) {
  if (points.size() < 2) return TrendDirection::unknown;
  const std::size_t first = points.size() > kDirectionWindow ? points.size() - kDirectionWindow : 0;
  const bool dated =
      std::all_of(points.begin() + static_cast<std::ptrdiff_t>(first), points.end(),
                  [](const TrendPointView& point) { return point.date.has_value(); });
  std::vector<double> x, y;
  for (std::size_t i = first; i < points.size(); ++i) {
    // Measurement moments are unevenly spaced (M and E within a year): use real time
    // when every point has a date, else one step per measurement.
    x.push_back(dated ? static_cast<double>(days_from_civil(*points[i].date))
                      : static_cast<double>(i));
    y.push_back(points[i].value);
  }
  const double fitted_change = least_squares_slope(x, y) * (x.back() - x.front());
  double mean_level = 0;
  for (double value : y)
    mean_level += std::fabs(value);
  mean_level /= static_cast<double>(y.size());
  const double stable_band = unit == Unit::percent
                                 ? kStablePercentPoints
                                 : std::max(kStableShareOfLevel * mean_level, 1e-9);
  if (fitted_change > stable_band) return TrendDirection::rising;
  if (fitted_change < -stable_band) return TrendDirection::falling;
  return TrendDirection::stable;
}

// A vertical span smaller than this would blow a wobble up to a leap: 20
// percentage points, a tenth of the level for scores, and for counts a tenth but
// at least a few (3 against 4 incidents is one incident, not the chart's height).
constexpr double kMinimumPercentSpan = 20;
constexpr double kMinimumShareOfLevel = 0.1;
constexpr double kMinimumCountSpan = 4;
// About this many steps between the axis' round values: a chart is a few lines
// high on the wall, so few values, far enough apart to be written.
constexpr double kAxisSteps = 3;

// The smallest 1, 2 or 5 times a power of ten that is at least `rough`.
double round_step(double rough) {
  const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
  for (const double multiple : {1.0, 2.0, 5.0}) {
    if (multiple * magnitude >= rough) return multiple * magnitude;
  }
  return 10 * magnitude;
}

// 0..1 between low and high. On quarters, so that scores as far apart as a double
// allows (-1.7e308 and 1.7e308, which validation lets through) do not overflow.
double height_on(double value, double low, double high) {
  const double span = high * 0.25 - low * 0.25;
  if (!(span > 0)) return 0.5;
  return std::clamp((value * 0.25 - low * 0.25) / span, 0.0, 1.0);
}

// As many decimals as the step needs, so no two labels read the same.
int decimals_for(double step) {
  if (!(step > 0) || !std::isfinite(step)) return 1;
  return std::clamp(static_cast<int>(std::ceil(-std::log10(step) - 1e-9)), 0, 6);
}

TrendTickView tick_at(double value, double low, double high, Unit unit, int decimals,
                      Language language) {
  TrendTickView tick;
  tick.value = value;
  tick.height = height_on(value, low, high);
  tick.text = format_number(value, language, decimals) + (unit == Unit::percent ? "%" : "");
  return tick;
}

// The span the data and the reference need, widened to the unit's minimum,
// rounded out to round values, and kept within what the unit can be.
TrendAxisView axis_of(const std::vector<TrendPointView>& points, std::optional<double> reference,
                      Unit unit, Language language) {
  TrendAxisView axis;
  if (points.empty()) return axis;
  double lowest = points.front().value;
  double highest = lowest;
  for (const auto& point : points) {
    lowest = std::min(lowest, point.value);
    highest = std::max(highest, point.value);
  }
  if (reference) {
    lowest = std::min(lowest, *reference);
    highest = std::max(highest, *reference);
  }
  const double level = std::max(std::fabs(lowest), std::fabs(highest));
  // All zero has no level to take a tenth of: one unit then.
  double minimum_span = level > 0 ? kMinimumShareOfLevel * level : 1.0;
  if (unit == Unit::percent) minimum_span = kMinimumPercentSpan;
  if (unit == Unit::count) minimum_span = std::max(minimum_span, kMinimumCountSpan);
  const double span = std::max(highest - lowest, minimum_span);
  const double floor_value = unit == Unit::score ? -HUGE_VAL : 0.0;
  const double ceiling_value = unit == Unit::percent ? 100.0 : HUGE_VAL;
  const double centre = lowest / 2 + highest / 2;
  double low = centre - span / 2;
  double high = centre + span / 2;
  // Against the unit's edge the span grows on the other side: 0..20% rather than -5..15%.
  if (low < floor_value) {
    high = std::min(ceiling_value, high + (floor_value - low));
    low = floor_value;
  }
  if (high > ceiling_value) {
    low = std::max(floor_value, low - (high - ceiling_value));
    high = ceiling_value;
  }
  double step = round_step(span / kAxisSteps);
  if (unit == Unit::count) step = std::max(step, 1.0);
  const bool rounded = std::isfinite(span) && std::isfinite(low) && std::isfinite(high) &&
                       std::isfinite(step) && step > 0;
  if (rounded) {
    low = std::max(floor_value, std::floor(low / step) * step);
    high = std::min(ceiling_value, std::ceil(high / step) * step);
    // A reference a hair above the lowest value would write its label over the
    // lowest's: one more step keeps them apart.
    if (reference && *reference > low && *reference - low < step / 3 && low - step >= floor_value)
      low -= step;
    if (reference && *reference < high && high - *reference < step / 3 &&
        high + step <= ceiling_value)
      high += step;
  } else {
    // Values at the ends of what a double holds: the bare extremes, no round values.
    low = lowest;
    high = highest > lowest ? highest : lowest + 1;
  }
  axis.low = low;
  axis.high = high;

  const auto steps = rounded ? static_cast<int>(std::lround((high - low) / step)) : 1;
  const int decimals = rounded ? decimals_for(step) : 1;
  for (int index = 0; index <= steps; ++index) {
    const double value = index == steps ? high : (rounded ? low + index * step : low);
    TrendTickView tick = tick_at(value, low, high, unit, decimals, language);
    tick.is_bound = index == 0 || index == steps;
    axis.ticks.push_back(std::move(tick));
  }
  if (reference) {
    const double tolerance = rounded ? step * 1e-6 : 0.0;
    auto same = std::find_if(axis.ticks.begin(), axis.ticks.end(), [&](const TrendTickView& tick) {
      return std::fabs(tick.value - *reference) <= tolerance;
    });
    if (same != axis.ticks.end()) {
      same->is_reference = true;
    } else {
      // The reference is written as the document gives it, not rounded to the step.
      TrendTickView tick = tick_at(*reference, low, high, unit, 1, language);
      tick.is_reference = true;
      axis.ticks.insert(std::upper_bound(axis.ticks.begin(), axis.ticks.end(), tick,
                                         [](const TrendTickView& a, const TrendTickView& b) {
                                           return a.value < b.value;
                                         }),
                        std::move(tick));
    }
  }
  return axis;
}

bool all_dated(const std::vector<TrendPointView>& points) {
  return std::all_of(points.begin(), points.end(),
                     [](const TrendPointView& point) { return point.date.has_value(); });
}

// Along the time axis: by date when every point has one (E6 to E7 is a year, E7
// to M8 five months), else one step per measurement. A marked start after the
// last point stretches the axis to reach it.
void place_along(std::vector<TrendPointView>& points, std::vector<TrendMarkerView>& markers) {
  if (points.empty()) return;
  const bool dated = all_dated(points);
  const double first = dated ? static_cast<double>(days_from_civil(*points.front().date)) : 0;
  double last = dated ? static_cast<double>(days_from_civil(*points.back().date)) : 0;
  if (dated && !markers.empty())
    last = std::max(last, static_cast<double>(days_from_civil(markers.back().date)));
  for (auto& marker : markers) {
    marker.x = last > first
                   ? (static_cast<double>(days_from_civil(marker.date)) - first) / (last - first)
                   : 0.5;
  }
  const double count = static_cast<double>(points.size());
  for (std::size_t index = 0; index < points.size(); ++index) {
    auto& point = points[index];
    if (dated && last > first) {
      point.x = (static_cast<double>(days_from_civil(*point.date)) - first) / (last - first);
    } else {
      point.x = count > 1 ? static_cast<double>(index) / (count - 1) : 0.5;
    }
  }
}

// The begun actions of the goals this trend follows, where a time axis can place
// them: from the first point to no further after the last than the widest gap
// between two points, so the next measurement cannot be overdue yet. One marker per
// date, counting the actions that began on it.
std::vector<TrendMarkerView> action_markers(const std::vector<TrendPointView>& points,
                                            const std::vector<Date>& starts, const Date& today,
                                            Language language) {
  std::vector<TrendMarkerView> markers;
  if (points.size() < 2 || starts.empty() || !all_dated(points)) return markers;
  std::int64_t widest_gap = 0;
  for (std::size_t index = 1; index < points.size(); ++index)
    widest_gap = std::max(widest_gap, days_between(*points[index - 1].date, *points[index].date));
  if (widest_gap <= 0) return markers;
  const Date first = *points.front().date;
  const Date last_to_mark = add_days(*points.back().date, widest_gap);
  std::vector<int> counts;
  for (const Date& start : starts) {  // oldest first
    if (start < first || last_to_mark < start) continue;
    if (!markers.empty() && markers.back().date == start) {
      ++counts.back();
      continue;
    }
    markers.push_back({start, 0, {}});
    counts.push_back(1);
  }
  for (std::size_t index = 0; index < markers.size(); ++index) {
    const std::string date = format_day_short_month(markers[index].date, today, language);
    markers[index].label =
        counts[index] == 1 ? std::string(phrase(Phrase::action_marker, language)) + " " + date
                           : std::to_string(counts[index]) + " " +
                                 std::string(phrase(Phrase::actions_marker, language)) + " " + date;
  }
  return markers;
}

TrendTone tone_of(TrendDirection direction, bool higher_is_better) {
  if (direction == TrendDirection::rising)
    return higher_is_better ? TrendTone::good : TrendTone::bad;
  if (direction == TrendDirection::falling)
    return higher_is_better ? TrendTone::bad : TrendTone::good;
  return TrendTone::neutral;
}

}  // namespace

TrendView build_trend_view(const Trend& trend, const ViewContext& context) {
  const Language language = context.language();
  TrendView view;
  view.id = trend.id;
  view.title = trend.title;
  view.team_label = context.team_label(trend.team);
  if (trend.subject) view.subject_label = subject_label(*trend.subject, language);
  view.unit = trend.unit;
  view.higher_is_better = trend.higher_is_better;
  if (trend.reference) {
    view.reference_value = trend.reference->value;
    const std::string name =
        trend.reference->label.value_or(std::string(phrase(Phrase::reference, language)));
    view.reference_label = name + " " + format_value(trend.reference->value, trend.unit, language);
  }

  for (const auto& point : trend.points) {
    if (is_suppressed(point.n, context.min_n())) {
      ++view.suppressed_points;
      continue;
    }
    TrendPointView shown;
    shown.label = point.label;
    shown.date = point.date;
    shown.value = point.value;
    shown.value_text = format_value(point.value, trend.unit, language);
    shown.below_reference =
        trend.higher_is_better && view.reference_value && point.value < *view.reference_value;
    view.points.push_back(std::move(shown));
  }
  // Sources may list dated points in any order; a chart reads oldest to newest.
  // Without dates on every point, the document's order is the only order there is.
  if (all_dated(view.points)) {
    std::stable_sort(
        view.points.begin(), view.points.end(),
        [](const TrendPointView& a, const TrendPointView& b) { return *a.date < *b.date; });
  }
  if (view.suppressed_points > 0) {
    view.suppressed_text =
        format_suppressed_points(view.suppressed_points, context.min_n(), language);
  }

  view.action_markers =
      action_markers(view.points, context.monitoring().starts_on(trend), context.today(), language);
  place_along(view.points, view.action_markers);
  view.axis = axis_of(view.points, view.reference_value, trend.unit, language);
  for (auto& point : view.points)
    point.height = height_on(point.value, view.axis.low, view.axis.high);
  if (view.reference_value && !view.points.empty())
    view.reference_height = height_on(*view.reference_value, view.axis.low, view.axis.high);

  view.direction = direction_of(view.points, trend.unit);
  view.direction_label = std::string(label(view.direction, language));
  view.direction_tone = tone_of(view.direction, trend.higher_is_better);
  if (!view.points.empty()) {
    const TrendPointView& latest = view.points.back();
    view.latest_text = latest.value_text;
    view.latest_below_reference = latest.below_reference;
    // A bare "49%" hides that it is June's figure when November's was left out.
    view.latest_moment_text =
        latest.date ? format_month_year(*latest.date, language) : latest.label;
    view.headline_text = latest.value_text + " \u00b7 " + view.latest_moment_text;
  }
  view.needs_attention = view.latest_below_reference || view.direction_tone == TrendTone::bad;
  return view;
}

}  // namespace hgw::core
