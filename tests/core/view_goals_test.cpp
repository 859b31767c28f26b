#include <doctest/doctest.h>

#include "test_documents.hpp"

using namespace hgw;
using namespace hgw::test;

namespace {

// A document with one goal; `measure` and extra fields vary per test.
json goal_document(const json& measure, const json& extra = json::object()) {
  json document = minimal_document();
  document["school"] = {{"name", "OBS"},
                        {"period", {{"start", "2026-11-16"}, {"end", "2027-02-26"}}}};
  json goal = {{"id", "g"},
               {"domain", "leren"},
               {"title", "Doel"},
               {"measure", measure},
               {"evaluate_on", "2027-02-26"}};
  goal.update(extra);
  document["goals"] = json::array({goal});
  return document;
}

core::GoalView the_goal(const json& document,
                        const std::string& now = "2026-11-30T08:00:00+01:00") {
  const auto model = view_of(document, now);
  REQUIRE(model.goal_groups.size() == 1);
  REQUIRE(model.goal_groups[0].goals.size() == 1);
  return model.goal_groups[0].goals[0];
}

json percent(double baseline, double current, double target, bool higher_is_better = true) {
  return {{"unit", "percent"},
          {"baseline", baseline},
          {"current", current},
          {"target", target},
          {"n", 54},
          {"higher_is_better", higher_is_better}};
}

}  // namespace

TEST_CASE("progress is the share of the way from baseline to target") {
  const auto goal = the_goal(goal_document(percent(62, 71, 80)));
  REQUIRE(goal.progress);
  CHECK(*goal.progress == doctest::Approx(0.5));
  CHECK(goal.baseline_text == "62%");
  CHECK(goal.current_text == "71%");
  CHECK(goal.target_text == "80%");
}

TEST_CASE("lower-is-better goals progress as the figure goes down") {
  const json measure = {{"unit", "count"},
                        {"baseline", 7},
                        {"current", 3},
                        {"target", 2},
                        {"higher_is_better", false}};
  const auto goal = the_goal(goal_document(measure));
  CHECK(*goal.progress == doctest::Approx(0.8));
  CHECK(*goal.status == core::GoalStatus::op_koers);
  CHECK(goal.current_text == "3");

  const auto worse = the_goal(goal_document({{"unit", "count"},
                                             {"baseline", 7},
                                             {"current", 9},
                                             {"target", 2},
                                             {"higher_is_better", false}}));
  CHECK(*worse.progress == doctest::Approx(0.0));
  CHECK(*worse.status == core::GoalStatus::aandacht);
}

TEST_CASE("a goal already past its target is achieved and its bar full") {
  const auto goal = the_goal(goal_document(percent(86, 91, 90)));
  CHECK(*goal.progress == doctest::Approx(1.0));
  CHECK(*goal.status == core::GoalStatus::behaald);
  CHECK(goal.status_derived);
  CHECK(goal.status_label == "Behaald");
}

TEST_CASE("target equal to baseline: met or not, nothing in between, no division by zero") {
  const auto met = the_goal(goal_document(percent(80, 80, 80)));
  CHECK(*met.progress == doctest::Approx(1.0));
  CHECK(*met.status == core::GoalStatus::behaald);
  const auto slipped = the_goal(goal_document(percent(80, 78, 80)));
  CHECK(*slipped.progress == doctest::Approx(0.0));
  CHECK(*slipped.status == core::GoalStatus::aandacht);
}

TEST_CASE("derived status: behind schedule is aandacht, after the evaluation date niet_behaald") {
  // Progress 10% while 90% of the period to the evaluation has passed.
  const auto behind = the_goal(goal_document(percent(60, 62, 80)), "2027-02-16T08:00:00+01:00");
  CHECK(*behind.status == core::GoalStatus::aandacht);
  const auto early = the_goal(goal_document(percent(60, 62, 80)), "2026-11-30T08:00:00+01:00");
  CHECK(*early.status == core::GoalStatus::op_koers);
  const auto late = the_goal(goal_document(percent(60, 75, 80)), "2027-02-27T08:00:00+01:00");
  CHECK(*late.status == core::GoalStatus::niet_behaald);
  CHECK(late.evaluation_text == "evaluatie 26 februari · gisteren");
}

TEST_CASE("a status the document gives is kept, not derived") {
  const auto goal = the_goal(goal_document(percent(62, 71, 80), {{"status", "aandacht"}}));
  CHECK(*goal.status == core::GoalStatus::aandacht);
  CHECK_FALSE(goal.status_derived);
}

TEST_CASE("without a current figure there is no status to derive") {
  const auto goal = the_goal(goal_document({{"unit", "percent"}, {"target", 80}}));
  CHECK_FALSE(goal.status);
  CHECK_FALSE(goal.progress);
  CHECK(goal.target_text == "80%");
  CHECK(goal.current_text.empty());
}

TEST_CASE("privacy: a goal over fewer than min_n pupils shows n<10, never its figures") {
  json measure = percent(0, 38, 70);
  measure["n"] = 8;
  const auto goal = the_goal(goal_document(measure));
  CHECK(goal.suppressed);
  CHECK_FALSE(goal.baseline);
  CHECK_FALSE(goal.current);
  CHECK_FALSE(goal.progress);
  CHECK_FALSE(goal.status);  // a derived status would leak the figure
  CHECK(goal.current_text == "n<10");
  CHECK(goal.baseline_text == "n<10");
  CHECK(goal.target_text == "70%");  // the target is an ambition, not a measurement
}

TEST_CASE("privacy: min_n from the document, never below 5") {
  json measure = percent(0, 38, 70);
  measure["n"] = 12;
  json document = goal_document(measure);
  document["privacy"] = {{"min_n", 15}};
  CHECK(the_goal(document).current_text == "n<15");
  document["privacy"] = {{"min_n", 0}};
  measure["n"] = 4;
  document["goals"][0]["measure"] = measure;
  CHECK(the_goal(document).current_text == "n<5");
  measure["n"] = 5;
  document["goals"][0]["measure"] = measure;
  CHECK(the_goal(document).current_text == "38%");
}

TEST_CASE("exactly min_n pupils is enough") {
  json measure = percent(0, 38, 70);
  measure["n"] = 10;
  CHECK_FALSE(the_goal(goal_document(measure)).suppressed);
}

TEST_CASE("evaluation date and countdown in Dutch") {
  CHECK(the_goal(goal_document(percent(62, 71, 80))).evaluation_text ==
        "evaluatie 26 februari · over 88 dagen");
  CHECK(the_goal(goal_document(percent(62, 71, 80)), "2027-02-26T16:00:00+01:00").evaluation_text ==
        "evaluatie 26 februari · vandaag");
}

TEST_CASE("a goal below its start fell: the change and the fall are facts of the view") {
  const auto goal = the_goal(goal_document(percent(79, 77, 85)));
  CHECK(goal.fell);
  CHECK(goal.needs_attention);
  REQUIRE(goal.change);
  CHECK(*goal.change == doctest::Approx(-2));
  CHECK(goal.change_text == "\u22122 pt");
  CHECK(goal.fall_text == "gedaald \u22122 pt");
  // Two points back on a way of six ahead.
  CHECK(goal.fall_share == doctest::Approx(1.0 / 3.0));
  CHECK(*goal.progress == doctest::Approx(0));
}

TEST_CASE("a rise is a change, not a fall") {
  const auto goal = the_goal(goal_document(percent(62, 71, 80)));
  CHECK_FALSE(goal.fell);
  CHECK(goal.change_text == "+9 pt");
  CHECK(goal.fall_text.empty());
  CHECK(goal.fall_share == 0);
}

TEST_CASE("lower is better: a figure that went up fell back, and says it rose") {
  const json measure = {{"unit", "count"},
                        {"baseline", 7},
                        {"current", 9},
                        {"target", 3},
                        {"higher_is_better", false}};
  const auto goal = the_goal(goal_document(measure));
  CHECK(goal.fell);
  CHECK(goal.change_text == "+2");
  CHECK(goal.fall_text == "gestegen +2");
  CHECK(goal.fall_share == doctest::Approx(0.5));
}

TEST_CASE("a fall further back than the whole way ahead fills the room for it, no more") {
  CHECK(the_goal(goal_document(percent(50, 30, 60))).fall_share == doctest::Approx(1));
  // A target at the start gives no way to measure by.
  CHECK(the_goal(goal_document(percent(50, 49, 50))).fall_share == doctest::Approx(1));
}

TEST_CASE("a change that rounds to nothing is no fall") {
  const auto goal = the_goal(goal_document(percent(79, 78.98, 85)));
  CHECK_FALSE(goal.fell);
  CHECK(goal.change_text == "\u00b10 pt");
}

TEST_CASE("privacy: a suppressed goal has no change and no fall") {
  json measure = percent(79, 77, 85);
  measure["n"] = 8;
  const auto goal = the_goal(goal_document(measure));
  CHECK_FALSE(goal.fell);
  CHECK_FALSE(goal.change);
  CHECK(goal.change_text.empty());
  CHECK(goal.fall_text.empty());
}

TEST_CASE("feed up, feedback and feed forward under the three questions, in that order") {
  const json extra = {{"feed_up", "Alle leerlingen 1F"},
                      {"feedback", "71%, op koers"},
                      {"feed_forward", "Verlengde instructie"}};
  const auto goal = the_goal(goal_document(percent(62, 71, 80), extra));
  REQUIRE(goal.feeds.size() == 3);
  CHECK(goal.feeds[0].question == "Waar werken we naartoe?");
  CHECK(goal.feeds[0].answer == "Alle leerlingen 1F");
  CHECK(goal.feeds[1].question == "Hoe staan we ervoor?");
  CHECK(goal.feeds[1].answer == "71%, op koers");
  CHECK(goal.feeds[2].question == "Wat is de volgende stap?");
  CHECK(goal.feeds[2].answer == "Verlengde instructie");

  // Only the answered questions; in English the same three.
  json document = goal_document(percent(62, 71, 80), {{"feedback", "Goed"}});
  document["display"] = {{"language", "en"}};
  const auto english = the_goal(document);
  REQUIRE(english.feeds.size() == 1);
  CHECK(english.feeds[0].question == "How are we doing?");
}

TEST_CASE("goals are grouped by domain in the fixed order, and team names resolved") {
  json document = minimal_document();
  document["teams"] = json::array({{{"id", "bb"}, {"name", "Bovenbouw"}}});
  document["goals"] = json::array({
      {{"id", "se"}, {"domain", "sociaal_emotioneel"}, {"title", "Veilig"}},
      {{"id", "l"}, {"domain", "leren"}, {"title", "Rekenen"}, {"team", "bb"}},
      {{"id", "w"}, {"domain", "werkhouding"}, {"title", "Zelfstandig"}},
  });
  const auto model = view_of(document);
  REQUIRE(model.goal_groups.size() == 3);
  CHECK(model.goal_groups[0].label == "Leren");
  CHECK(model.goal_groups[1].label == "Werkhouding");
  CHECK(model.goal_groups[2].label == "Sociaal-emotioneel");
  CHECK(model.goal_groups[0].goals[0].team_label == "Bovenbouw");
  CHECK(model.goal_groups[2].goals[0].team_label == "Hele school");
}

namespace {

json measured(const std::string& label, const std::string& date, double value, int n = 52) {
  return {{"label", label}, {"date", date}, {"value", value}, {"n", n}};
}

// A goal, the trend that follows it (same subject, unit and direction) and its actions.
json monitored_goal(const json& points, const std::vector<json>& actions, const json& measure) {
  json document = goal_document(measure, {{"subject", "rekenen"}});
  document["trends"] = json::array({{{"id", "t"},
                                     {"subject", "rekenen"},
                                     {"title", "Rekenen groep 8"},
                                     {"unit", measure["unit"]},
                                     {"higher_is_better", measure["higher_is_better"]},
                                     {"points", points}}});
  document["actions"] = actions;
  return document;
}

json action_from(const std::string& id, const std::string& start) {
  return {{"id", id},         {"what", "Verlengde instructie breuken"},
          {"who", "Groep 8"}, {"when", "2027-01-29"},
          {"goal", "g"},      {"start", start}};
}

const json kRekenen = {measured("M7", "2026-01-21", 81), measured("E7", "2026-06-10", 83),
                       measured("M8", "2026-11-18", 87)};

}  // namespace

TEST_CASE("the goal says how its trend moved since the action began") {
  const auto goal =
      the_goal(monitored_goal(kRekenen, {action_from("a", "2026-09-07")}, percent(81, 87, 90)));
  REQUIRE(goal.action_start);
  CHECK(core::format_date_iso(*goal.action_start) == "2026-09-07");
  REQUIRE(goal.change_since_action);
  CHECK(*goal.change_since_action == doctest::Approx(4));  // E7 83 -> M8 87
  CHECK(goal.since_action_text == "+4 pt sinds start actie 7 sep");
  CHECK(goal.change_since_action_tone == core::TrendTone::good);

  core::ViewOptions english;
  english.language = core::Language::en;
  const auto model =
      view_of(monitored_goal(kRekenen, {action_from("a", "2026-09-07")}, percent(81, 87, 90)),
              "2026-11-30T08:00:00+01:00", english);
  CHECK(model.goal_groups[0].goals[0].since_action_text == "+4 pt since action began 7 Sep");
}

TEST_CASE(
    "since the action began: the latest begun action counts; a measurement on its day is before") {
  // Began on M7's day: M7 (81) is the figure it started from; 30 December has not come yet.
  const auto goal =
      the_goal(monitored_goal(kRekenen,
                              {action_from("a", "2025-09-01"), action_from("b", "2026-01-21"),
                               action_from("c", "2026-12-30")},
                              percent(81, 87, 90)));
  CHECK(goal.since_action_text == "+6 pt sinds start actie 21 jan");
  // A start in an earlier year says its year.
  const json longer = {measured("E6", "2025-06-11", 74), measured("M7", "2026-01-21", 81),
                       measured("M8", "2026-11-18", 87)};
  const auto older =
      the_goal(monitored_goal(longer, {action_from("a", "2025-12-01")}, percent(81, 87, 90)));
  CHECK(older.since_action_text == "+13 pt sinds start actie 1 dec \u201925");
}

TEST_CASE("since the action began: a fall where lower is better reads as bad news") {
  const json incidents = {measured("sep", "2026-09-01", 7, 94),
                          measured("nov", "2026-11-02", 9, 94)};
  json measure = {{"unit", "count"}, {"baseline", 7}, {"current", 9},
                  {"target", 2},     {"n", 94},       {"higher_is_better", false}};
  const auto goal = the_goal(monitored_goal(incidents, {action_from("a", "2026-09-14")}, measure));
  CHECK(goal.since_action_text == "+2 sinds start actie 14 sep");
  CHECK(goal.change_since_action_tone == core::TrendTone::bad);
}

TEST_CASE(
    "since the action began: no measurement yet says so, and nothing from before says nothing") {
  const auto waiting =
      the_goal(monitored_goal(kRekenen, {action_from("a", "2026-11-23")}, percent(81, 87, 90)));
  CHECK(waiting.since_action_text == "nog geen meting sinds start actie 23 nov");
  CHECK_FALSE(waiting.change_since_action);
  CHECK(waiting.change_since_action_tone == core::TrendTone::neutral);
  const auto before_any =
      the_goal(monitored_goal(kRekenen, {action_from("a", "2025-09-01")}, percent(81, 87, 90)));
  CHECK(before_any.since_action_text.empty());
  CHECK_FALSE(before_any.change_since_action);
  // No action with a start, or no trend that follows the goal: nothing to say.
  json no_start = action_from("a", "2026-09-07");
  no_start.erase("start");
  CHECK(the_goal(monitored_goal(kRekenen, {no_start}, percent(81, 87, 90)))
            .since_action_text.empty());
  json other_subject =
      monitored_goal(kRekenen, {action_from("a", "2026-09-07")}, percent(81, 87, 90));
  other_subject["trends"][0]["subject"] = "spelling";
  CHECK(the_goal(other_subject).since_action_text.empty());
}

TEST_CASE("privacy: since the action began uses no point over fewer than min_n pupils") {
  // M8 over nine pupils is no measurement since the start; E7 over nine is no start value.
  const json small_after = {measured("M7", "2026-01-21", 81), measured("E7", "2026-06-10", 83),
                            measured("M8", "2026-11-18", 99, 9)};
  CHECK(the_goal(monitored_goal(small_after, {action_from("a", "2026-09-07")}, percent(81, 87, 90)))
            .since_action_text == "nog geen meting sinds start actie 7 sep");
  const json small_before = {measured("M7", "2026-01-21", 81), measured("E7", "2026-06-10", 20, 9),
                             measured("M8", "2026-11-18", 87)};
  CHECK(
      the_goal(monitored_goal(small_before, {action_from("a", "2026-09-07")}, percent(81, 87, 90)))
          .since_action_text == "+6 pt sinds start actie 7 sep");
  // A goal whose own figure is suppressed says nothing about its change at all.
  json small_goal = percent(81, 87, 90);
  small_goal["n"] = 7;
  const auto suppressed =
      the_goal(monitored_goal(kRekenen, {action_from("a", "2026-09-07")}, small_goal));
  CHECK(suppressed.since_action_text.empty());
  CHECK_FALSE(suppressed.change_since_action);
}

TEST_CASE("the card says when each figure was measured and when the target is due") {
  json measure = percent(62, 71, 80);
  measure["baseline_on"] = "2025-09-15";
  measure["current_on"] = "2026-11-18";
  measure["target_on"] = "2027-06-23";
  const auto goal = the_goal(goal_document(measure));
  REQUIRE(goal.current_on);
  CHECK(core::format_date_iso(*goal.current_on) == "2026-11-18");
  // The year only where it is not this year's; a target's month with its year.
  CHECK(goal.baseline_on_text == "15 sep \u201925");
  CHECK(goal.current_on_text == "18 nov");
  CHECK(goal.target_on_text == "in jun \u201927");

  json english = goal_document(measure);
  english["display"] = {{"language", "en"}};
  const auto in_english = the_goal(english);
  CHECK(in_english.current_on_text == "18 Nov");
  CHECK(in_english.target_on_text == "by Jun \u201927");
}

TEST_CASE("without dates the card has no date texts") {
  const auto goal = the_goal(goal_document(percent(62, 71, 80)));
  CHECK_FALSE(goal.current_on);
  CHECK(goal.baseline_on_text.empty());
  CHECK(goal.current_on_text.empty());
  CHECK(goal.target_on_text.empty());
  json only_target = percent(62, 71, 80);
  only_target["target_on"] = "2027-02-26";
  const auto target_only = the_goal(goal_document(only_target));
  CHECK(target_only.current_on_text.empty());
  CHECK(target_only.target_on_text == "in feb \u201927");
}

TEST_CASE("privacy: a suppressed goal still says when it was measured, never what") {
  json measure = percent(0, 38, 70);
  measure["n"] = 8;
  measure["current_on"] = "2026-11-18";
  const auto goal = the_goal(goal_document(measure));
  CHECK(goal.current_text == "n<10");
  CHECK(goal.current_on_text == "18 nov");
}
