#include "core/merge.hpp"

#include <doctest/doctest.h>

#include "test_documents.hpp"

using namespace hgw;
using namespace hgw::test;

TEST_CASE("merge: for each section the last source that has it wins, whole") {
  json api = minimal_document();
  api["goals"] =
      json::array({{{"id", "g1"}, {"domain", "leren"}, {"title", "Van de API"}, {"team", "bb"}}});
  api["messages"] = json::array({{{"text", "API-bericht"}}});
  api["school"] = {{"name", "Uit de API"}};
  json board = minimal_document();
  board["teams"] = json::array({{{"id", "bb"}, {"name", "Bovenbouw"}}});
  board["messages"] = json::array({{{"text", "Bord 1"}}, {{"text", "Bord 2"}}});

  const std::vector<core::Document> sources{valid_document(api), valid_document(board)};
  core::Diagnostics diagnostics;
  const core::Document merged = core::merge_and_check(sources, diagnostics);
  CHECK(diagnostics.empty());
  REQUIRE(merged.goals);
  CHECK(merged.goals->at(0).title == "Van de API");
  REQUIRE(merged.messages);
  CHECK(merged.messages->size() == 2);  // not three: sections are not merged deeply
  CHECK(merged.messages->at(0).text == "Bord 1");
  CHECK(merged.school->name == "Uit de API");
  CHECK(merged.teams->size() == 1);

  const std::vector<core::Document> reversed{valid_document(board), valid_document(api)};
  CHECK(core::merge_documents(reversed).messages->at(0).text == "API-bericht");
}

TEST_CASE("merge: a reference that still does not resolve is a warning, shown as school-wide") {
  json api = minimal_document();
  api["goals"] =
      json::array({{{"id", "g1"}, {"domain", "leren"}, {"title", "Doel"}, {"team", "onbekend"}}});
  json board = minimal_document();
  board["teams"] = json::array({{{"id", "bb"}, {"name", "Bovenbouw"}}});
  board["actions"] = json::array(
      {{{"id", "a"}, {"what", "w"}, {"who", "kc"}, {"when", "2026-12-01"}, {"goal", "g9"}}});
  const std::vector<core::Document> sources{valid_document(api), valid_document(board)};
  core::Diagnostics diagnostics;
  const core::Document merged = core::merge_and_check(sources, diagnostics);
  CHECK_FALSE(diagnostics.has_errors());
  const auto warnings = lines_of(diagnostics, core::Severity::warning);
  CHECK(warnings == std::vector<std::string>{
                        "goals[0].team: no teams entry with id \"onbekend\"; shown as school-wide",
                        "actions[0].goal: no goals entry with id \"g9\"; shown as school-wide"});
  const auto model = core::build_view_model(merged, at("2026-11-30T08:00:00+01:00"), {});
  CHECK(model.goal_groups.at(0).goals.at(0).team_label == "Hele school");
}

TEST_CASE("merge: a team filter naming a team no source has is a warning") {
  json board = minimal_document();
  board["display"] = {{"teams", {"bb"}}};
  json api = minimal_document();
  api["teams"] = json::array({{{"id", "ob"}, {"name", "Onderbouw"}}});
  const std::vector<core::Document> sources{valid_document(api), valid_document(board)};
  core::Diagnostics diagnostics;
  core::merge_and_check(sources, diagnostics);
  CHECK(
      lines_of(diagnostics, core::Severity::warning) ==
      std::vector<std::string>{"display.teams[0]: no team with id \"bb\"; ignored in the filter"});
}

TEST_CASE("merge: the data is as old as the oldest source") {
  json a = minimal_document();
  a["generated_at"] = "2026-11-30T07:45:00+01:00";
  json b = minimal_document();
  b["generated_at"] = "2026-11-29T16:00:00+01:00";
  json c = minimal_document();
  const std::vector<core::Document> sources{valid_document(a), valid_document(b),
                                            valid_document(c)};
  CHECK(core::format_timestamp(*core::merge_documents(sources).generated_at) ==
        "2026-11-29T16:00:00+01:00");
}

TEST_CASE("merge of nothing and of one") {
  CHECK_FALSE(core::merge_documents({}).goals);
  json one = minimal_document();
  one["positives"] = json::array({{{"text", "Goed"}}});
  const std::vector<core::Document> sources{valid_document(one)};
  CHECK(core::merge_documents(sources).positives->size() == 1);
}
