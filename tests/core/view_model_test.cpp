#include <doctest/doctest.h>

#include "test_documents.hpp"

using namespace hgw;
using namespace hgw::test;

namespace {

json team(const std::string& id, const std::string& phase, const std::string& until,
          const json& meeting = nullptr) {
  json cycle = {{"phase", phase}, {"since", "2026-11-16"}, {"until", until}};
  if (!meeting.is_null()) cycle["next_meeting"] = meeting;
  return {{"id", id}, {"name", "Team " + id}, {"groups", {"6", "7", "8"}}, {"cycle", cycle}};
}

json three_teams_with_goals() {
  json document = minimal_document();
  document["teams"] = json::array({team("ob", "plannen_uitvoeren", "2027-01-29"),
                                   team("mb", "signaleren_analyseren", "2026-12-11"),
                                   team("bb", "evalueren_aanscherpen", "2026-12-04")});
  document["goals"] =
      json::array({{{"id", "g1"}, {"domain", "leren"}, {"title", "OB"}, {"team", "ob"}},
                   {{"id", "g2"}, {"domain", "leren"}, {"title", "BB"}, {"team", "bb"}},
                   {{"id", "g3"}, {"domain", "leren"}, {"title", "School"}}});
  document["positives"] = json::array({{{"text", "Goed"}, {"team", "mb"}}, {{"text", "Ook goed"}}});
  return document;
}

}  // namespace

TEST_CASE("an empty document has nothing to show: the setup page's cue") {
  const auto model = view_of(minimal_document());
  CHECK_FALSE(model.has_content());
  CHECK(model.pages.size() == 6);
  CHECK(model.page_seconds == 20);
  CHECK(model.language == core::Language::nl);
  CHECK(model.header.school_name.empty());
  CHECK(model.header.date_text == "maandag 30 november 2026");
  CHECK(model.header.time_text == "08:00");
  CHECK(model.freshness.text.empty());
}

TEST_CASE("teams: phase on the ring, days left, next meeting") {
  json document = minimal_document();
  document["teams"] =
      json::array({team("bb", "behoeften_formuleren", "2026-12-04",
                        {{"kind", "groepsbespreking"}, {"date", "2026-12-03"}, {"time", "15:15"}}),
                   team("mb", "signaleren_analyseren", "2026-11-27",
                        {{"kind", "mdo"}, {"date", "2026-11-26"}})});
  const auto model = view_of(document);
  REQUIRE(model.teams.size() == 2);
  const auto& bb = model.teams[0];
  CHECK(bb.phase_index == 1);
  CHECK(bb.phase_label == "Behoeften en aanhaakactie formuleren");
  CHECK(*bb.days_left == 4);
  CHECK(bb.days_left_text == "nog 4 dagen");
  CHECK(bb.groups_text == "groep 6 t/m 8");
  CHECK(bb.name_with_groups == "Team bb (groep 6 t/m 8)");
  CHECK(bb.countdown_text == "fase nog 4 dagen · groepsbespreking over 3 dagen");
  REQUIRE(bb.next_meeting);
  CHECK(bb.next_meeting->kind_label == "Groepsbespreking");
  CHECK(bb.next_meeting->date_text == "donderdag 3 december");
  CHECK(bb.next_meeting->time_text == "15:15");
  CHECK(bb.next_meeting->relative_text == "over 3 dagen");
  const auto& mb = model.teams[1];
  CHECK(mb.days_left_text == "3 dagen over tijd");
  CHECK_FALSE(mb.next_meeting);  // it was last week: not the next one
  CHECK(mb.countdown_text == "fase 3 dagen over tijd");
  CHECK_FALSE(model.overview.next_mdo);
}

TEST_CASE("next MDO: the earliest upcoming one over all teams") {
  json document = minimal_document();
  document["teams"] = json::array(
      {team("a", "plannen_uitvoeren", "2027-01-29", {{"kind", "mdo"}, {"date", "2026-12-10"}}),
       team("b", "plannen_uitvoeren", "2027-01-29", {{"kind", "mdo"}, {"date", "2026-12-03"}}),
       team("c", "plannen_uitvoeren", "2027-01-29",
            {{"kind", "trendanalyse"}, {"date", "2026-12-01"}})});
  const auto model = view_of(document);
  REQUIRE(model.overview.next_mdo);
  CHECK(model.overview.next_mdo->team_name == "Team b");
  CHECK(model.overview.next_mdo->kind_label == "MDO");
}

TEST_CASE("team filter: only those teams and school-wide items") {
  json document = three_teams_with_goals();
  document["display"] = {{"teams", {"bb"}}};
  const auto model = view_of(document);
  REQUIRE(model.teams.size() == 1);
  CHECK(model.teams[0].id == "bb");
  REQUIRE(model.goal_groups.size() == 1);
  REQUIRE(model.goal_groups[0].goals.size() == 2);
  CHECK(model.goal_groups[0].goals[0].title == "BB");
  CHECK(model.goal_groups[0].goals[1].title == "School");
  REQUIRE(model.positives.size() == 1);
  CHECK(model.positives[0].team_label == "Hele school");
  CHECK(model.notes.empty());
}

TEST_CASE("a team filter that matches nothing shows every team, and says so") {
  json document = three_teams_with_goals();
  document["display"] = {{"teams", {"xx", "yy"}}};
  const auto model = view_of(document);
  CHECK(model.teams.size() == 3);
  CHECK(model.goal_groups[0].goals.size() == 3);
  REQUIRE(model.notes.entries().size() == 1);
  CHECK(model.notes.entries()[0].to_string() ==
        "display.teams: no team matches the filter [\"xx\",\"yy\"]; showing all teams");
}

TEST_CASE("the config's team filter applies when the document has none") {
  core::ViewOptions options;
  options.default_team_filter = std::vector<std::string>{"ob"};
  const auto model = view_of(three_teams_with_goals(), "2026-11-30T08:00:00+01:00", options);
  REQUIRE(model.teams.size() == 1);
  CHECK(model.teams[0].id == "ob");
}

TEST_CASE("support pyramid: levels in order with shares") {
  json document = minimal_document();
  document["support"] = {{"as_of", "2026-11-01"},
                         {"levels",
                          {{{"level", 3}, {"count", 11}},
                           {{"level", 1}, {"label", "Basis"}, {"count", 121}},
                           {{"level", 2}, {"count", 29}},
                           {{"level", 4}, {"count", 5}}}}};
  document["privacy"] = {{"min_n", 5}};
  const auto support = view_of(document).support;
  CHECK(support.present);
  CHECK(support.total == 166);
  CHECK(support.total_text == "166");
  REQUIRE(support.levels.size() == 4);
  CHECK(support.levels[0].label == "Basis");
  CHECK(support.levels[2].label == "Interne ondersteuning");
  CHECK(support.levels[3].label == "Externe ondersteuning (MDO)");
  CHECK(support.levels[0].share == doctest::Approx(121.0 / 166.0));
  CHECK(support.levels[0].share_text == "73%");
  CHECK(support.levels[3].share_text == "3%");
  CHECK(support.as_of_text == "stand per 1 november");
  CHECK(support.previous_text.empty());
  CHECK_FALSE(support.levels[0].change);
}

TEST_CASE(
    "support pyramid: a level of fewer than min_n pupils shows n<10, and so does nothing else") {
  json document = minimal_document();
  document["support"] = {{"levels",
                          {{{"level", 1}, {"count", 121}},
                           {{"level", 2}, {"count", 29}},
                           {{"level", 3}, {"count", 0}},
                           {{"level", 4}, {"count", 4}}}}};
  const auto support = view_of(document).support;
  REQUIRE(support.levels.size() == 4);
  CHECK(support.levels[3].suppressed);
  CHECK(support.levels[3].count_text == "n<10");
  CHECK(support.levels[3].count == 0);
  CHECK(support.levels[3].share_text.empty());
  // No pupils at a level tells nothing about anyone.
  CHECK_FALSE(support.levels[2].suppressed);
  CHECK(support.levels[2].count_text == "0");
  // The total minus the shown counts would give the hidden one away.
  CHECK(support.total_text.empty());
  CHECK(support.total == 0);
}

TEST_CASE("support pyramid: the change against the previous count, per level") {
  json document = minimal_document();
  document["support"] = {{"as_of", "2026-11-16"},
                         {"levels",
                          {{{"level", 1}, {"count", 176}},
                           {{"level", 2}, {"count", 38}},
                           {{"level", 3}, {"count", 14}},
                           {{"level", 4}, {"count", 12}}}},
                         {"previous",
                          {{"as_of", "2026-09-14"},
                           {"levels",
                            {{{"level", 1}, {"count", 171}},
                             {{"level", 2}, {"count", 43}},
                             {{"level", 3}, {"count", 14}},
                             {{"level", 4}, {"count", 7}}}}}}};
  auto support = view_of(document).support;
  CHECK(support.previous_text == "verschil t.o.v. 14 september");
  REQUIRE(support.levels.size() == 4);
  CHECK(support.levels[0].change == 5);
  CHECK(support.levels[0].change_text == "+5");
  CHECK(support.levels[1].change_text == "\u22125");
  CHECK(support.levels[2].change_text == "\u00b10");
  // 7 before is too few to show, and 12 - change would show it.
  CHECK_FALSE(support.levels[3].change);
  CHECK(support.levels[3].change_text.empty());
  CHECK(support.levels[3].count_text == "12");

  // A level the previous count lacks has no change; English words.
  document["support"]["previous"]["levels"].erase(0);
  document["display"] = {{"language", "en"}};
  support = view_of(document).support;
  CHECK_FALSE(support.levels[0].change);
  CHECK(support.previous_text == "change since 14 September");
  CHECK(support.as_of_text == "as of 16 November");
}

TEST_CASE("a pyramid of zero pupils has zero shares, not NaN") {
  json document = minimal_document();
  document["support"] = {{"levels", {{{"level", 1}, {"count", 0}}}}};
  const auto support = view_of(document).support;
  CHECK(support.levels[0].share == 0.0);
  CHECK(support.levels[0].share_text == "0%");
}

TEST_CASE("messages: only those still valid, high priority first") {
  json document = minimal_document();
  document["messages"] =
      json::array({{{"text", "gisteren"}, {"until", "2026-11-29T17:00:00+01:00"}},
                   {{"text", "gewoon"}},
                   {{"text", "zo meteen"}, {"until", "2026-11-30T08:00:01+01:00"}},
                   {{"text", "belangrijk"}, {"priority", "high"}}});
  const auto model = view_of(document);
  REQUIRE(model.messages.size() == 3);
  CHECK(model.messages[0].text == "belangrijk");
  CHECK(model.messages[0].high_priority);
  CHECK(model.messages[1].text == "gewoon");
  CHECK(model.messages[2].text == "zo meteen");
}

TEST_CASE("data age: time today, 'gisteren', or a date; seen in the wall's time zone") {
  json document = minimal_document();
  document["generated_at"] = "2026-11-30T06:45:00Z";  // 07:45 in Amsterdam
  auto model = view_of(document);
  CHECK(model.freshness.text == "Gegevens van 07:45");
  CHECK(*model.freshness.age_minutes == 15);
  document["generated_at"] = "2026-11-29T16:10:00+01:00";
  CHECK(view_of(document).freshness.text == "Gegevens van gisteren 16:10");
  document["generated_at"] = "2026-11-23T16:10:00+01:00";
  CHECK(view_of(document).freshness.text == "Gegevens van ma 23 nov 16:10");
  document["generated_at"] = "2026-11-30T09:00:00+01:00";  // source clock ahead
  CHECK(*view_of(document).freshness.age_minutes == 0);
}

TEST_CASE("display settings: pages, seconds, language and theme from the document; options win") {
  json document = minimal_document();
  document["display"] = {{"pages", {"acties", "trends"}},
                         {"page_seconds", 45},
                         {"language", "en"},
                         {"theme", "light"}};
  auto model = view_of(document);
  CHECK(model.pages == std::vector<core::Page>{core::Page::acties, core::Page::trends});
  CHECK(model.page_seconds == 45);
  CHECK(model.language == core::Language::en);
  CHECK(model.theme == core::Theme::light);
  CHECK(model.header.date_text == "Monday 30 November 2026");
  core::ViewOptions options;
  options.language = core::Language::nl;
  options.theme = core::Theme::dark;
  model = view_of(document, "2026-11-30T08:00:00+01:00", options);
  CHECK(model.language == core::Language::nl);
  CHECK(model.theme == core::Theme::dark);
}

TEST_CASE(
    "the overview puts learning goals needing attention first and lists trends needing attention") {
  json document = minimal_document();
  document["goals"] = json::array(
      {{{"id", "a"}, {"domain", "leren"}, {"title", "behaald"}, {"status", "behaald"}},
       {{"id", "b"}, {"domain", "leren"}, {"title", "koers"}, {"status", "op_koers"}},
       {{"id", "c"}, {"domain", "leren"}, {"title", "aandacht"}, {"status", "aandacht"}},
       {{"id", "d"}, {"domain", "werkhouding"}, {"title", "elders"}, {"status", "aandacht"}}});
  document["trends"] = json::array(
      {{{"id", "up"},
        {"title", "up"},
        {"unit", "percent"},
        {"points", {{{"label", "a"}, {"value", 80}}, {{"label", "b"}, {"value", 90}}}}},
       {{"id", "down"},
        {"title", "down"},
        {"unit", "percent"},
        {"points", {{{"label", "a"}, {"value", 90}}, {{"label", "b"}, {"value", 80}}}}}});
  const auto overview = view_of(document).overview;
  REQUIRE(overview.learning_goals.size() == 3);
  CHECK(overview.learning_goals[0].title == "aandacht");
  CHECK(overview.learning_goals[1].title == "koers");
  CHECK(overview.learning_goals[2].title == "behaald");
  REQUIRE(overview.attention_trends.size() == 1);
  CHECK(overview.attention_trends[0].id == "down");
}

TEST_CASE("the demo marker is on the header when asked") {
  core::ViewOptions options;
  options.is_demo = true;
  const auto model = view_of(minimal_document(), "2026-11-30T08:00:00+01:00", options);
  CHECK(model.header.is_demo);
  CHECK(model.header.demo_text == "DEMO — voorbeeldschool");
}

TEST_CASE("29 February: dates and countdowns across a leap day") {
  json document = minimal_document();
  document["actions"] =
      json::array({{{"id", "a"}, {"what", "w"}, {"who", "kc"}, {"when", "2028-02-29"}}});
  const auto model = view_of(document, "2028-02-28T12:00:00+01:00");
  const auto& item = model.action_groups.at(0).actions.at(0);
  CHECK(item.when_text == "di 29 feb");
  CHECK(item.relative_text == "morgen");
  CHECK(view_of(document, "2028-03-01T12:00:00+01:00")
            .action_groups.at(0)
            .actions.at(0)
            .relative_text == "1 dag te laat");
}

TEST_CASE("a team's name and its groups: no group said twice") {
  json document = minimal_document();
  document["teams"] = json::array({{{"id", "pg"}, {"name", "Peutergroep"}, {"groups", {"Peuters"}}},
                                   {{"id", "g8"}, {"name", "Groep 8"}, {"groups", {"8"}}},
                                   {{"id", "g12"}, {"name", "Groep 12"}, {"groups", {"1", "2"}}},
                                   {{"id", "mb"}, {"name", "Middenbouw"}, {"groups", {"4", "5"}}}});
  const auto model = view_of(document);
  REQUIRE(model.teams.size() == 4);
  CHECK(model.teams[0].name_with_groups == "Peutergroep");
  CHECK(model.teams[1].name_with_groups == "Groep 8");
  CHECK(model.teams[2].name_with_groups == "Groep 12 (groep 1 en 2)");
  CHECK(model.teams[3].name_with_groups == "Middenbouw (groep 4 en 5)");
}

TEST_CASE("a team's mark on the ring: how far it is through its phase") {
  json document = minimal_document();
  // Today is 2026-11-30; each phase runs from `since` to `until`.
  const auto with_dates = [](const std::string& id, const std::string& since,
                             const std::string& until) {
    return json{{"id", id},
                {"name", id},
                {"groups", json::array()},
                {"cycle", {{"phase", "plannen_uitvoeren"}, {"since", since}, {"until", until}}}};
  };
  document["teams"] = json::array({with_dates("not-yet", "2026-12-07", "2026-12-21"),
                                   with_dates("middle", "2026-11-20", "2026-12-10"),
                                   with_dates("quarter", "2026-11-26", "2026-12-12"),
                                   with_dates("past", "2026-11-01", "2026-11-20"),
                                   with_dates("one-day", "2026-11-30", "2026-11-30")});
  json no_until = with_dates("no-until", "2026-11-01", "2026-11-20");
  no_until["cycle"].erase("until");
  document["teams"].push_back(no_until);
  const auto model = view_of(document);
  REQUIRE(model.teams.size() == 6);
  CHECK(*model.teams[0].phase_progress == doctest::Approx(0.0));
  CHECK(*model.teams[1].phase_progress == doctest::Approx(0.5));
  CHECK(*model.teams[2].phase_progress == doctest::Approx(0.25));
  CHECK(*model.teams[3].phase_progress == doctest::Approx(1.0));
  CHECK(*model.teams[4].phase_progress == doctest::Approx(1.0));
  CHECK_FALSE(model.teams[5].phase_progress);
}

TEST_CASE("the ring names all four phases, also one no team is in") {
  json document = minimal_document();
  document["teams"] = json::array({team("bb", "behoeften_formuleren", "2026-12-04")});
  const auto model = view_of(document);
  REQUIRE(model.phase_labels.size() == 4);
  CHECK(model.phase_labels[0] == "Signaleren en analyseren");
  CHECK(model.phase_labels[3] == "Evalueren en aanscherpen");
  CHECK(model.phase_groups.size() == 1);
}

TEST_CASE("the overview's team rows: goal marks by status and late actions, per team") {
  json document = minimal_document();
  document["teams"] = json::array({team("mb", "signaleren_analyseren", "2026-12-11"),
                                   team("bb", "behoeften_formuleren", "2026-12-18")});
  const auto goal = [](const std::string& id, const std::string& team_id, const json& status) {
    json item = {{"id", id}, {"domain", "leren"}, {"title", id}};
    if (!team_id.empty()) item["team"] = team_id;
    if (!status.is_null()) item["status"] = status;
    return item;
  };
  document["goals"] = json::array({goal("g1", "mb", "op_koers"), goal("g2", "mb", "aandacht"),
                                   goal("g3", "mb", nullptr), goal("g4", "mb", "aandacht"),
                                   goal("g5", "mb", "behaald"), goal("g6", "", "aandacht")});
  const auto action = [](const std::string& id, const std::string& when, const json& goal_id,
                         const std::string& status, const std::string& role) {
    json item = {{"id", id},     {"what", "Actie " + id}, {"who", "Kc'er"},
                 {"when", when}, {"status", status},      {"role", role}};
    if (!goal_id.is_null()) item["goal"] = goal_id;
    return item;
  };
  // Today is Monday 30 November.
  document["actions"] = json::array({
      action("a1", "2026-11-26", "g1", "open", "leercoordinator"),    // late, mb
      action("a2", "2026-11-27", "g2", "bezig", "trendanalist"),      // late, mb
      action("a3", "2026-11-30", "g2", "open", "trendanalist"),       // today: not late
      action("a4", "2026-11-20", "g4", "gereed", "leercoordinator"),  // done: not late
      action("a5", "2026-11-25", nullptr, "open", "zorgregisseur"),   // late, no team
      action("a6", "2026-11-24", "g6", "open", "leercoordinator"),    // late, school-wide goal
  });
  const auto model = view_of(document);
  REQUIRE(model.teams.size() == 2);
  const auto& mb = model.teams[0];
  REQUIRE(mb.goal_marks.size() == 4);
  CHECK(mb.goal_marks[0].status == core::GoalStatus::aandacht);
  CHECK(mb.goal_marks[0].count == 2);
  CHECK(mb.goal_marks[0].count_text == "2");
  CHECK(mb.goal_marks[0].label == "Aandacht");
  CHECK(mb.goal_marks[1].status == core::GoalStatus::op_koers);
  CHECK_FALSE(mb.goal_marks[2].status.has_value());
  CHECK(mb.goal_marks[2].label == "Geen gegevens");
  CHECK(mb.goal_marks[3].status == core::GoalStatus::behaald);
  CHECK(mb.late_actions == 2);
  CHECK(mb.late_actions_text == "2 acties te laat");
  const auto& bb = model.teams[1];
  CHECK(bb.goal_marks.empty());
  CHECK(bb.late_actions == 0);
  CHECK(bb.late_actions_text.empty());
}

TEST_CASE("the overview's care column gets the zorgregisseur's late actions, oldest first") {
  json document = minimal_document();
  const auto action = [](const std::string& id, const std::string& when, const std::string& status,
                         const std::string& role) {
    return json{{"id", id},     {"what", "Actie " + id}, {"who", "Kc'er"},
                {"when", when}, {"status", status},      {"role", role}};
  };
  document["actions"] = json::array({
      action("later", "2026-12-03", "open", "zorgregisseur"),
      action("late", "2026-11-27", "bezig", "zorgregisseur"),
      action("done", "2026-11-26", "gereed", "zorgregisseur"),
      action("other", "2026-11-25", "open", "trendanalist"),
      action("oldest", "2026-11-20", "open", "zorgregisseur"),
  });
  const auto model = view_of(document);
  const auto& late = model.overview.late_care_actions;
  REQUIRE(late.size() == 2);
  CHECK(late[0].id == "oldest");
  CHECK(late[1].id == "late");
  CHECK(late[1].relative_text == "3 dagen te laat");
  CHECK(late[1].role_label == "Zorgregisseur");
}

TEST_CASE("the team rows' words in English") {
  json document = minimal_document();
  document["teams"] = json::array({team("mb", "signaleren_analyseren", "2026-12-11")});
  document["goals"] = json::array({{{"id", "g1"},
                                    {"domain", "leren"},
                                    {"title", "g"},
                                    {"team", "mb"},
                                    {"status", "aandacht"}}});
  document["actions"] = json::array(
      {{{"id", "a1"}, {"what", "x"}, {"who", "y"}, {"when", "2026-11-27"}, {"goal", "g1"}}});
  document["display"] = {{"language", "en"}};
  const auto model = view_of(document);
  REQUIRE(model.teams.size() == 1);
  CHECK(model.teams[0].late_actions_text == "1 action overdue");
  REQUIRE(model.teams[0].goal_marks.size() == 1);
  CHECK(model.teams[0].goal_marks[0].label == "Needs attention");
}
