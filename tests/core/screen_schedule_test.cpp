#include "core/screen_schedule.hpp"

#include <doctest/doctest.h>

#include "test_documents.hpp"

using namespace hgw;
using namespace hgw::core;
using hgw::test::at;

namespace {

ScreenSchedule school_week() {
  ScreenSchedule schedule;
  schedule.closed.push_back({Date{2026, 12, 19}, Date{2027, 1, 3}, std::string("Kerstvakantie")});
  return schedule;
}

std::string next_change(const ScreenSchedule& schedule, const std::string& now) {
  const EuropeanTimeZone amsterdam;
  const auto change = next_screen_change(schedule, at(now), amsterdam);
  return change ? format_timestamp(amsterdam.at(change->unix_seconds)) : "never";
}

}  // namespace

TEST_CASE("on during school hours on school days, off otherwise") {
  const auto schedule = school_week();
  CHECK(screen_on_at(schedule, Date{2026, 11, 30}, TimeOfDay{8 * 60}));
  CHECK(screen_on_at(schedule, Date{2026, 11, 30}, TimeOfDay{7 * 60 + 30}));  // on at the minute
  CHECK_FALSE(
      screen_on_at(schedule, Date{2026, 11, 30}, TimeOfDay{17 * 60 + 30}));  // off at the minute
  CHECK_FALSE(screen_on_at(schedule, Date{2026, 11, 30}, TimeOfDay{7 * 60 + 29}));
  CHECK_FALSE(screen_on_at(schedule, Date{2026, 12, 5}, TimeOfDay{10 * 60}));   // Saturday
  CHECK_FALSE(screen_on_at(schedule, Date{2026, 12, 21}, TimeOfDay{10 * 60}));  // Kerstvakantie
  CHECK(screen_on_at(schedule, Date{2027, 1, 4}, TimeOfDay{10 * 60}));
  REQUIRE(closed_period_on(schedule, Date{2027, 1, 3}));
  CHECK(closed_period_on(schedule, Date{2027, 1, 3})->name == "Kerstvakantie");
}

TEST_CASE("the next edge: tonight, Monday morning, after the holiday") {
  const auto schedule = school_week();
  CHECK(next_change(schedule, "2026-11-30T08:00:00+01:00") == "2026-11-30T17:30:00+01:00");
  CHECK(next_change(schedule, "2026-11-30T17:30:00+01:00") == "2026-12-01T07:30:00+01:00");
  CHECK(next_change(schedule, "2026-12-04T18:00:00+01:00") ==
        "2026-12-07T07:30:00+01:00");  // Fri → Mon
  CHECK(next_change(schedule, "2026-12-18T17:31:00+01:00") ==
        "2027-01-04T07:30:00+01:00");  // holiday
  CHECK(next_change(schedule, "2026-11-30T06:00:00+01:00") == "2026-11-30T07:30:00+01:00");
}

TEST_CASE("daylight saving: the wall lights at 07:30 local on both sides of the change") {
  const auto schedule = school_week();
  // Friday 27 March 2026, evening (CET) → Monday 30 March 07:30 CEST.
  CHECK(next_change(schedule, "2026-03-27T18:00:00+01:00") == "2026-03-30T07:30:00+02:00");
  // Friday 23 October 2026, evening (CEST) → Monday 26 October 07:30 CET.
  CHECK(next_change(schedule, "2026-10-23T18:00:00+02:00") == "2026-10-26T07:30:00+01:00");
}

TEST_CASE("a schedule with no school days never changes") {
  ScreenSchedule never;
  never.days.clear();
  CHECK(next_change(never, "2026-11-30T08:00:00+01:00") == "never");
}

TEST_CASE("the document's schedule overrides the defaults where it speaks") {
  Schedule document;
  document.days = std::vector<Weekday>{Weekday::monday, Weekday::wednesday};
  document.off = TimeOfDay{14 * 60};
  const auto schedule = schedule_from(document);
  CHECK(schedule.days.size() == 2);
  CHECK(schedule.on == TimeOfDay{7 * 60 + 30});
  CHECK(schedule.off == TimeOfDay{14 * 60});
  CHECK_FALSE(screen_on_at(schedule, Date{2026, 12, 1}, TimeOfDay{10 * 60}));  // Tuesday
}

TEST_CASE("an evening event lights the wall outside school hours, even on a closed day") {
  auto schedule = school_week();
  schedule.events.push_back(
      {Date{2026, 12, 10}, TimeOfDay{18 * 60 + 30}, TimeOfDay{21 * 60}, std::string("Ouderavond")});
  schedule.events.push_back(
      {Date{2026, 12, 19}, TimeOfDay{10 * 60}, TimeOfDay{12 * 60}, std::string("Kerstmarkt")});
  CHECK(screen_on_at(schedule, Date{2026, 12, 10}, TimeOfDay{19 * 60}));
  CHECK_FALSE(screen_on_at(schedule, Date{2026, 12, 10}, TimeOfDay{18 * 60}));
  CHECK(screen_on_at(schedule, Date{2026, 12, 19}, TimeOfDay{11 * 60}));  // Saturday in the holiday
  CHECK(next_change(schedule, "2026-12-10T17:31:00+01:00") == "2026-12-10T18:30:00+01:00");
  CHECK(next_change(schedule, "2026-12-10T18:30:00+01:00") == "2026-12-10T21:00:00+01:00");
  CHECK(next_change(schedule, "2026-12-18T18:00:00+01:00") == "2026-12-19T10:00:00+01:00");
  CHECK(next_change(schedule, "2026-12-19T10:00:00+01:00") == "2026-12-19T12:00:00+01:00");
}

TEST_CASE("an event that overlaps school hours adds no edges inside them") {
  auto schedule = school_week();
  schedule.events.push_back(
      {Date{2026, 11, 30}, TimeOfDay{16 * 60}, TimeOfDay{19 * 60}, std::nullopt});
  CHECK(next_change(schedule, "2026-11-30T08:00:00+01:00") == "2026-11-30T19:00:00+01:00");
}
