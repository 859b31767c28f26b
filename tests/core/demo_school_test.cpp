// The built-in demo school is what a new wall shows: it must be valid and carry
// everything the issue asks of it, so every page has something real to draw.

#include "core/demo_school.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <set>
#include <sstream>

#include "test_documents.hpp"

using namespace hgw;
using namespace hgw::test;

TEST_CASE("the embedded demo school is the file in dashboard/api, byte for byte") {
  std::ifstream file(HGW_API_DIR "/demo-school.json", std::ios::binary);
  std::stringstream text;
  text << file.rdbuf();
  CHECK(text.str() == core::demo_school_json());
}

TEST_CASE("the demo school is valid without warnings and complete") {
  const auto result =
      core::load_document(core::demo_school_json(), {at("2026-11-30T08:00:00+01:00")});
  for (const auto& entry : result.diagnostics.entries())
    FAIL_CHECK(entry.to_string());
  REQUIRE(result.ok());
  const core::Document& demo = *result.document;
  CHECK(demo.teams->size() >= 3);
  CHECK(demo.goals->size() >= 6);
  std::set<core::Domain> domains;
  for (const auto& goal : *demo.goals)
    domains.insert(goal.domain);
  CHECK(domains.size() == 3);
  int with_reference = 0;
  for (const auto& trend : *demo.trends)
    with_reference += trend.reference ? 1 : 0;
  CHECK(with_reference >= 4);
  CHECK(demo.actions->size() >= 8);
  CHECK(demo.support->levels.size() == 4);
  CHECK_FALSE(demo.positives->empty());
  CHECK_FALSE(demo.messages->empty());
}

TEST_CASE("on its own date the demo shows every kind of action and a suppressed figure") {
  const auto document = core::load_document(core::demo_school_json()).document;
  REQUIRE(document);
  const auto model = core::build_view_model(*document, at("2026-11-30T08:00:00+01:00"), {});
  std::set<core::ActionGroup> groups;
  for (const auto& group : model.action_groups)
    groups.insert(group.group);
  CHECK(groups.size() == 4);
  bool suppressed = false;
  for (const auto& group : model.goal_groups) {
    for (const auto& goal : group.goals)
      suppressed = suppressed || goal.suppressed;
  }
  for (const auto& trend : model.trends)
    suppressed = suppressed || trend.suppressed_points > 0;
  CHECK(suppressed);
  CHECK(model.overview.next_mdo);
  CHECK_FALSE(model.overview.attention_trends.empty());
}

TEST_CASE("the demo moves with the calendar in whole weeks and never goes stale") {
  const auto original = core::load_document(core::demo_school_json()).document;
  REQUIRE(original);
  for (const char* now :
       {"2026-11-30T08:00:00+01:00", "2027-06-16T10:00:00+02:00", "2031-03-04T14:00:00+01:00"}) {
    CAPTURE(now);
    const core::Document demo = core::demo_document(at(now));
    const auto model = core::build_view_model(demo, at(now), {});
    std::set<core::ActionGroup> groups;
    for (const auto& group : model.action_groups)
      groups.insert(group.group);
    CHECK(groups.size() == 4);
    CHECK(model.messages.size() >= 2);
    CHECK(model.overview.next_mdo);
    REQUIRE(model.freshness.age_minutes);
    CHECK(*model.freshness.age_minutes < 7 * 24 * 60);
    const auto moved =
        core::days_between(original->actions->front().when, demo.actions->front().when);
    CHECK(moved % 7 == 0);  // weekdays stay: a Friday studiedag stays on a Friday
    // A goal's figures keep their dates relative to the rest: measured before today.
    const core::Measure& was = *original->goals->front().measure;
    const core::Measure& is = *demo.goals->front().measure;
    REQUIRE(is.baseline_on);
    REQUIRE(is.current_on);
    REQUIRE(is.target_on);
    CHECK(core::days_between(*was.baseline_on, *is.baseline_on) == moved);
    CHECK(core::days_between(*was.current_on, *is.current_on) == moved);
    CHECK(core::days_between(*was.target_on, *is.target_on) == moved);
  }
  // Late in the week this week's actions have become overdue, but the wall is not empty.
  const auto friday = core::build_view_model(core::demo_document(at("2031-03-07T14:00:00+01:00")),
                                             at("2031-03-07T14:00:00+01:00"), {});
  CHECK(friday.action_groups.size() >= 2);
  CHECK(friday.header.date_text == "vrijdag 7 maart 2031");
  const core::Document same_week = core::demo_document(at("2026-12-03T08:00:00+01:00"));
  CHECK(same_week.actions->front().when == original->actions->front().when);
}
