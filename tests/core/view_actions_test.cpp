#include <doctest/doctest.h>

#include "test_documents.hpp"

using namespace hgw;
using namespace hgw::test;

namespace {

json action(const std::string& id, const std::string& when, const std::string& status = "open") {
  return {
      {"id", id}, {"what", "Actie " + id}, {"who", "Kc'er"}, {"when", when}, {"status", status}};
}

std::vector<std::pair<core::ActionGroup, std::vector<std::string>>> groups_of(
    const json& actions, const std::string& now) {
  json document = minimal_document();
  document["actions"] = actions;
  std::vector<std::pair<core::ActionGroup, std::vector<std::string>>> groups;
  for (const auto& group : view_of(document, now).action_groups) {
    std::vector<std::string> ids;
    for (const auto& item : group.actions)
      ids.push_back(item.id);
    groups.emplace_back(group.group, ids);
  }
  return groups;
}

using Group = core::ActionGroup;
using Groups = std::vector<std::pair<core::ActionGroup, std::vector<std::string>>>;

}  // namespace

TEST_CASE("actions: overdue first, then this week, later, and recently done") {
  // Monday 30 November 2026.
  const json actions = json::array({
      action("later", "2026-12-10"),
      action("overdue-old", "2026-11-20", "bezig"),
      action("sunday", "2026-12-06"),
      action("today", "2026-11-30"),
      action("done-recent", "2026-11-25", "gereed"),
      action("done-old", "2026-11-20", "gereed"),
      action("overdue", "2026-11-27"),
      action("next-monday", "2026-12-07"),
  });
  CHECK(groups_of(actions, "2026-11-30T08:00:00+01:00") ==
        Groups{{Group::overdue, {"overdue-old", "overdue"}},
               {Group::this_week, {"today", "sunday"}},
               {Group::later, {"next-monday", "later"}},
               {Group::done, {"done-recent"}}});
}

TEST_CASE("an action due today is not overdue") {
  const auto groups =
      groups_of(json::array({action("a", "2026-11-30")}), "2026-11-30T23:59:00+01:00");
  CHECK(groups == Groups{{Group::this_week, {"a"}}});
  json document = minimal_document();
  document["actions"] = json::array({action("a", "2026-11-30")});
  CHECK(view_of(document).action_groups[0].actions[0].relative_text == "vandaag");
  CHECK(groups_of(json::array({action("a", "2026-11-30")}), "2026-12-01T00:00:00+01:00") ==
        Groups{{Group::overdue, {"a"}}});
}

TEST_CASE("'this week' is the calendar week: on Sunday, Monday's action is later") {
  CHECK(groups_of(json::array({action("a", "2026-12-07")}), "2026-12-06T12:00:00+01:00") ==
        Groups{{Group::later, {"a"}}});
}

TEST_CASE("done actions stay seven days past their date") {
  const json done = json::array({action("d", "2026-11-23", "gereed")});
  CHECK(groups_of(done, "2026-11-30T08:00:00+01:00") == Groups{{Group::done, {"d"}}});
  CHECK(groups_of(done, "2026-12-01T08:00:00+01:00").empty());
  // Done early, due later: still shown.
  CHECK(groups_of(json::array({action("e", "2026-12-20", "gereed")}),
                  "2026-11-30T08:00:00+01:00") == Groups{{Group::done, {"e"}}});
}

TEST_CASE("action texts: date, lateness, role and the goal it serves") {
  json document = minimal_document();
  document["goals"] = json::array({{{"id", "g1"}, {"domain", "leren"}, {"title", "1F rekenen"}}});
  document["actions"] = json::array({{{"id", "a"},
                                      {"what", "MDO voorbereiden"},
                                      {"who", "Kc'er"},
                                      {"when", "2026-11-27"},
                                      {"how", "Op één A4"},
                                      {"why", "Extra ondersteuning"},
                                      {"goal", "g1"},
                                      {"role", "zorgregisseur"},
                                      {"status", "bezig"}}});
  const auto model = view_of(document);
  const auto& item = model.action_groups.at(0).actions.at(0);
  CHECK(item.when_text == "vr 27 nov");
  CHECK(item.relative_text == "3 dagen te laat");
  CHECK(item.role_label == "Zorgregisseur");
  CHECK(item.status_label == "Bezig");
  CHECK(item.goal_title == "1F rekenen");
  CHECK(item.how == "Op één A4");
  CHECK(item.why == "Extra ondersteuning");
}
