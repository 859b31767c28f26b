// Trend charts: points that may be shown, the direction over the recent points by
// least squares, and which points fall under the reference value.

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

}  // namespace

TrendView build_trend_view(const Trend& trend, const ViewContext& context) {
  const Language language = context.language();
  TrendView view;
  view.id = trend.id;
  view.title = trend.title;
  view.team_label = context.team_label(trend.team);
  if (trend.subject) view.subject_label = subject_label(*trend.subject, language);
  view.unit = trend.unit;
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
    shown.below_reference = view.reference_value && point.value < *view.reference_value;
    view.points.push_back(std::move(shown));
  }
  // Sources may list dated points in any order; a chart reads oldest to newest.
  // Without dates on every point, the document's order is the only order there is.
  const bool all_dated =
      std::all_of(view.points.begin(), view.points.end(),
                  [](const TrendPointView& point) { return point.date.has_value(); });
  if (all_dated) {
    std::stable_sort(
        view.points.begin(), view.points.end(),
        [](const TrendPointView& a, const TrendPointView& b) { return *a.date < *b.date; });
  }
  if (view.suppressed_points > 0) {
    view.suppressed_text =
        format_suppressed_points(view.suppressed_points, context.min_n(), language);
  }

  view.direction = direction_of(view.points, trend.unit);
  view.direction_label = std::string(label(view.direction, language));
  if (!view.points.empty()) {
    view.latest_text = view.points.back().value_text;
    view.latest_below_reference = view.points.back().below_reference;
  }
  view.needs_attention = view.latest_below_reference || view.direction == TrendDirection::falling;
  return view;
}

}  // namespace hgw::core
