#include "core/wake_plan.hpp"

#include <doctest/doctest.h>

#include <vector>

#include "core/page_rotation.hpp"
#include "test_documents.hpp"

using namespace hgw;
using namespace hgw::core;
using hgw::test::at;

namespace {

WakeInputs showing_since(const std::string& now, const std::string& shown_at) {
  WakeInputs inputs;
  inputs.now = at(now);
  inputs.page_shown_at = at(shown_at);
  inputs.page_seconds = 20;
  inputs.page_count = 6;
  return inputs;
}

}  // namespace

TEST_CASE("the next wake is the earliest of minute tick and page turn") {
  auto plan =
      plan_next_wake(showing_since("2026-11-30T08:00:05+01:00", "2026-11-30T08:00:00+01:00"));
  CHECK(plan.reason == WakeReason::page_turn);
  CHECK(plan.at == at("2026-11-30T08:00:20+01:00"));
  plan = plan_next_wake(showing_since("2026-11-30T08:00:50+01:00", "2026-11-30T08:00:40+01:00"));
  CHECK(plan.reason == WakeReason::minute_tick);
  CHECK(plan.at == at("2026-11-30T08:01:00+01:00"));
}

TEST_CASE("an overdue page turn happens now, not an interval late") {
  const auto plan =
      plan_next_wake(showing_since("2026-11-30T08:00:45+01:00", "2026-11-30T08:00:00+01:00"));
  CHECK(plan.reason == WakeReason::page_turn);
  CHECK(plan.at == at("2026-11-30T08:00:45+01:00"));
}

TEST_CASE("paused, or a single page: only the clock wakes it") {
  auto inputs = showing_since("2026-11-30T08:00:05+01:00", "2026-11-30T08:00:00+01:00");
  inputs.paused = true;
  CHECK(plan_next_wake(inputs).reason == WakeReason::minute_tick);
  inputs.paused = false;
  inputs.page_count = 1;
  CHECK(plan_next_wake(inputs).reason == WakeReason::minute_tick);
  // One page in two parts still turns, from part to part.
  inputs.part_count = 2;
  CHECK(plan_next_wake(inputs).reason == WakeReason::page_turn);
  inputs.now = at("2026-11-30T08:00:20+01:00");
  CHECK(page_turn_due(inputs));
}

TEST_CASE("dark: nothing but the screen-on edge, or an hourly look") {
  auto inputs = showing_since("2026-11-30T18:00:00+01:00", "2026-11-30T17:29:50+01:00");
  inputs.screen_on = false;
  inputs.next_screen_change = at("2026-12-01T07:30:00+01:00");
  auto plan = plan_next_wake(inputs);
  CHECK(plan.reason == WakeReason::idle_check);
  CHECK(plan.at == at("2026-11-30T19:00:00+01:00"));
  inputs.now = at("2026-12-01T07:00:00+01:00");
  plan = plan_next_wake(inputs);
  CHECK(plan.reason == WakeReason::screen_change);
  CHECK(plan.at == at("2026-12-01T07:30:00+01:00"));
}

TEST_CASE("the screen-off edge wins over the clock when it comes first") {
  auto inputs = showing_since("2026-11-30T17:29:30+01:00", "2026-11-30T17:29:25+01:00");
  inputs.next_screen_change = at("2026-11-30T17:29:40+01:00");
  CHECK(plan_next_wake(inputs).reason == WakeReason::screen_change);
}

TEST_CASE("a simulated school day wakes a bounded number of times") {
  // From 07:30 to 17:30 with six pages of 20 s: one wake per page turn or minute.
  auto inputs = showing_since("2026-11-30T07:30:00+01:00", "2026-11-30T07:30:00+01:00");
  inputs.next_screen_change = at("2026-11-30T17:30:00+01:00");
  int wakes = 0, turns = 0;
  while (inputs.now.unix_seconds < inputs.next_screen_change->unix_seconds) {
    const auto plan = plan_next_wake(inputs);
    REQUIRE(plan.at.unix_seconds > inputs.now.unix_seconds);  // never a busy loop
    inputs.now = plan.at;
    ++wakes;
    if (page_turn_due(inputs)) {
      inputs.page_shown_at = plan.at;
      ++turns;
    }
  }
  CHECK(turns == 10 * 60 * 3);  // every 20 s for ten hours, the last on the off edge
  CHECK(wakes == 10 * 60 * 3);  // each minute tick falls on a page turn here
}

TEST_CASE("page turns that do not fall on the minute add their own wakes, no more") {
  auto inputs = showing_since("2026-11-30T07:30:00+01:00", "2026-11-30T07:30:00+01:00");
  inputs.page_seconds = 25;
  inputs.next_screen_change = at("2026-11-30T08:30:00+01:00");
  int wakes = 0, turns = 0;
  while (inputs.now.unix_seconds < inputs.next_screen_change->unix_seconds) {
    const auto plan = plan_next_wake(inputs);
    REQUIRE(plan.at.unix_seconds > inputs.now.unix_seconds);
    inputs.now = plan.at;
    ++wakes;
    if (page_turn_due(inputs)) {
      inputs.page_shown_at = plan.at;
      ++turns;
    }
  }
  CHECK(turns == 144);              // 3600 / 25
  CHECK(wakes == turns + 60 - 12);  // minute ticks that coincide with a turn are shared
}

TEST_CASE("page rotation wraps both ways") {
  CHECK(rotate_page(0, 6, 1) == 1);
  CHECK(rotate_page(5, 6, 1) == 0);
  CHECK(rotate_page(0, 6, -1) == 5);
  CHECK(rotate_page(9, 6, 1) == 4);
  CHECK(rotate_page(0, 0, 1) == 0);
}

TEST_CASE("a page in parts takes a turn per part, then the next page; backwards to the last part") {
  // Three pages; the second (acties, say) needs two parts, the third three.
  const auto parts_of = [](std::size_t page) { return page == 1 ? 2 : page == 2 ? 3 : 1; };
  PagePosition at{0, 0};
  std::vector<PagePosition> forward;
  for (int turn = 0; turn < 7; ++turn) {
    at = turn_page(at, 3, 1, parts_of);
    forward.push_back(at);
  }
  const std::vector<PagePosition> expected = {{1, 0}, {1, 1}, {2, 0}, {2, 1},
                                              {2, 2}, {0, 0}, {1, 0}};
  CHECK(forward == expected);
  // Backwards from a first part: the previous page's last part.
  CHECK(turn_page({0, 0}, 3, -1, parts_of) == PagePosition{2, 2});
  CHECK(turn_page({2, 0}, 3, -1, parts_of) == PagePosition{1, 1});
  CHECK(turn_page({2, 2}, 3, -1, parts_of) == PagePosition{2, 1});
  // A single page in two parts alternates.
  const auto two = [](std::size_t) { return 2; };
  CHECK(turn_page({0, 0}, 1, 1, two) == PagePosition{0, 1});
  CHECK(turn_page({0, 1}, 1, 1, two) == PagePosition{0, 0});
  // A part that no longer exists (new data, fewer items) counts as the page's last.
  CHECK(turn_page({1, 5}, 3, 1, parts_of) == PagePosition{2, 0});
  CHECK(turn_page({0, 0}, 0, 1, parts_of) == PagePosition{0, 0});
}

TEST_CASE("the part after a page's name: only when it has more than one") {
  CHECK(part_suffix(0, 1).empty());
  CHECK(part_suffix(0, 2) == " 1/2");
  CHECK(part_suffix(1, 2) == " 2/2");
  CHECK(kMostParts >= 2);
}

TEST_CASE("page turns keep to a grid of the local clock, whatever the offset") {
  CHECK(page_grid_start(at("2026-11-30T08:00:19+01:00"), 20) == at("2026-11-30T08:00:00+01:00"));
  CHECK(page_grid_start(at("2026-11-30T08:00:20+01:00"), 20) == at("2026-11-30T08:00:20+01:00"));
  CHECK(page_grid_start(at("2026-11-30T08:00:44+01:00"), 15) == at("2026-11-30T08:00:30+01:00"));
  // A half-hour offset still puts the grid on the local minute.
  CHECK(page_grid_start(at("2026-11-30T08:00:07+05:30"), 15) == at("2026-11-30T08:00:00+05:30"));
  // Pages that do not turn have no grid.
  CHECK(page_grid_start(at("2026-11-30T08:00:07+01:00"), 0) == at("2026-11-30T08:00:07+01:00"));
}

TEST_CASE("the first page of a lit period stays at least half a page, on the grid") {
  const auto first_turn = [](const std::string& lit_at) {
    WakeInputs inputs;
    inputs.now = at(lit_at);
    inputs.page_shown_at = first_page_shown_at(inputs.now, 20);
    inputs.page_count = 6;
    return plan_next_wake(inputs);
  };
  // Lit early in a grid step: the turn is the next grid point.
  CHECK(first_turn("2026-11-30T08:00:05+01:00").at == at("2026-11-30T08:00:20+01:00"));
  CHECK(first_turn("2026-11-30T08:00:10+01:00").at == at("2026-11-30T08:00:20+01:00"));
  // Late in a step (a slow start): one more step, never a blink of the first page.
  CHECK(first_turn("2026-11-30T08:00:15+01:00").at == at("2026-11-30T08:00:40+01:00"));
  CHECK(first_turn("2026-11-30T08:00:19+01:00").at == at("2026-11-30T08:00:40+01:00"));
  // And not due at the moment it is shown.
  WakeInputs lit;
  lit.now = at("2026-11-30T08:00:19+01:00");
  lit.page_shown_at = first_page_shown_at(lit.now, 20);
  lit.page_count = 6;
  CHECK_FALSE(page_turn_due(lit));
}
