#include <doctest/doctest.h>

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
