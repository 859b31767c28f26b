// One test per validation rule of the format (dashboard/api/): each breaks the rule in an otherwise
// valid document and checks the error names the path and what was expected.

#include <doctest/doctest.h>

#include "test_documents.hpp"

using namespace hgw;
using namespace hgw::test;

namespace {

json full_document() {
  return json::parse(R"({
    "format": "hgw-dashboard/1",
    "generated_at": "2026-11-30T07:45:00+01:00",
    "school": {"name": "OBS De Vlinder", "period": {"name": "Periode 2", "start": "2026-11-16", "end": "2027-02-26"}},
    "privacy": {"min_n": 10},
    "teams": [{"id": "bb", "name": "Bovenbouw", "groups": ["6", "7", "8"],
               "cycle": {"phase": "signaleren_analyseren", "since": "2026-11-16", "until": "2026-12-04",
                         "next_meeting": {"kind": "groepsbespreking", "date": "2026-12-03", "time": "15:15"}}}],
    "goals": [{"id": "g1", "team": "bb", "domain": "leren", "title": "80% haalt 1F",
               "measure": {"unit": "percent", "baseline": 62, "current": 71, "target": 80, "n": 54},
               "evaluate_on": "2027-02-26", "status": "op_koers"}],
    "trends": [{"id": "t1", "team": "bb", "title": "Rekenen", "unit": "percent",
                "reference": {"label": "Signaleringswaarde 1F", "value": 85},
                "points": [{"label": "M5", "date": "2026-01-20", "value": 78.5, "n": 26}]}],
    "actions": [{"id": "a1", "what": "Trendanalyse", "who": "Leerteam", "when": "2026-12-10",
                 "goal": "g1", "status": "open", "role": "trendanalist"}],
    "support": {"as_of": "2026-11-01", "levels": [{"level": 1, "label": "Basisaanbod", "count": 180}]},
    "positives": [{"text": "92% voelt zich veilig", "team": "bb"}],
    "messages": [{"text": "Studiedag", "until": "2026-12-14T17:00:00+01:00", "priority": "normal"}],
    "display": {"pages": ["overzicht", "doelen"], "page_seconds": 20, "language": "nl", "teams": ["bb"],
                "theme": "dark", "schedule": {"days": ["ma", "di"], "on": "07:30", "off": "17:30",
                "closed": [{"from": "2026-12-19", "to": "2027-01-03", "name": "Kerstvakantie"}]}}
  })");
}

// Sets `value` at a JSON pointer and returns the errors of the result.
std::vector<std::string> errors_with(const std::string& pointer, const json& value) {
  json document = full_document();
  document[json::json_pointer(pointer)] = value;
  return errors_of(document);
}

std::vector<std::string> errors_without(const std::string& pointer) {
  json document = full_document();
  const json::json_pointer where(pointer);
  document[where.parent_pointer()].erase(where.back());
  return errors_of(document);
}

void check_single_error(const std::vector<std::string>& errors, const std::string& expected_start) {
  INFO("errors: " << json(errors).dump(2));
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].rfind(expected_start, 0) == 0);
}

// When the broken field is a team's id, references to that team are reported too.
void check_first_error(const std::vector<std::string>& errors, const std::string& expected_start) {
  INFO("errors: " << json(errors).dump(2));
  REQUIRE_FALSE(errors.empty());
  CHECK(errors[0].rfind(expected_start, 0) == 0);
}

}  // namespace

TEST_CASE("the full reference document is valid") {
  const auto result = core::decode_document(full_document());
  CHECK(result.ok());
  CHECK(result.diagnostics.empty());
}

TEST_CASE("format: required, exactly hgw-dashboard/MAJOR[.MINOR], major 1 only") {
  check_single_error(errors_without("/format"), "format: missing; expected a non-empty string");
  check_single_error(errors_with("/format", 1), "format: expected a non-empty string, got 1");
  check_single_error(errors_with("/format", "hgw-dashboard/2"),
                     "format: unsupported major format 2; this kiosk reads hgw-dashboard/1");
  check_single_error(errors_with("/format", "hgw-dashboard/10.1"),
                     "format: unsupported major format 10");
  check_single_error(errors_with("/format", "hgw-dashboard"),
                     "format: expected \"hgw-dashboard/1\"");
  check_single_error(errors_with("/format", "hgw-dashboard/1."), "format: expected");
  check_single_error(errors_with("/format", "other/1"), "format: expected");
  CHECK(errors_with("/format", "hgw-dashboard/1.7").empty());
}

TEST_CASE("an unknown major format is refused without reading further") {
  json document = full_document();
  document["format"] = "hgw-dashboard/2";
  document["actions"][0]["when"] = "12 dec";
  CHECK(errors_of(document).size() == 1);
}

TEST_CASE("the root must be an object") {
  check_single_error(errors_of(json::array()), "(document): expected an object, got an array");
  check_single_error(errors_of(json("text")), "(document): expected an object, got \"text\"");
}

TEST_CASE("every section is optional and null means absent") {
  CHECK(errors_of(minimal_document()).empty());
  json document = full_document();
  for (const char* section : {"generated_at", "school", "privacy", "teams", "goals", "trends",
                              "actions", "support", "positives", "messages", "display"}) {
    document[section] = nullptr;
  }
  CHECK(errors_of(document).empty());
}

TEST_CASE("optional fields may be null, required fields may not") {
  CHECK(errors_with("/goals/0/team", nullptr).empty());
  CHECK(errors_with("/goals/0/status", nullptr).empty());
  CHECK(errors_with("/positives/0/team", nullptr).empty());
  CHECK(errors_with("/teams/0/cycle/next_meeting/time", nullptr).empty());
  check_single_error(errors_with("/goals/0/title", nullptr),
                     "goals[0].title: expected a non-empty string, got null");
  check_single_error(errors_with("/actions/0/who", nullptr),
                     "actions[0].who: expected a non-empty string, got null");
}

TEST_CASE("unknown fields are ignored at every level") {
  json document = full_document();
  document["future_section"] = {{"x", 1}};
  document["goals"][0]["pupil_names"] = json::array({"never shown"});
  document["teams"][0]["cycle"]["colour"] = "red";
  CHECK(errors_of(document).empty());
}

TEST_CASE("required fields name their path when missing") {
  check_single_error(errors_without("/school/name"),
                     "school.name: missing; expected a non-empty string");
  check_single_error(errors_without("/school/period/start"),
                     "school.period.start: missing; expected a date");
  check_first_error(errors_without("/teams/0/id"), "teams[0].id: missing");
  check_single_error(errors_without("/teams/0/name"), "teams[0].name: missing");
  check_single_error(errors_without("/teams/0/cycle/phase"),
                     "teams[0].cycle.phase: missing; expected one of");
  check_single_error(errors_without("/teams/0/cycle/next_meeting/kind"),
                     "teams[0].cycle.next_meeting.kind: missing");
  check_single_error(errors_without("/teams/0/cycle/next_meeting/date"),
                     "teams[0].cycle.next_meeting.date: missing");
  check_single_error(errors_without("/goals/0/domain"), "goals[0].domain: missing");
  check_single_error(errors_without("/goals/0/title"), "goals[0].title: missing");
  check_single_error(errors_without("/goals/0/measure/unit"), "goals[0].measure.unit: missing");
  check_single_error(errors_without("/goals/0/measure/target"),
                     "goals[0].measure.target: missing; expected a number");
  check_single_error(errors_without("/trends/0/title"), "trends[0].title: missing");
  check_single_error(errors_without("/trends/0/unit"), "trends[0].unit: missing");
  check_single_error(errors_without("/trends/0/points"),
                     "trends[0].points: missing; expected an array");
  check_single_error(errors_without("/trends/0/reference/value"),
                     "trends[0].reference.value: missing");
  check_single_error(errors_without("/trends/0/points/0/label"),
                     "trends[0].points[0].label: missing");
  check_single_error(errors_without("/trends/0/points/0/value"),
                     "trends[0].points[0].value: missing");
  check_single_error(errors_without("/actions/0/what"), "actions[0].what: missing");
  check_single_error(errors_without("/actions/0/who"), "actions[0].who: missing");
  check_single_error(errors_without("/actions/0/when"),
                     "actions[0].when: missing; expected a date");
  check_single_error(errors_without("/support/levels"), "support.levels: missing");
  check_single_error(errors_without("/support/levels/0/count"), "support.levels[0].count: missing");
  check_single_error(errors_without("/positives/0/text"), "positives[0].text: missing");
  check_single_error(errors_without("/messages/0/text"), "messages[0].text: missing");
  check_single_error(errors_without("/display/schedule/closed/0/from"),
                     "display.schedule.closed[0].from: missing");
}

TEST_CASE("enumerations list what they accept") {
  check_single_error(
      errors_with("/teams/0/cycle/phase", "plannen"),
      "teams[0].cycle.phase: expected one of signaleren_analyseren | behoeften_formuleren | "
      "plannen_uitvoeren | evalueren_aanscherpen, got \"plannen\"");
  check_single_error(errors_with("/teams/0/cycle/next_meeting/kind", "oudergesprek"),
                     "teams[0].cycle.next_meeting.kind: expected one of groepsbespreking");
  check_single_error(errors_with("/goals/0/domain", "rekenen"),
                     "goals[0].domain: expected one of leren | werkhouding");
  check_single_error(errors_with("/goals/0/status", "Behaald"),
                     "goals[0].status: expected one of op_koers");
  check_single_error(errors_with("/goals/0/measure/unit", "procent"),
                     "goals[0].measure.unit: expected one of percent");
  check_single_error(errors_with("/trends/0/unit", 3),
                     "trends[0].unit: expected one of percent | score | count, got 3");
  check_single_error(errors_with("/actions/0/status", "klaar"),
                     "actions[0].status: expected one of open | bezig | gereed");
  check_single_error(errors_with("/actions/0/role", "ib-er"),
                     "actions[0].role: expected one of leercoordinator");
  check_single_error(errors_with("/messages/0/priority", "urgent"),
                     "messages[0].priority: expected one of normal | high");
  check_single_error(errors_with("/display/pages/1", "agenda"),
                     "display.pages[1]: expected one of overzicht");
  check_single_error(errors_with("/display/language", "de"),
                     "display.language: expected one of nl | en");
  check_single_error(errors_with("/display/theme", "blue"),
                     "display.theme: expected one of dark | light");
  check_single_error(errors_with("/display/schedule/days/1", "wed"),
                     "display.schedule.days[1]: expected one of ma | di");
}

TEST_CASE("dates, times and timestamps are checked everywhere they occur") {
  check_single_error(errors_with("/actions/0/when", "12 dec"),
                     "actions[0].when: expected a date YYYY-MM-DD, got \"12 dec\"");
  check_single_error(errors_with("/goals/0/evaluate_on", "2027-02-29"),
                     "goals[0].evaluate_on: expected a date YYYY-MM-DD, got \"2027-02-29\" (no "
                     "such day in the calendar)");
  CHECK(errors_with("/goals/0/evaluate_on", "2028-02-29").empty());
  check_single_error(errors_with("/trends/0/points/0/date", "2026-02-30"),
                     "trends[0].points[0].date:");
  check_single_error(errors_with("/support/as_of", "2026-11-31"), "support.as_of:");
  check_single_error(errors_with("/teams/0/cycle/since", "2026/11/16"), "teams[0].cycle.since:");
  check_single_error(
      errors_with("/teams/0/cycle/next_meeting/time", "25:00"),
      "teams[0].cycle.next_meeting.time: expected a time HH:MM (00:00 to 23:59), got \"25:00\"");
  check_single_error(errors_with("/display/schedule/on", "7:30"),
                     "display.schedule.on: expected a time HH:MM");
  check_single_error(errors_with("/generated_at", "2026-11-30T07:45:00"),
                     "generated_at: expected an RFC 3339 timestamp with offset");
  check_single_error(errors_with("/messages/0/until", "2026-12-14"),
                     "messages[0].until: expected an RFC 3339 timestamp");
  check_single_error(errors_with("/display/schedule/closed/0/to", "2027-02-29"),
                     "display.schedule.closed[0].to:");
}

TEST_CASE("dates in the wrong order are errors at the later field") {
  check_single_error(
      errors_with("/school/period/end", "2026-11-01"),
      "school.period.end: expected a date on or after start (2026-11-16), got \"2026-11-01\"");
  check_single_error(errors_with("/teams/0/cycle/until", "2026-11-01"),
                     "teams[0].cycle.until: expected a date on or after since");
  check_single_error(errors_with("/display/schedule/closed/0/to", "2026-12-01"),
                     "display.schedule.closed[0].to: expected a date on or after from");
  check_single_error(errors_with("/display/schedule/off", "07:00"),
                     "display.schedule.off: expected a time after on (07:30), got \"07:00\"");
  CHECK(errors_with("/school/period/end", "2026-11-16").empty());  // one-day period
}

TEST_CASE("schedule events: date, on and off required, off after on") {
  json document = full_document();
  document["display"]["schedule"]["events"] = json::array(
      {{{"date", "2026-12-10"}, {"on", "18:30"}, {"off", "21:30"}, {"name", "Ouderavond"}}});
  const auto decoded = valid_document(document);
  REQUIRE(decoded.display->schedule->events.size() == 1);
  CHECK(decoded.display->schedule->events[0].name == "Ouderavond");
  document["display"]["schedule"]["events"][0]["off"] = "18:00";
  check_single_error(
      errors_of(document),
      "display.schedule.events[0].off: expected a time after on (18:30), got \"18:00\"");
  document["display"]["schedule"]["events"][0].erase("date");
  CHECK(any_contains(errors_of(document), "display.schedule.events[0].date: missing"));
}

TEST_CASE("percentages are 0 to 100 and counts never negative") {
  check_single_error(errors_with("/goals/0/measure/current", 101),
                     "goals[0].measure.current: expected a percentage from 0 to 100, got 101");
  check_single_error(errors_with("/goals/0/measure/baseline", -1),
                     "goals[0].measure.baseline: expected a percentage");
  check_single_error(errors_with("/goals/0/measure/target", 100.5),
                     "goals[0].measure.target: expected a percentage");
  check_single_error(errors_with("/trends/0/points/0/value", 120),
                     "trends[0].points[0].value: expected a percentage");
  check_single_error(errors_with("/trends/0/reference/value", -5),
                     "trends[0].reference.value: expected a percentage");
  CHECK(errors_with("/goals/0/measure/current", 100).empty());
  CHECK(errors_with("/goals/0/measure/current", 0).empty());

  json counts = full_document();
  counts["goals"][0]["measure"] = {
      {"unit", "count"}, {"baseline", 7}, {"current", -1}, {"target", 2}};
  check_single_error(errors_of(counts), "goals[0].measure.current: expected a count >= 0, got -1");
  counts["goals"][0]["measure"] = {
      {"unit", "score"}, {"baseline", -7}, {"current", 250}, {"target", 300}};
  CHECK(errors_of(counts).empty());  // scores are free

  check_single_error(errors_with("/goals/0/measure/n", -3),
                     "goals[0].measure.n: expected an integer >= 0, got -3");
  check_single_error(errors_with("/trends/0/points/0/n", 2.5),
                     "trends[0].points[0].n: expected an integer >= 0, got 2.5");
  check_single_error(errors_with("/support/levels/0/count", -1),
                     "support.levels[0].count: expected an integer >= 0");
  check_single_error(errors_with("/privacy/min_n", -1), "privacy.min_n: expected an integer >= 0");
  CHECK(errors_with("/goals/0/measure/n", 54.0).empty());  // integral, as JSON Schema has it
}

TEST_CASE("types are checked and the wrong value is quoted") {
  check_single_error(errors_with("/goals/0/measure/current", "71"),
                     "goals[0].measure.current: expected a finite number, got \"71\"");
  check_single_error(errors_with("/goals/0/measure/higher_is_better", "ja"),
                     "goals[0].measure.higher_is_better: expected true or false, got \"ja\"");
  check_single_error(errors_with("/teams", json::object()),
                     "teams: expected an array, got an object");
  check_first_error(errors_with("/teams/0", "bb"), "teams[0]: expected an object, got \"bb\"");
  check_single_error(errors_with("/teams/0/groups/1", 7),
                     "teams[0].groups[1]: expected a non-empty string, got 7");
  check_single_error(errors_with("/school", "De Vlinder"), "school: expected an object");
  check_single_error(errors_with("/goals/0/measure", json::array()),
                     "goals[0].measure: expected an object, got an array");
  check_single_error(errors_with("/display/page_seconds", 4),
                     "display.page_seconds: expected an integer from 5 to 3600, got 4");
  check_single_error(errors_with("/display/page_seconds", 3601), "display.page_seconds:");
  check_single_error(errors_with("/display/pages", json::array()),
                     "display.pages: expected at least one page, got []");
  check_single_error(errors_with("/support/levels/0/level", 5),
                     "support.levels[0].level: expected an integer from 1 to 4, got 5");
  check_single_error(errors_with("/support/levels/0/level", 0), "support.levels[0].level:");
}

TEST_CASE("required texts may not be empty or only spaces") {
  check_single_error(errors_with("/actions/0/who", "   "),
                     "actions[0].who: expected a non-empty string, got \"   \"");
  check_first_error(errors_with("/teams/0/id", ""),
                    "teams[0].id: expected a non-empty string, got \"\"");
  CHECK(errors_with("/actions/0/how", "").empty());  // optional texts may be empty
}

TEST_CASE("long values are cut in messages, on a character boundary") {
  const auto errors = errors_with("/actions/0/when", std::string(38, 'x') + "ëëëë");
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].find("…") != std::string::npos);
  CHECK(json::parse(json(errors[0]).dump()).get<std::string>() == errors[0]);  // still valid UTF-8
}

TEST_CASE("ids are unique per section, and both places are named") {
  json document = full_document();
  document["teams"].push_back({{"id", "bb"}, {"name", "Nog een bovenbouw"}});
  document["goals"].push_back(document["goals"][0]);
  document["actions"].push_back(document["actions"][0]);
  document["trends"].push_back(document["trends"][0]);
  const auto errors = errors_of(document);
  CHECK(errors == std::vector<std::string>{
                      "teams[1].id: duplicate id \"bb\" (also at teams[0].id)",
                      "goals[1].id: duplicate id \"g1\" (also at goals[0].id)",
                      "trends[1].id: duplicate id \"t1\" (also at trends[0].id)",
                      "actions[1].id: duplicate id \"a1\" (also at actions[0].id)",
                  });
  json same_id_other_section = full_document();
  same_id_other_section["goals"][0]["id"] = "bb";  // a goal may share an id with a team
  same_id_other_section["actions"][0]["goal"] = "bb";
  CHECK(errors_of(same_id_other_section).empty());
}

TEST_CASE("support levels are unique") {
  json document = full_document();
  document["support"]["levels"].push_back({{"level", 1}, {"count", 3}});
  check_single_error(
      errors_of(document),
      "support.levels[1].level: duplicate level 1 (also at support.levels[0].level)");
}

TEST_CASE("support.previous: its date and levels are checked like the current count's") {
  json document = full_document();
  document["support"]["previous"] = {{"as_of", "2026-09-14"},
                                     {"levels", {{{"level", 1}, {"count", 170}}}}};
  CHECK(errors_of(document).empty());
  const auto decoded = core::load_document(document.dump());
  REQUIRE(decoded.document);
  REQUIRE(decoded.document->support->previous);
  CHECK(decoded.document->support->previous->levels[0].count == 170);

  json missing = document;
  missing["support"]["previous"].erase("as_of");
  check_single_error(errors_of(missing), "support.previous.as_of: missing");
  json range = document;
  range["support"]["previous"]["levels"].push_back({{"level", 5}, {"count", 3}});
  check_single_error(errors_of(range), "support.previous.levels[1].level:");
  json negative = document;
  negative["support"]["previous"]["levels"][0]["count"] = -1;
  check_single_error(errors_of(negative), "support.previous.levels[0].count:");
  json duplicate = document;
  duplicate["support"]["previous"]["levels"].push_back({{"level", 1}, {"count", 3}});
  check_single_error(errors_of(duplicate),
                     "support.previous.levels[1].level: duplicate level 1 (also at "
                     "support.previous.levels[0].level)");
  json later = document;
  later["support"]["previous"]["as_of"] = "2026-11-20";
  check_single_error(errors_of(later),
                     "support.as_of: expected a date on or after previous.as_of (2026-11-20)");
  json not_an_object = document;
  not_an_object["support"]["previous"] = json::array();
  check_single_error(errors_of(not_an_object), "support.previous:");
}

TEST_CASE("references resolve within a document that has the section") {
  check_single_error(errors_with("/goals/0/team", "xx"),
                     "goals[0].team: expected the id of one of the teams, got \"xx\"");
  check_single_error(errors_with("/trends/0/team", "xx"), "trends[0].team:");
  check_single_error(errors_with("/positives/0/team", "xx"), "positives[0].team:");
  check_single_error(errors_with("/actions/0/goal", "g9"),
                     "actions[0].goal: expected the id of one of the goals, got \"g9\"");
}

TEST_CASE("reference errors keep the document's own index when earlier items were refused") {
  json document = full_document();
  document["actions"] = json::array(
      {{{"id", "a0"}, {"what", "w"}, {"who", "kc"}, {"when", "12 dec"}},
       {{"id", "a1"}, {"what", "w"}, {"who", ""}, {"when", "2026-12-01"}},
       {{"id", "a2"}, {"what", "w"}, {"who", "kc"}, {"when", "2026-12-01"}, {"goal", "g9"}}});
  document["goals"].push_back(
      {{"id", "g2"}, {"domain", "burgerschap"}, {"title", "t"}, {"team", "zz"}});
  const auto paths = error_paths(document);
  CHECK(paths == std::vector<std::string>{"goals[1].domain", "actions[0].when", "actions[1].who",
                                          "goals[1].team", "actions[2].goal"});
}

TEST_CASE("a refused item is still a reference target: one mistake, one error") {
  json document = full_document();
  document["goals"][0]["domain"] = "rekenen";  // the goal is refused, but actions[0] still names it
  CHECK(error_paths(document) == std::vector<std::string>{"goals[0].domain"});
}

TEST_CASE("references into a section the document lacks wait for the merge") {
  json school_api = minimal_document();
  school_api["goals"] = full_document()["goals"];
  school_api["goals"][0]["team"] = "elsewhere";
  CHECK(errors_of(school_api).empty());
  json board = minimal_document();
  board["actions"] = full_document()["actions"];
  CHECK(errors_of(board).empty());
}

TEST_CASE("every error is reported at once, not only the first") {
  json document = full_document();
  document["actions"][0]["when"] = "12 dec";
  document["goals"][0]["measure"]["current"] = 130;
  document["teams"][0]["cycle"]["phase"] = "x";
  document["display"]["theme"] = "blue";
  document["goals"][0]["team"] = "nobody";
  const auto paths = error_paths(document);
  CHECK(paths == std::vector<std::string>{"teams[0].cycle.phase", "goals[0].measure.current",
                                          "actions[0].when", "display.theme", "goals[0].team"});
}

TEST_CASE("a refused document yields no Document at all") {
  json document = full_document();
  document["actions"][0]["when"] = "12 dec";
  CHECK_FALSE(core::decode_document(document).ok());
}

TEST_CASE("warnings: what can still be shown") {
  json document = full_document();
  document["privacy"]["min_n"] = 0;
  document["display"]["teams"] = {"bb", "zz"};
  core::DecodeOptions options;
  options.now = at("2026-12-15T08:00:00+01:00");  // after the message's until
  const auto result = core::decode_document(document, options);
  CHECK(result.ok());
  const auto warnings = lines_of(result.diagnostics, core::Severity::warning);
  CHECK(any_contains(warnings, "privacy.min_n: below 5 (got 0); the wall uses 5"));
  CHECK(any_contains(warnings, "display.teams[1]: no team with id \"zz\""));
  CHECK(any_contains(warnings, "messages[0].until: already past (2026-12-14T17:00:00+01:00)"));
  CHECK(lines_of(result.diagnostics, core::Severity::error).empty());
}

TEST_CASE("load_document: bad JSON becomes one error with line and column") {
  const auto result = core::load_document("{\n\"format\": \"hgw-dashboard/1\",\n}");
  REQUIRE(result.diagnostics.entries().size() == 1);
  CHECK(result.diagnostics.entries()[0].to_string().rfind(
            "(document): not valid JSON: line 3, column 1:", 0) == 0);
}

TEST_CASE("actions[].start: an optional date on or before when") {
  json document = full_document();
  document["actions"][0]["start"] = "2026-09-07";
  CHECK(errors_of(document).empty());
  const auto decoded = core::load_document(document.dump());
  REQUIRE(decoded.document);
  REQUIRE(decoded.document->actions->front().start);
  CHECK(core::format_date_iso(*decoded.document->actions->front().start) == "2026-09-07");

  json absent = full_document();
  CHECK(errors_of(absent).empty());
  CHECK_FALSE(core::load_document(absent.dump()).document->actions->front().start);
  json null_start = full_document();
  null_start["actions"][0]["start"] = nullptr;
  CHECK(errors_of(null_start).empty());

  check_single_error(errors_with("/actions/0/start", "7 sep"),
                     "actions[0].start: expected a date YYYY-MM-DD, got \"7 sep\"");
  check_single_error(errors_with("/actions/0/start", "2026-12-11"),
                     "actions[0].when: expected a date on or after start (2026-12-11), got "
                     "\"2026-12-10\"");
  CHECK(errors_with("/actions/0/start", "2026-12-10").empty());
}

TEST_CASE("goals[].measure dates: optional, real dates, none before baseline_on") {
  json document = full_document();
  json& measure = document["goals"][0]["measure"];
  measure["baseline_on"] = "2026-09-14";
  measure["current_on"] = "2026-11-18";
  measure["target_on"] = "2027-06-23";
  const core::Document decoded = valid_document(document);
  const core::Measure& read = *decoded.goals->front().measure;
  REQUIRE(read.baseline_on);
  REQUIRE(read.current_on);
  REQUIRE(read.target_on);
  CHECK(core::format_date_iso(*read.baseline_on) == "2026-09-14");
  CHECK(core::format_date_iso(*read.current_on) == "2026-11-18");
  CHECK(core::format_date_iso(*read.target_on) == "2027-06-23");
  // Absent and null both mean "not given".
  const core::Document without = valid_document(full_document());
  CHECK_FALSE(without.goals->front().measure->current_on);
  measure["baseline_on"] = nullptr;
  CHECK(errors_of(document).empty());

  check_single_error(errors_with("/goals/0/measure/current_on", "18 nov"),
                     "goals[0].measure.current_on: expected a date YYYY-MM-DD, got \"18 nov\"");
  check_single_error(errors_with("/goals/0/measure/baseline_on", "2026-02-30"),
                     "goals[0].measure.baseline_on: expected a date YYYY-MM-DD");
  check_single_error(errors_with("/goals/0/measure/target_on", 2027),
                     "goals[0].measure.target_on: expected a date YYYY-MM-DD");
}

TEST_CASE("goals[].measure: current_on and target_on before baseline_on name both paths") {
  json document = full_document();
  json& measure = document["goals"][0]["measure"];
  measure["baseline_on"] = "2026-09-14";
  measure["current_on"] = "2026-01-20";
  measure["target_on"] = "2026-06-24";
  const auto errors = errors_of(document);
  INFO("errors: " << json(errors).dump(2));
  REQUIRE(errors.size() == 2);
  CHECK(errors[0] ==
        "goals[0].measure.current_on: expected a date on or after goals[0].measure.baseline_on "
        "(2026-09-14), got \"2026-01-20\"");
  CHECK(errors[1] ==
        "goals[0].measure.target_on: expected a date on or after goals[0].measure.baseline_on "
        "(2026-09-14), got \"2026-06-24\"");
  // The same day is fine: a figure measured at the start.
  measure["current_on"] = "2026-09-14";
  measure["target_on"] = "2026-09-14";
  CHECK(errors_of(document).empty());
  // Without a start date there is nothing to come before.
  measure.erase("baseline_on");
  measure["current_on"] = "2026-01-20";
  CHECK(errors_of(document).empty());
  // A measure without a unit is refused, but its dates are still checked.
  json no_unit = full_document();
  no_unit["goals"][0]["measure"].erase("unit");
  no_unit["goals"][0]["measure"]["current_on"] = "gisteren";
  const auto paths = error_paths(no_unit);
  CHECK(paths == std::vector<std::string>{"goals[0].measure.unit", "goals[0].measure.current_on"});
}

TEST_CASE("goals[].measure.current_on after today is a warning, not an error") {
  json document = full_document();
  document["goals"][0]["measure"]["current_on"] = "2026-12-02";
  core::DecodeOptions options;
  options.now = at("2026-12-01T23:30:00+01:00");
  const auto result = core::decode_document(document, options);
  CHECK(result.ok());
  const auto warnings = lines_of(result.diagnostics, core::Severity::warning);
  CHECK(warnings ==
        std::vector<std::string>{"goals[0].measure.current_on: in the future (2026-12-02, today is "
                                 "2026-12-01); a figure is measured on or before today"});
  // Today itself is no warning; today is the date where the clock is (00:30 in UTC+1).
  options.now = at("2026-12-02T00:30:00+01:00");
  CHECK(warnings_of(document, options).empty());
  // Without a clock nothing is known to lie ahead.
  CHECK(warnings_of(document).empty());
  // A target is meant to lie ahead.
  json target = full_document();
  target["goals"][0]["measure"]["target_on"] = "2027-06-23";
  options.now = at("2026-12-01T08:00:00+01:00");
  CHECK(warnings_of(target, options).empty());
}
