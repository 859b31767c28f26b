// The [board] section of the device config: where hgw-board listens, its password
// hash and folders. Plain HTTP may only listen on loopback.

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/config.hpp"
#include "test_documents.hpp"

using namespace hgw;
using hgw::test::errors_of;

namespace {

constexpr const char* kFile = "/boot/firmware/hgw-dashboard.conf";

core::ConfigResult parse_with_board(const std::string& board_lines) {
  return core::parse_config(
      "[source]\nurl = http://127.0.0.1:8080/api/board\n\n[board]\n" + board_lines, kFile);
}

}  // namespace

TEST_CASE(
    "without a [board] section the board listens on loopback only: 8080, 8081 for the front") {
  const auto result =
      core::parse_config("[source]\nurl = file:///boot/firmware/board.json\n", kFile);
  REQUIRE(result.ok());
  const core::BoardConfig& board = result.config->board;
  CHECK(board.listen.empty());
  CHECK(board.http_listen == std::vector<core::ListenAddress>{{"127.0.0.1", 8080}});
  CHECK(board.front_listen == std::vector<core::ListenAddress>{{"127.0.0.1", 8081}});
  CHECK(board.password_hash.empty());
  CHECK(board.data_directory == "/var/lib/hgw-board");
  CHECK(board.editor_directory == "/usr/share/hgw-dashboard/editor");
  CHECK(board.session_idle_minutes == 60);
}

TEST_CASE("every [board] key is read") {
  const auto result = parse_with_board(
      "listen = 0.0.0.0:443, [::]:8443\n"
      "http_listen = [::1]:9000\n"
      "front_listen = 127.0.0.1:9001\n"
      "password_hash = $argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA\n"
      "data_directory = /srv/board/\n"
      "editor_directory = /opt/editor\n"
      "session_minutes = 30\n");
  for (const auto& line : errors_of(result))
    FAIL_CHECK(line);
  REQUIRE(result.ok());
  const core::BoardConfig& board = result.config->board;
  CHECK(board.listen == std::vector<core::ListenAddress>{{"0.0.0.0", 443}, {"::", 8443}});
  CHECK(board.http_listen == std::vector<core::ListenAddress>{{"::1", 9000}});
  CHECK(board.front_listen == std::vector<core::ListenAddress>{{"127.0.0.1", 9001}});
  CHECK(board.password_hash == "$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA");
  CHECK(board.data_directory == "/srv/board");
  CHECK(board.editor_directory == "/opt/editor");
  CHECK(board.session_idle_minutes == 30);
}

TEST_CASE("listen = none turns a listener off") {
  const auto result = parse_with_board("listen = none\n");
  REQUIRE(result.ok());
  CHECK(result.config->board.listen.empty());
  CHECK(result.config->board.http_listen.size() == 1);
}

TEST_CASE("plain HTTP on a non-loopback address is refused, naming the line") {
  const auto result = parse_with_board("http_listen = 0.0.0.0:8080\n");
  CHECK_FALSE(result.ok());
  const auto errors = errors_of(result);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0] ==
        std::string(kFile) +
            ":5: [board] http_listen: plain HTTP only listens on loopback (127.0.0.1 or [::1]), "
            "got \"0.0.0.0\"; the school network uses HTTPS through the front (nginx)");
  // The front's listener trusts X-Real-IP: only the front on this device may reach it.
  CHECK_FALSE(parse_with_board("front_listen = 0.0.0.0:8081\n").ok());
}

TEST_CASE("a host name that merely starts with 127. is not loopback") {
  CHECK(core::is_loopback_host("127.0.0.1"));
  CHECK(core::is_loopback_host("127.1.2.3"));
  CHECK(core::is_loopback_host("::1"));
  CHECK(core::is_loopback_host("localhost"));
  CHECK_FALSE(core::is_loopback_host("127.example.org"));
  CHECK_FALSE(core::is_loopback_host("0.0.0.0"));
  CHECK_FALSE(core::is_loopback_host("::"));
  CHECK_FALSE(parse_with_board("http_listen = 127.example.org:80\n").ok());
}

TEST_CASE("bad [board] values are errors that say what was expected") {
  const auto check_error = [](const std::string& line, const std::string& expected) {
    const auto errors = errors_of(parse_with_board(line + "\n"));
    REQUIRE(errors.size() == 1);
    CHECK(errors[0] == std::string(kFile) + ":5: [board] " + expected);
  };
  check_error("listen = 8443",
              "listen: expected host:port (0.0.0.0:8443, [::]:8443) or none, got \"8443\"");
  check_error(
      "listen = 0.0.0.0:99999",
      "listen: expected host:port (0.0.0.0:8443, [::]:8443) or none, got \"0.0.0.0:99999\"");
  check_error("password_hash = geheim",
              "password_hash: expected the line `hgw-board hash-password` prints ($argon2id$…), "
              "got \"geheim\"");
  check_error("data_directory = board",
              "data_directory: expected an absolute folder, got \"board\"");
  check_error("session_minutes = 0",
              "session_minutes: expected a whole number of minutes from 1 to 1440, got \"0\"");
  check_error("port = 80",
              "port: unknown key; [board] knows listen, http_listen, front_listen, password_hash, "
              "data_directory, editor_directory, session_minutes, first_run_file");
}

TEST_CASE("listen addresses parse with and without brackets") {
  CHECK(core::parse_listen_address("127.0.0.1:0") == core::ListenAddress{"127.0.0.1", 0});
  CHECK(core::parse_listen_address("[::]:443") == core::ListenAddress{"::", 443});
  CHECK_FALSE(core::parse_listen_address(":443"));
  CHECK_FALSE(core::parse_listen_address("::1:443"));  // IPv6 needs its brackets
  CHECK_FALSE(core::parse_listen_address("[::1]443"));
  CHECK_FALSE(core::parse_listen_address("host:port"));
}

TEST_CASE("[board] first_run_file names where the board tells the wall its setup code") {
  const auto defaults = parse_with_board("");
  REQUIRE(defaults.ok());
  CHECK(defaults.config->board.first_run_file == "/run/hgw-board/first-run.json");

  const auto moved = parse_with_board("first_run_file = /run/elsewhere//first-run.json\n");
  REQUIRE(moved.ok());
  CHECK(moved.config->board.first_run_file == "/run/elsewhere/first-run.json");

  const auto relative = parse_with_board("first_run_file = first-run.json\n");
  REQUIRE_FALSE(relative.ok());
  REQUIRE(errors_of(relative).size() == 1);
  CHECK(errors_of(relative)[0].find("first_run_file: expected an absolute file name") !=
        std::string::npos);
}
