// Hostile and careless documents (issue 8, part 5): each gets a clear error that
// names where and what, or a safe rendering — never a crash, a hang, a figure over
// too few pupils or a text that reads other than it is written. The render-time
// bound for the worst of them is tests/hardening/hostile_render.py; how the pages
// draw huge lists is tests/ui/huge_lists_test.cpp.

#include <doctest/doctest.h>

#include <chrono>
#include <cmath>
#include <limits>
#include <string>

#include "core/display_text.hpp"
#include "core/i18n.hpp"
#include "core/json_text.hpp"
#include "test_documents.hpp"

using namespace hgw;
using namespace hgw::test;

namespace {

core::DecodeResult load(const std::string& text) {
  return core::load_document(text);
}

std::vector<std::string> errors_in(const std::string& text) {
  return lines_of(load(text).diagnostics, core::Severity::error);
}

json one_action(const json& fields = json::object()) {
  json action = {{"id", "a1"},
                 {"what", "Groepsplan bijwerken"},
                 {"who", "Leerteam"},
                 {"when", "2026-12-10"},
                 {"status", "open"}};
  action.update(fields);
  json document = minimal_document();
  document["actions"] = json::array({action});
  return document;
}

template <typename Work>
double seconds_for(Work&& work) {
  const auto start = std::chrono::steady_clock::now();
  work();
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

TEST_CASE("JSON nested 100 000 levels deep is refused without exhausting the stack") {
  const std::string deep = R"({"format": "hgw-dashboard/1", "x": )" + std::string(100000, '[') +
                           std::string(100000, ']') + "}";
  const auto errors = errors_in(deep);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0] == "(document): not valid JSON: nested deeper than 64 levels");
  // Objects count as much as arrays.
  std::string objects = R"({"format": "hgw-dashboard/1", "x": )";
  for (int level = 0; level < 70; ++level)
    objects += R"({"a": )";
  objects += "1" + std::string(70, '}') + "}";
  CHECK(any_contains(errors_in(objects), "nested deeper than 64 levels"));
}

TEST_CASE("NaN, Infinity and 1e400 are not JSON numbers and are refused with where they are") {
  CHECK(any_contains(errors_in(R"({"format": "hgw-dashboard/1", "privacy": {"min_n": NaN}})"),
                     "(document): not valid JSON: line 1, column"));
  CHECK(any_contains(errors_in(R"({"format": "hgw-dashboard/1", "privacy": {"min_n": Infinity}})"),
                     "not valid JSON: line 1"));
  const auto overflow =
      errors_in("{\"format\": \"hgw-dashboard/1\",\n \"privacy\": {\"min_n\": 1e400}}");
  REQUIRE(overflow.size() == 1);
  CHECK(overflow[0] ==
        "(document): not valid JSON: line 2, column 23: number overflow parsing '1e400'");
}

TEST_CASE(
    "2^63, -0 and other edge numbers: an error where an integer must fit, a sane figure "
    "elsewhere") {
  json document = minimal_document();
  document["privacy"] = {{"min_n", 9223372036854775808ULL}};
  CHECK(any_contains(errors_of(document),
                     "privacy.min_n: expected an integer >= 0, got 9223372036854775808"));
  CHECK(core::format_number(-0.0, core::Language::nl) == "0");
  CHECK(core::format_number(1e300, core::Language::nl) == "1,0e300");
  CHECK(core::format_number(-1.7976931348623157e308, core::Language::en) == "-1.8e308");
  CHECK(core::format_number(std::pow(2.0, 63), core::Language::nl) == "9,2e18");
  CHECK(core::format_number(std::numeric_limits<double>::infinity(), core::Language::nl) == "–");
  CHECK(core::format_number(123456789012345.0, core::Language::nl) == "123456789012345");
}

TEST_CASE("Support counts of 2^63 - 1 neither overflow the total nor claim 100% each") {
  json document = minimal_document();
  document["support"] = {{"levels", json::array()}};
  for (int level = 1; level <= 4; ++level)
    document["support"]["levels"].push_back({{"level", level}, {"count", INT64_MAX}});
  const auto model = view_of(document);
  REQUIRE(model.support.levels.size() == 4);
  for (const auto& level : model.support.levels)
    CHECK(level.share_text == "25%");
  CHECK(model.support.total == INT64_MAX);
  CHECK(model.support.total_text == "3,7e19");
}

TEST_CASE("Goals with scores of ±1.8e308 get a progress between 0 and 1, never NaN") {
  json document = minimal_document();
  document["goals"] = json::array({{{"id", "g"},
                                    {"domain", "leren"},
                                    {"title", "Score"},
                                    {"measure",
                                     {{"unit", "score"},
                                      {"baseline", -1.7976931348623157e308},
                                      {"current", 1.7976931348623157e308},
                                      {"target", 1e308}}}}});
  const auto model = view_of(document);
  const auto& goal = model.goal_groups.at(0).goals.at(0);
  REQUIRE(goal.progress.has_value());
  CHECK(*goal.progress == 1.0);
  CHECK(goal.current_text == "1,8e308");
}

TEST_CASE("Bytes that are not UTF-8 are refused, and the error itself stays valid UTF-8") {
  const auto errors =
      errors_in("{\"format\": \"hgw-dashboard/1\", \"school\": {\"name\": \"De Ree\xEBn\"}}");
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].starts_with("(document): not valid JSON: line 1, column"));
  CHECK(errors[0].find("\\xEB") != std::string::npos);
  CHECK(core::visible_text(errors[0]).hidden.empty());
  // A lone surrogate written as an escape is not a character either.
  CHECK(any_contains(errors_in(R"({"format": "hgw-dashboard/1", "school": {"name": "\ud800"}})"),
                     "surrogate"));
}

TEST_CASE(
    "Bidi overrides, zero-width and control characters are left out, with a warning by path") {
  const json document =
      one_action({{"what", "Evaluatie \u202egroep 8\u202c af\u200bronden"},
                  {"who", "Juf\tAnna\nen meester\u2028Bram"},
                  {"how", "\u2066Isolate\u2069\u00ad \u200d\ufeff\u0007\u001b[2J"}});
  const auto warnings = warnings_of(document);
  CHECK(any_contains(warnings,
                     "actions[0].what: contains invisible or control characters "
                     "(U+202E, U+202C, U+200B); the wall leaves them out"));
  CHECK(any_contains(warnings, "actions[0].who: contains invisible or control characters"));
  CHECK(any_contains(warnings, "actions[0].how: contains invisible or control characters"));
  const auto model = view_of(document);
  const auto& action = model.action_groups.at(0).actions.at(0);
  CHECK(action.what == "Evaluatie groep 8 afronden");
  CHECK(action.who == "Juf Anna en meester Bram");
  CHECK(action.how == "Isolate [2J");
  // Dutch letters, typography and a real U+FFFD are text, not hidden.
  const auto dutch = core::visible_text("Coördinatie — één “café” € 5 …\xEF\xBF\xBD");
  CHECK(dutch.hidden.empty());
  CHECK(dutch.text == "Coördinatie — één “café” € 5 …\xEF\xBF\xBD");
  // Unicode tags smuggle invisible ASCII.
  CHECK(core::visible_text("ok\xF3\xA0\x81\x81").text == "ok");
}

TEST_CASE("A text of only invisible characters is empty, so a required one is an error") {
  CHECK(any_contains(errors_of(one_action({{"what", "\u200b\u202e\u200b"}})),
                     "actions[0].what: expected a non-empty string"));
}

TEST_CASE("An error quoting a hostile value spells its hidden characters out") {
  const auto errors = errors_of(one_action({{"when", "\u202e01-21-6202"}}));
  REQUIRE(errors.size() == 1);
  CHECK(errors[0] == "actions[0].when: expected a date YYYY-MM-DD, got \"\\u202E01-21-6202\"");
  CHECK(core::escape_hidden_characters("a\u200bb\xF0") == "a\\u200Bb\\xF0");
}

TEST_CASE("Look-alike ids that differ only by a zero-width character are duplicates") {
  json document = minimal_document();
  document["teams"] = json::array(
      {{{"id", "bb"}, {"name", "Bovenbouw"}}, {{"id", "b\u200bb"}, {"name", "Bovenbouw (nep)"}}});
  CHECK(
      any_contains(errors_of(document), "teams[1].id: duplicate id \"bb\" (also at teams[0].id)"));
}

TEST_CASE("A 10 MB text is accepted but cut to 1000 characters before any layout sees it") {
  const std::string words = "leerlingen lezen elke dag een kwartier ";
  std::string title;
  while (title.size() < 10'000'000)
    title += words;
  json document = minimal_document();
  document["goals"] = json::array({{{"id", "g"}, {"domain", "leren"}, {"title", title}}});
  const std::string text = document.dump();
  core::DecodeResult decoded;
  const double seconds = seconds_for([&] { decoded = core::load_document(text); });
  CHECK(seconds < 5.0);
  REQUIRE(decoded.document.has_value());
  const std::string& kept = decoded.document->goals->at(0).title;
  CHECK(kept.size() == 1000 + std::string("…").size());
  CHECK(kept.ends_with("…"));
  CHECK(any_contains(lines_of(decoded.diagnostics, core::Severity::warning),
                     "goals[0].title: has " + std::to_string(title.size()) +
                         " characters; the wall shows the first 1000"));
}

TEST_CASE("10 000 duplicate ids give one error each, quickly, naming both places") {
  json document = minimal_document();
  document["actions"] = json::array();
  for (int index = 0; index < 10000; ++index) {
    document["actions"].push_back(
        {{"id", "a1"}, {"what", "x"}, {"who", "y"}, {"when", "2026-12-10"}, {"status", "open"}});
  }
  std::vector<std::string> errors;
  const double seconds = seconds_for([&] { errors = errors_of(document); });
  CHECK(seconds < 5.0);
  CHECK(errors.size() == 9999);
  CHECK(errors.back() == "actions[9999].id: duplicate id \"a1\" (also at actions[0].id)");
}

TEST_CASE(
    "References are one hop (action → goal → team): ids shared across sections form no cycle") {
  // An action named like a goal, a goal named like the action it points back to
  // through an unknown field: references resolve by lookup, never by following a chain.
  json document = minimal_document();
  document["teams"] = json::array({{{"id", "g1"}, {"name", "Team g1"}}});
  document["goals"] = json::array(
      {{{"id", "a1"}, {"team", "g1"}, {"domain", "leren"}, {"title", "Doel"}, {"goal", "a1"}}});
  document["actions"] = json::array({{{"id", "g1"},
                                      {"what", "Actie"},
                                      {"who", "Leerteam"},
                                      {"when", "2026-12-10"},
                                      {"status", "open"},
                                      {"goal", "a1"}}});
  CHECK(errors_of(document).empty());
  // An action pointing at itself points at no goal.
  json self = one_action({{"goal", "a1"}});
  self["goals"] = json::array({{{"id", "g"}, {"domain", "leren"}, {"title", "Doel"}}});
  CHECK(any_contains(errors_of(self), "actions[0].goal"));
}

TEST_CASE("Impossible dates are refused by path, with what is impossible about them") {
  CHECK(errors_of(one_action({{"when", "2026-02-30"}})) ==
        std::vector<std::string>{"actions[0].when: expected a date YYYY-MM-DD, got \"2026-02-30\" "
                                 "(no such day in the calendar)"});
  CHECK(errors_of(one_action({{"when", "2026-13-01"}})) ==
        std::vector<std::string>{"actions[0].when: expected a date YYYY-MM-DD, got \"2026-13-01\" "
                                 "(no month 13; months are 01 to 12)"});
  CHECK(!errors_of(one_action({{"when", "2026-00-10"}})).empty());
  CHECK(!errors_of(one_action({{"when", "2027-02-29"}})).empty());
  CHECK(errors_of(one_action({{"when", "2028-02-29"}})).empty());
}

TEST_CASE("min_n 0 is raised to 5 with a warning: n=4 is never shown, n=5 is") {
  json document = minimal_document();
  document["privacy"] = {{"min_n", 0}};
  const auto goal = [](const std::string& id, int n) {
    return json{
        {"id", id},
        {"domain", "leren"},
        {"title", "Doel " + id},
        {"measure",
         {{"unit", "percent"}, {"baseline", 40}, {"current", 47}, {"target", 80}, {"n", n}}}};
  };
  document["goals"] = json::array({goal("vier", 4), goal("vijf", 5)});
  CHECK(any_contains(warnings_of(document), "privacy.min_n: below 5 (got 0); the wall uses 5"));
  const auto model = view_of(document);
  const auto& goals = model.goal_groups.at(0).goals;
  REQUIRE(goals.size() == 2);
  CHECK(goals[0].suppressed);
  CHECK(goals[0].current_text == "n<5");
  CHECK_FALSE(goals[0].current.has_value());
  CHECK_FALSE(goals[0].progress.has_value());
  CHECK_FALSE(goals[1].suppressed);
  CHECK(goals[1].current_text == "47%");
}

TEST_CASE("Counts are grouped by thousands the Dutch way") {
  CHECK(core::format_count(9990, core::Language::nl) == "9\u00a0990");
  CHECK(core::format_count(1234567, core::Language::en) == "1,234,567");
  CHECK(core::format_count(999, core::Language::nl) == "999");
  CHECK(core::format_count(-1000, core::Language::nl) == "-1\u00a0000");
}
