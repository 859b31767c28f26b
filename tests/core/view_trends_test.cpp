#include <doctest/doctest.h>

#include <algorithm>

#include "test_documents.hpp"

using namespace hgw;
using namespace hgw::test;

namespace {

json trend_document(const json& points, const json& reference = json{
                                            {"label", "Signaleringswaarde 1F"}, {"value", 85}}) {
  json document = minimal_document();
  json trend = {{"id", "t"}, {"title", "Rekenen"}, {"unit", "percent"}, {"points", points}};
  if (!reference.is_null()) trend["reference"] = reference;
  document["trends"] = json::array({trend});
  return document;
}

json point(const std::string& label, const std::string& date, double value, int n = 50) {
  return {{"label", label}, {"date", date}, {"value", value}, {"n", n}};
}

core::TrendView the_trend(const json& document) {
  const auto model = view_of(document);
  REQUIRE(model.trends.size() == 1);
  return model.trends[0];
}

}  // namespace

TEST_CASE("direction by least squares: rising, falling, stable") {
  CHECK(the_trend(trend_document({point("M6", "2025-01-22", 74), point("E6", "2025-06-10", 77),
                                  point("M7", "2026-01-21", 81), point("E7", "2026-06-09", 84)}))
            .direction == core::TrendDirection::rising);
  const auto falling =
      the_trend(trend_document({point("M4", "2025-01-20", 82), point("E4", "2025-06-12", 80),
                                point("M5", "2026-01-19", 77), point("E5", "2026-06-11", 79)}));
  CHECK(falling.direction == core::TrendDirection::falling);
  CHECK(falling.direction_label == "dalend");
  CHECK(the_trend(trend_document({point("a", "2025-01-20", 80), point("b", "2025-06-12", 81),
                                  point("c", "2026-01-19", 79.5), point("d", "2026-06-11", 80.5)}))
            .direction == core::TrendDirection::stable);
}

TEST_CASE("direction looks at the recent points only") {
  // Years of decline, then a clear recovery over the last four measurements.
  const auto trend = the_trend(trend_document(
      {point("1", "2022-01-10", 95), point("2", "2022-06-10", 90), point("3", "2023-01-10", 80),
       point("4", "2023-06-10", 70), point("5", "2024-01-10", 72), point("6", "2024-06-10", 76),
       point("7", "2025-01-10", 80)}));
  CHECK(trend.direction == core::TrendDirection::rising);
}

TEST_CASE("a trend of one point has no direction") {
  const auto trend = the_trend(trend_document(json::array({point("M5", "2026-01-20", 78.5)})));
  CHECK(trend.direction == core::TrendDirection::unknown);
  CHECK(trend.direction_label == "te weinig metingen");
  CHECK(trend.latest_text == "78,5%");
  CHECK(trend.points.size() == 1);
}

TEST_CASE("points under the reference are marked") {
  const auto trend =
      the_trend(trend_document({point("M7", "2026-01-21", 84), point("E7", "2026-06-09", 85),
                                point("M8", "2026-11-18", 86)}));
  CHECK(trend.points[0].below_reference);
  CHECK_FALSE(trend.points[1].below_reference);  // on the reference is not under it
  CHECK_FALSE(trend.points[2].below_reference);
  CHECK_FALSE(trend.latest_below_reference);
  CHECK(trend.reference_label == "Signaleringswaarde 1F 85%");
}

TEST_CASE("needs attention: falling, or the latest point under the reference") {
  CHECK(the_trend(trend_document({point("a", "2026-01-01", 70), point("b", "2026-06-01", 75)}))
            .needs_attention);
  CHECK_FALSE(
      the_trend(trend_document({point("a", "2026-01-01", 88), point("b", "2026-06-01", 90)}))
          .needs_attention);
  CHECK(the_trend(trend_document({point("a", "2026-01-01", 95), point("b", "2026-06-01", 90)}))
            .needs_attention);
}

TEST_CASE("privacy: points over fewer than min_n pupils are left out and said so") {
  const auto trend =
      the_trend(trend_document({point("M5", "2026-01-20", 40, 7), point("E5", "2026-06-10", 45, 12),
                                point("M6", "2026-11-20", 49, 9)}));
  REQUIRE(trend.points.size() == 1);
  CHECK(trend.points[0].label == "E5");
  CHECK(trend.suppressed_points == 2);
  CHECK(trend.suppressed_text == "2 metingen met n<10 weggelaten");
  CHECK(trend.direction ==
        core::TrendDirection::unknown);  // one shown point: no direction from hidden ones
}

TEST_CASE("points are ordered by date when every point has one") {
  const auto trend =
      the_trend(trend_document({point("E7", "2026-06-09", 84), point("M7", "2026-01-21", 81)}));
  CHECK(trend.points[0].label == "M7");
  CHECK(trend.points[1].label == "E7");
}

TEST_CASE("a trend without reference has nothing under it") {
  const auto trend =
      the_trend(trend_document(json::array({point("a", "2026-01-01", 10)}), nullptr));
  CHECK_FALSE(trend.reference_value);
  CHECK_FALSE(trend.points[0].below_reference);
}

namespace {

json trend_with(const json& points, const json& extra) {
  json document = trend_document(points);
  for (const auto& [key, value] : extra.items())
    document["trends"][0][key] = value;
  return document;
}

const core::TrendTickView* tick_reading(const core::TrendView& trend, const std::string& text) {
  for (const auto& tick : trend.axis.ticks) {
    if (tick.text == text) return &tick;
  }
  return nullptr;
}

double height_range(const core::TrendView& trend) {
  double lowest = 1, highest = 0;
  for (const auto& point : trend.points) {
    lowest = std::min(lowest, point.height);
    highest = std::max(highest, point.height);
  }
  return highest - lowest;
}

}  // namespace

TEST_CASE("the axis spans at least 20 points for percentages, so a wobble looks small") {
  // The demo's Spelling groep 8: 56-57-55-57-56% against 55%.
  const auto trend = the_trend(trend_with(
      {point("M6", "2025-01-22", 56), point("E6", "2025-06-11", 57), point("M7", "2026-01-21", 55),
       point("E7", "2026-06-10", 57), point("M8", "2026-11-18", 56)},
      {{"reference", {{"label", "Signaleringswaarde 1S/2F"}, {"value", 55}}}}));
  CHECK(trend.axis.high - trend.axis.low >= 20);
  CHECK(trend.axis.low <= 55);
  CHECK(trend.axis.high >= 57);
  CHECK(height_range(trend) <= 0.1);  // two points of twenty: a tenth of the height at most
  // Labelled: the lowest, the highest and the reference.
  REQUIRE(trend.axis.ticks.size() >= 3);
  CHECK(trend.axis.ticks.front().is_bound);
  CHECK(trend.axis.ticks.front().height == 0);
  CHECK(trend.axis.ticks.back().is_bound);
  CHECK(trend.axis.ticks.back().height == 1);
  CHECK(trend.axis.ticks.front().text ==
        core::format_value(trend.axis.low, core::Unit::percent, core::Language::nl));
  const auto* reference = tick_reading(trend, "55%");
  REQUIRE(reference != nullptr);
  CHECK(reference->is_reference);
  REQUIRE(trend.reference_height);
  CHECK(*trend.reference_height == doctest::Approx(reference->height));
  for (std::size_t index = 1; index < trend.axis.ticks.size(); ++index)
    CHECK(trend.axis.ticks[index - 1].value < trend.axis.ticks[index].value);
}

TEST_CASE("a percentage axis stays within 0 to 100") {
  const auto high =
      the_trend(trend_document({point("a", "2025-10-01", 97), point("b", "2026-10-01", 99)},
                               json{{"label", "Schoolnorm"}, {"value", 95}}));
  CHECK(high.axis.high == 100);
  CHECK(high.axis.high - high.axis.low >= 20);
  const auto low = the_trend(
      trend_document({point("a", "2025-10-01", 2), point("b", "2026-10-01", 4)}, nullptr));
  CHECK(low.axis.low == 0);
  CHECK(low.axis.high >= 20);
  CHECK(low.points[1].height == doctest::Approx(4.0 / low.axis.high));
}

TEST_CASE("a score axis spans at least a tenth of the value; a wide one follows the data") {
  json scores = trend_document({point("M6", "2025-01-22", 131), point("E6", "2025-06-11", 132),
                                point("M7", "2026-01-21", 134)},
                               nullptr);
  scores["trends"][0]["unit"] = "score";
  const auto narrow = the_trend(scores);
  CHECK(narrow.axis.high - narrow.axis.low >= 13.4);
  CHECK(narrow.axis.low <= 131);
  CHECK(narrow.axis.high >= 134);
  CHECK(height_range(narrow) < 0.25);

  const auto wide = the_trend(
      trend_document({point("a", "2025-01-01", 30), point("b", "2026-01-01", 90)}, nullptr));
  CHECK(wide.axis.low <= 30);
  CHECK(wide.axis.high >= 90);
  CHECK(wide.axis.high - wide.axis.low <= 80);  // rounded out, not blown up
  CHECK(height_range(wide) >= 0.75);
}

TEST_CASE("the axis is drawn from the shown points only: a suppressed figure leaves no trace") {
  const json points = {point("M5", "2026-01-20", 50), point("E5", "2026-06-10", 52),
                       point("M6", "2026-11-20", 5, 7)};
  const auto trend = the_trend(trend_document(points, nullptr));
  REQUIRE(trend.points.size() == 2);
  CHECK(trend.axis.low >= 30);  // 5% over seven pupils would pull the axis down
  CHECK(trend.headline_text == "52% \u00b7 jun \u201926");
}

TEST_CASE("points are placed by date: a year is wider than five months") {
  const auto trend =
      the_trend(trend_document({point("E6", "2025-06-10", 77), point("E7", "2026-06-09", 84),
                                point("M8", "2026-11-18", 86)}));
  REQUIRE(trend.points.size() == 3);
  CHECK(trend.points[0].x == 0);
  CHECK(trend.points[2].x == 1);
  const double year = trend.points[1].x - trend.points[0].x;
  const double five_months = trend.points[2].x - trend.points[1].x;
  CHECK(year / five_months == doctest::Approx(364.0 / 162.0));
}

TEST_CASE("points without dates are spaced evenly, one alone sits in the middle") {
  const json undated = {{{"label", "M6"}, {"value", 70}},
                        {{"label", "E6"}, {"value", 72}},
                        {{"label", "M7"}, {"value", 74}}};
  const auto trend = the_trend(trend_document(undated));
  CHECK(trend.points[0].x == 0);
  CHECK(trend.points[1].x == doctest::Approx(0.5));
  CHECK(trend.points[2].x == 1);
  CHECK(trend.headline_text == "74% \u00b7 M7");
  CHECK(trend.latest_moment_text == "M7");
  const auto single = the_trend(trend_document(json::array({point("M5", "2026-01-20", 78)})));
  CHECK(single.points[0].x == doctest::Approx(0.5));
}

TEST_CASE("the headline says when its value was measured, in both languages") {
  // The demo's NT2 vocabulary: November's point is over nine pupils, so June's is the latest.
  const json points = {point("okt", "2025-10-06", 31, 11), point("jan", "2026-01-26", 42, 12),
                       point("jun", "2026-06-15", 49, 12), point("nov", "2026-11-16", 55, 9)};
  const auto dutch = the_trend(trend_document(points));
  CHECK(dutch.latest_text == "49%");
  CHECK(dutch.latest_moment_text == "jun \u201926");
  CHECK(dutch.headline_text == "49% \u00b7 jun \u201926");
  core::ViewOptions english;
  english.language = core::Language::en;
  const auto model = view_of(trend_document(points), "2026-11-30T08:00:00+01:00", english);
  CHECK(model.trends[0].headline_text == "49% \u00b7 Jun \u201926");
}

TEST_CASE("the direction is good or bad news, respecting lower is better") {
  const json rising = {point("a", "2025-01-01", 4), point("b", "2025-06-01", 6),
                       point("c", "2026-01-01", 8), point("d", "2026-06-01", 10)};
  const json falling = {point("a", "2025-01-01", 10), point("b", "2025-06-01", 8),
                        point("c", "2026-01-01", 6), point("d", "2026-06-01", 4)};
  const json steady = {point("a", "2025-01-01", 80), point("b", "2025-06-01", 80)};
  CHECK(the_trend(trend_document(rising, nullptr)).direction_tone == core::TrendTone::good);
  CHECK(the_trend(trend_document(falling, nullptr)).direction_tone == core::TrendTone::bad);
  CHECK(the_trend(trend_document(steady, nullptr)).direction_tone == core::TrendTone::neutral);

  const json lower = {{"higher_is_better", false}, {"unit", "count"}};
  const auto fewer_incidents = the_trend(trend_with(falling, lower));
  CHECK_FALSE(fewer_incidents.higher_is_better);
  CHECK(fewer_incidents.direction == core::TrendDirection::falling);
  CHECK(fewer_incidents.direction_label == "dalend");
  CHECK(fewer_incidents.direction_tone == core::TrendTone::good);
  CHECK_FALSE(fewer_incidents.needs_attention);
  const auto more_incidents = the_trend(trend_with(rising, lower));
  CHECK(more_incidents.direction_tone == core::TrendTone::bad);
  CHECK(more_incidents.needs_attention);
}

TEST_CASE("where lower is better, under the reference is no warning") {
  const json points = {point("a", "2025-01-01", 3), point("b", "2026-01-01", 3)};
  const auto trend =
      the_trend(trend_with(points, {{"higher_is_better", false},
                                    {"unit", "count"},
                                    {"reference", {{"label", "Grens"}, {"value", 5}}}}));
  CHECK_FALSE(trend.points[0].below_reference);
  CHECK_FALSE(trend.latest_below_reference);
  CHECK_FALSE(trend.needs_attention);
}

namespace {

// The demo's rekenen cohort, a goal it follows and actions for that goal: monitoring what works.
json monitored_document(const std::vector<json>& actions, const json& goal_extra = json::object()) {
  json document = minimal_document();
  document["trends"] = json::array({{{"id", "t"},
                                     {"subject", "rekenen"},
                                     {"title", "Rekenen groep 8"},
                                     {"unit", "percent"},
                                     {"points",
                                      {point("M6", "2025-01-22", 71), point("E6", "2025-06-11", 74),
                                       point("M7", "2026-01-21", 81), point("E7", "2026-06-10", 83),
                                       point("M8", "2026-11-18", 87)}}}});
  json goal = {
      {"id", "g"},
      {"domain", "leren"},
      {"subject", "rekenen"},
      {"title", "90% op 1F"},
      {"measure", {{"unit", "percent"}, {"baseline", 81}, {"current", 87}, {"target", 90}}}};
  goal.update(goal_extra);
  document["goals"] = json::array({goal});
  document["actions"] = actions;
  return document;
}

json started(const std::string& id, const std::string& start, const std::string& goal = "g") {
  return {{"id", id},         {"what", "Verlengde instructie breuken"},
          {"who", "Groep 8"}, {"when", "2027-01-29"},
          {"goal", goal},     {"start", start}};
}

std::int64_t day(const std::string& iso) {
  return core::days_from_civil(*core::parse_date(iso));
}

}  // namespace

TEST_CASE("an action for a goal marks its start on the goal's trend, placed by date") {
  const auto trend = the_trend(monitored_document({started("a", "2026-09-07")}));
  REQUIRE(trend.action_markers.size() == 1);
  const auto& marker = trend.action_markers[0];
  CHECK(core::format_date_iso(marker.date) == "2026-09-07");
  CHECK(marker.label == "actie 7 sep");
  const double expected = static_cast<double>(day("2026-09-07") - day("2025-01-22")) /
                          static_cast<double>(day("2026-11-18") - day("2025-01-22"));
  CHECK(marker.x == doctest::Approx(expected));
  CHECK(marker.x > trend.points[3].x);  // after E7
  CHECK(marker.x < trend.points[4].x);  // before M8
  CHECK(trend.points[4].x == 1);

  core::ViewOptions english;
  english.language = core::Language::en;
  const auto model = view_of(monitored_document({started("a", "2026-09-07")}),
                             "2026-11-30T08:00:00+01:00", english);
  CHECK(model.trends[0].action_markers[0].label == "action 7 Sep");
}

TEST_CASE("markers: only begun actions, from the first point to a little after the last") {
  // Before the first measurement, and not begun yet (today is 30 November 2026).
  CHECK(the_trend(monitored_document({started("a", "2024-09-02"), started("b", "2026-12-07")}))
            .action_markers.empty());
  // Without a start, `when` is when it is due, not when it began.
  json no_start = started("a", "2026-09-07");
  no_start.erase("start");
  CHECK(the_trend(monitored_document({no_start})).action_markers.empty());
  // After the last point, within the widest gap between two points (E6 to M7, 224
  // days): the axis reaches to the start, so it is the rightmost thing on the chart.
  const auto just_after = the_trend(monitored_document({started("a", "2026-11-23")}));
  REQUIRE(just_after.action_markers.size() == 1);
  CHECK(just_after.action_markers[0].x == 1);
  CHECK(just_after.points.back().x < 1);
  CHECK(just_after.points.back().x ==
        doctest::Approx(static_cast<double>(day("2026-11-18") - day("2025-01-22")) /
                        static_cast<double>(day("2026-11-23") - day("2025-01-22"))));
  // A series that stopped long ago: a start two years later is no part of it.
  json stale = monitored_document({started("a", "2026-09-07")});
  stale["trends"][0]["points"] = {point("M6", "2024-01-22", 71), point("E6", "2024-06-11", 74)};
  CHECK(the_trend(stale).action_markers.empty());
  // Undated measurements have no time to place a date on.
  json undated = monitored_document({started("a", "2026-09-07")});
  undated["trends"][0]["points"] = {{{"label", "M7"}, {"value", 81}},
                                    {{"label", "M8"}, {"value", 87}}};
  CHECK(the_trend(undated).action_markers.empty());
}

TEST_CASE("markers: actions that began the same day share one, counted") {
  const auto trend = the_trend(monitored_document(
      {started("b", "2026-09-07"), started("a", "2026-02-02"), started("c", "2026-09-07")}));
  REQUIRE(trend.action_markers.size() == 2);
  CHECK(trend.action_markers[0].label == "actie 2 feb");
  CHECK(trend.action_markers[1].label == "2 acties 7 sep");
}

TEST_CASE("a goal's trend: same team, subject, unit and direction, and only one") {
  CHECK_FALSE(the_trend(monitored_document({started("a", "2026-09-07")})).action_markers.empty());
  // Another subject, another unit, or the other direction: a different measure.
  const json other_subject = {{"subject", "spelling"}};
  const json other_unit = {{"measure", {{"unit", "score"}, {"baseline", 81}, {"target", 90}}}};
  const json other_direction = {
      {"measure",
       {{"unit", "percent"}, {"baseline", 81}, {"target", 90}, {"higher_is_better", false}}}};
  for (const json& other : {other_subject, other_unit, other_direction}) {
    CAPTURE(other.dump());
    CHECK(
        the_trend(monitored_document({started("a", "2026-09-07")}, other)).action_markers.empty());
  }
  // A team's goal is not followed by the school-wide trend.
  json team_goal = monitored_document({started("a", "2026-09-07")}, {{"team", "bb"}});
  team_goal["teams"] = json::array({{{"id", "bb"}, {"name", "Bovenbouw"}}});
  CHECK(the_trend(team_goal).action_markers.empty());
  team_goal["trends"][0]["team"] = "bb";
  CHECK_FALSE(the_trend(team_goal).action_markers.empty());
  // Two cohorts of the same subject: which one the goal means is not said, so neither is marked.
  json two = monitored_document({started("a", "2026-09-07")});
  json second = two["trends"][0];
  second["id"] = "t2";
  two["trends"].push_back(second);
  const auto model = view_of(two);
  REQUIRE(model.trends.size() == 2);
  CHECK(model.trends[0].action_markers.empty());
  CHECK(model.trends[1].action_markers.empty());
}
