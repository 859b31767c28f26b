// The board → wall notice of the first run (core/first_run.hpp): what hgw-board
// writes, the kiosk reads back exactly; anything else is refused with a reason.

#include "core/first_run.hpp"

#include <doctest/doctest.h>

using namespace hgw;

namespace {

core::FirstRunNotice waiting_notice() {
  core::FirstRunNotice notice;
  notice.setup_code = "48210937";
  notice.valid_until = core::parse_timestamp("2026-12-02T10:00:00+01:00");
  notice.certificate_sha256 = "AB:CD:EF";
  return notice;
}

}  // namespace

TEST_CASE("a first-run notice reads back as it was written") {
  const core::FirstRunNotice waiting = waiting_notice();
  const core::FirstRunRead read = core::parse_first_run(core::first_run_json(waiting));
  REQUIRE_MESSAGE(read.notice, read.error);
  CHECK(*read.notice == waiting);

  core::FirstRunNotice done;
  done.password_set = true;
  done.certificate_sha256 = "AB:CD:EF";
  const std::string text = core::first_run_json(done);
  CHECK(text.find("setup_code") == std::string::npos);
  const core::FirstRunRead read_done = core::parse_first_run(text);
  REQUIRE(read_done.notice);
  CHECK(*read_done.notice == done);
}

TEST_CASE("a first-run notice that is not the board's is refused with the reason") {
  const auto reason = [](const std::string& text) { return core::parse_first_run(text).error; };
  CHECK(reason("not json").find("line 1") != std::string::npos);
  CHECK(reason("[]") == "expected a JSON object");
  CHECK(reason(R"({"format":"other/1","password_set":true})").starts_with("format:"));
  CHECK(reason(R"({"format":"hgw-board-first-run/1"})").starts_with("password_set:"));
  const std::string start = R"({"format":"hgw-board-first-run/1","password_set":false,)";
  CHECK(reason(start + R"("setup_code":"1234","valid_until":"2026-12-02T10:00:00Z"})")
            .starts_with("setup_code: expected 8 digits"));
  CHECK(reason(start + R"("setup_code":"1234567x","valid_until":"2026-12-02T10:00:00Z"})")
            .starts_with("setup_code:"));
  CHECK(reason(start + R"("setup_code":"12345678"})").starts_with("valid_until:"));
  CHECK(reason(start + R"("setup_code":"12345678","valid_until":"morgen"})")
            .starts_with("valid_until:"));
  CHECK(core::parse_first_run(start +
                              R"("setup_code":"12345678","valid_until":"2026-12-02T10:00:00Z"})")
            .notice);
}

TEST_CASE("the setup code is shown in two groups of four") {
  CHECK(core::grouped_setup_code("48210937") == "4821 0937");
  CHECK(core::grouped_setup_code("123") == "123");
}
