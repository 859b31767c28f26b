// When only the clock moved: the kiosk redraws the clock's pixels alone when two
// wall models differ in nothing a page draws but the header's time
// (core::same_but_clock) — and must draw the whole frame for anything else that
// the passing of a minute can change.

#include "core/wall_model.hpp"

#include <doctest/doctest.h>

#include <memory>
#include <string>

#include "core/config.hpp"
#include "core/decode_document.hpp"
#include "core/demo_school.hpp"
#include "test_documents.hpp"

namespace {

using hgw::core::build_wall_model;
using hgw::core::same_but_clock;
using hgw::core::WallInputs;
using hgw::test::at;

// The demo school's wall at `now`, its document made once for the first instant.
WallInputs demo_at(const std::string& now) {
  static const auto document = std::make_shared<const hgw::core::Document>(
      hgw::core::demo_document(at("2026-11-30T08:00:00+01:00")));
  WallInputs inputs;
  inputs.document = document;
  inputs.now = at(now);
  inputs.is_demo = true;
  return inputs;
}

}  // namespace

TEST_CASE("the next minute of the same wall differs only in its clock") {
  const auto eight = build_wall_model(demo_at("2026-11-30T08:00:00+01:00"));
  const auto past_eight = build_wall_model(demo_at("2026-11-30T08:01:00+01:00"));
  REQUIRE(eight.view.header.time_text != past_eight.view.header.time_text);
  // The document is a quarter of an hour old, then sixteen minutes: no page says so.
  REQUIRE(eight.view.freshness.age_minutes != past_eight.view.freshness.age_minutes);
  CHECK(same_but_clock(eight, past_eight));
  CHECK(same_but_clock(eight, eight));
  // And the check can say no: more than the clock.
  auto banner = past_eight;
  banner.view.problems.push_back("Server onbereikbaar sinds 08:00");
  CHECK_FALSE(same_but_clock(eight, banner));
}

TEST_CASE("midnight changes more than the clock: dates and countdowns") {
  const auto evening = build_wall_model(demo_at("2026-11-30T23:59:00+01:00"));
  const auto night = build_wall_model(demo_at("2026-12-01T00:00:00+01:00"));
  REQUIRE(evening.view.header.date_text != night.view.header.date_text);
  CHECK_FALSE(same_but_clock(evening, night));
}

TEST_CASE("a setup code running out is more than the clock") {
  const auto config =
      hgw::core::parse_config("[source]\nurl = http://127.0.0.1:8080/api/board\n[board]\n",
                              "/boot/firmware/hgw-dashboard.conf");
  REQUIRE(config.ok());
  hgw::core::FirstRunNotice notice;
  notice.setup_code = "48210937";
  notice.valid_until = at("2026-11-30T10:00:00+01:00");
  const auto setup_at = [&](const std::string& now) {
    WallInputs inputs;
    inputs.document = std::make_shared<const hgw::core::Document>(
        *hgw::core::load_document(R"({"format":"hgw-dashboard/1"})").document);
    inputs.config = &*config.config;
    inputs.facts.first_run = notice;
    inputs.now = at(now);
    return build_wall_model(inputs);
  };
  const auto before = setup_at("2026-11-30T09:58:00+01:00");
  const auto still = setup_at("2026-11-30T09:59:00+01:00");
  const auto expired = setup_at("2026-11-30T10:00:00+01:00");
  REQUIRE(before.setup.shown);
  CHECK(same_but_clock(before, still));
  REQUIRE(still.setup.setup_code_until != expired.setup.setup_code_until);
  CHECK_FALSE(same_but_clock(still, expired));
}
