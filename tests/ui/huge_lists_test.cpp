// Huge but valid documents drawn (issue 8, part 5): a page shows what fits over
// a bounded number of parts and counts the rest, a chart its newest points, in
// bounded time. The decoding side
// of hostile documents is tests/core/hostile_input_test.cpp.

#include <doctest/doctest.h>

#include <chrono>
#include <string>

#include "core/i18n.hpp"
#include "core/page_rotation.hpp"
#include "test_documents.hpp"
#include "ui/headless_renderer.hpp"
#include "ui/ui_text.hpp"

using namespace hgw;
using namespace hgw::test;

namespace {

template <typename Work>
double seconds_for(Work&& work) {
  const auto start = std::chrono::steady_clock::now();
  work();
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

core::ViewModel actions_model(int count) {
  json document = minimal_document();
  document["actions"] = json::array();
  for (int index = 0; index < count; ++index) {
    document["actions"].push_back({{"id", "a" + std::to_string(index)},
                                   {"what", "Actie " + std::to_string(index)},
                                   {"who", "Leerteam"},
                                   {"when", "2026-12-1" + std::to_string(index % 10)},
                                   {"status", "open"}});
  }
  document["display"] = {{"pages", {"acties"}}};
  return view_of(document);
}

}  // namespace

TEST_CASE("10 000 actions: the page continues over its parts, the last counts the rest") {
  ui::HeadlessRenderer renderer(1920, 1080);
  const auto model = actions_model(10000);
  const ui::FrameRequest first{&model, core::Page::acties, nullptr};
  // A bounded number of parts (core::kMostParts), not a page on the wall for hours.
  int parts = 0;
  CHECK(seconds_for([&] { parts = renderer.part_count(first); }) < 5.0);
  CHECK(parts == core::kMostParts);
  const auto actions_of = [](const ui::FrameRecord& record) {
    const ui::ListRecord* actions = nullptr;
    for (const auto& list : record.lists) {
      if (list.name == "actions") actions = &list;
    }
    REQUIRE(actions != nullptr);
    return *actions;
  };
  ui::FrameRecord record;
  CHECK(seconds_for([&] { renderer.render(first, &record); }) < 5.0);
  const ui::ListRecord opening = actions_of(record);
  CHECK(opening.shown > 5);
  CHECK(opening.hidden == 0);
  CHECK(opening.earlier == 0);

  ui::FrameRequest last = first;
  last.part = parts - 1;
  CHECK(seconds_for([&] { renderer.render(last, &record); }) < 5.0);
  CHECK(record.part == parts - 1);
  const ui::ListRecord actions = actions_of(record);
  CHECK(actions.shown > 5);
  CHECK(actions.earlier >= opening.shown * (parts - 1));
  CHECK(actions.earlier + actions.shown + actions.hidden == 10000);
  const std::string marker = ui::more_text(actions.hidden, core::Language::nl);
  CHECK(actions.hidden >= 9000);
  CHECK(marker.starts_with("+ 9\u00a0"));
  CHECK(marker.ends_with(" meer"));
  bool marker_drawn = false;
  for (const auto& text : record.texts) {
    marker_drawn = marker_drawn || text.text == marker;
    // Nothing leaves the screen.
    CHECK(text.min.x >= 0);
    CHECK(text.max.x <= 1920);
    CHECK(text.max.y <= 1080);
  }
  CHECK(marker_drawn);
}

TEST_CASE("A trend of 10 000 points draws its most recent points that fit, quickly") {
  json document = minimal_document();
  json points = json::array();
  for (int index = 0; index < 10000; ++index)
    points.push_back({{"label", "M" + std::to_string(index)}, {"value", 60 + index % 30}});
  document["trends"] = json::array({{{"id", "t"},
                                     {"subject", "rekenen"},
                                     {"title", "Rekenen"},
                                     {"unit", "score"},
                                     {"points", points}}});
  document["display"] = {{"pages", {"trends"}}};
  const auto model = view_of(document);
  ui::HeadlessRenderer renderer(1920, 1080);
  ui::FrameRecord record;
  const double seconds = seconds_for([&] {
    renderer.render(ui::FrameRequest{&model, core::Page::trends, nullptr}, &record);
  });
  CHECK(seconds < 2.0);
  const ui::ListRecord* drawn = nullptr;
  for (const auto& list : record.lists) {
    if (list.name == "trend_points") drawn = &list;
  }
  REQUIRE(drawn != nullptr);
  CHECK(drawn->shown >= 2);
  CHECK(drawn->shown < 200);
  CHECK(drawn->shown + drawn->hidden == 10000);
  // The last label under the axis is the newest measurement.
  bool newest_labelled = false;
  for (const auto& text : record.texts)
    newest_labelled = newest_labelled || text.text == "M9999";
  CHECK(newest_labelled);
}
