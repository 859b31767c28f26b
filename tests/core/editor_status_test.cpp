// The setup page's editor line: only when the wall reads the board on this very
// device, and then whether a password has been set.

#include "core/editor_status.hpp"

#include <doctest/doctest.h>

#include "core/config.hpp"

namespace {

hgw::core::Config parsed(const char* text) {
  const auto result = hgw::core::parse_config(text, "/boot/firmware/hgw-dashboard.conf");
  REQUIRE(result.ok());
  return *result.config;
}

}  // namespace

TEST_CASE("a wall that reads no local board has no editor to mention") {
  const auto config = parsed("[source]\nurl = https://school.example/board.json\n");
  CHECK(hgw::core::editor_status(config) == hgw::core::EditorStatus::not_here);
}

TEST_CASE("the local board without a password cannot be edited yet") {
  const auto config = parsed("[source]\nurl = http://127.0.0.1:8080/api/board\n[board]\n");
  CHECK(hgw::core::editor_status(config) == hgw::core::EditorStatus::no_password);
}

TEST_CASE("the local board with a password hash is ready") {
  const auto config = parsed(
      "[source]\nurl = http://127.0.0.1:8080/api/board\n[board]\n"
      "password_hash = "
      "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$RdescudvJCsgt3ub+b+dWRWJTmaaJObG\n");
  CHECK(hgw::core::editor_status(config) == hgw::core::EditorStatus::ready);
}

TEST_CASE("the board's own loopback port decides, also when it is moved") {
  const auto moved = parsed(
      "[source]\nurl = http://localhost:9090/api/board\n[board]\nhttp_listen = 127.0.0.1:9090\n");
  CHECK(hgw::core::editor_status(moved) == hgw::core::EditorStatus::no_password);
  const auto other_port = parsed("[source]\nurl = http://127.0.0.1:9090/api/board\n");
  CHECK(hgw::core::editor_status(other_port) == hgw::core::EditorStatus::not_here);
}
