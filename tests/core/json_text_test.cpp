#include "core/json_text.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace hgw::core;

TEST_CASE("bad JSON is reported with line and column") {
  const auto result = parse_json_text("{\n  \"format\": \"hgw-dashboard/1\",\n  \"teams\": [ }\n}");
  REQUIRE_FALSE(result.value);
  CHECK(result.error.find("line 3, column 14") == 0);
  CHECK(result.error.find("unexpected '}'") != std::string::npos);
}

TEST_CASE("columns count characters, not bytes") {
  const auto result = parse_json_text("{\"t\": \"ëë\", x}");
  REQUIRE_FALSE(result.value);
  CHECK(result.error.find("line 1, column 13") == 0);
}

TEST_CASE("truncated and empty texts are errors, not crashes") {
  CHECK_FALSE(parse_json_text("").value);
  CHECK_FALSE(parse_json_text("{\"format\": \"hgw-da").value);
  CHECK_FALSE(parse_json_text("{\"a\": 1} trailing").value);
}

TEST_CASE("invalid UTF-8 is refused") {
  const auto result = parse_json_text("{\"text\": \"\xff\xfe\"}");
  REQUIRE_FALSE(result.value);
  CHECK(result.error.find("UTF-8") != std::string::npos);
}

TEST_CASE("deep nesting is refused before it can exhaust the stack") {
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  const auto result = parse_json_text(deep);
  REQUIRE_FALSE(result.value);
  CHECK(result.error.find("nested deeper than") != std::string::npos);
  const std::string fine =
      std::string(kMaxJsonDepth - 1, '[') + std::string(kMaxJsonDepth - 1, ']');
  CHECK(parse_json_text(fine).value);
}
