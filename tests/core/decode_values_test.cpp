// Careless and hostile values: whatever a document says, the decoder answers with
// an error or a value, never a crash or a hang.

#include <doctest/doctest.h>

#include <string>

#include "core/json_text.hpp"
#include "test_documents.hpp"

using namespace hgw;
using namespace hgw::test;

namespace {

json goal_with_current(const json& current) {
  json document = minimal_document();
  document["goals"] =
      json::array({{{"id", "g"},
                    {"domain", "leren"},
                    {"title", "t"},
                    {"measure", {{"unit", "score"}, {"target", 1}, {"current", current}}}}});
  return document;
}

}  // namespace

TEST_CASE("numbers too large for a double are refused as text") {
  const auto result =
      core::load_document(R"({"format": "hgw-dashboard/1", "privacy": {"min_n": 1e400}})");
  CHECK_FALSE(result.ok());
  REQUIRE(result.diagnostics.entries().size() == 1);
  CHECK(result.diagnostics.entries()[0].path == "(document)");
  CHECK(result.diagnostics.entries()[0].message.find("number overflow") != std::string::npos);
}

TEST_CASE("huge integers do not wrap around") {
  auto errors = errors_of(
      json::parse(R"({"format": "hgw-dashboard/1", "privacy": {"min_n": 18446744073709551615}})"));
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].rfind("privacy.min_n: expected an integer >= 0", 0) == 0);
  errors = errors_of(json::parse(R"({"format": "hgw-dashboard/1", "privacy": {"min_n": 1e300}})"));
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].rfind("privacy.min_n:", 0) == 0);
}

TEST_CASE("very large but finite scores are numbers") {
  CHECK(errors_of(goal_with_current(1e300)).empty());
  CHECK(errors_of(goal_with_current(-1e300)).empty());
}

TEST_CASE("control characters and bidi overrides are kept as text, not interpreted") {
  json document = minimal_document();
  document["messages"] = json::array({{{"text", "Studiedag\u202e\u0007 \u0000 morgen"}}});
  const auto result = core::decode_document(document);
  CHECK(result.ok());
}

TEST_CASE("a large document of many items decodes") {
  json document = minimal_document();
  document["actions"] = json::array();
  for (int i = 0; i < 10000; ++i) {
    document["actions"].push_back({{"id", "a" + std::to_string(i)},
                                   {"what", "Actie"},
                                   {"who", "Kc'er"},
                                   {"when", "2026-12-01"}});
  }
  const auto result = core::decode_document(document);
  CHECK(result.ok());
  CHECK(result.document->actions->size() == 10000);
}

TEST_CASE("cut-off documents at every length are errors, never crashes") {
  const std::string text =
      R"({"format": "hgw-dashboard/1", "teams": [{"id": "bb", "name": "Bovenbouw",
    "cycle": {"phase": "plannen_uitvoeren", "since": "2026-11-16"}}], "actions": [{"id": "a", "what": "w",
    "who": "kc", "when": "2026-12-01"}]})";
  for (std::size_t length = 0; length < text.size(); ++length) {
    const auto result = core::load_document(text.substr(0, length));
    CHECK_FALSE(result.ok());
    CHECK(result.diagnostics.has_errors());
  }
  CHECK(core::load_document(text).ok());
}
