#include "core/time_zone.hpp"

#include <doctest/doctest.h>

#include "test_documents.hpp"

using namespace hgw;
using namespace hgw::core;
using hgw::test::at;

TEST_CASE("Europe/Amsterdam: CET in winter, CEST in summer, switching at 01:00 UTC") {
  const EuropeanTimeZone amsterdam;
  CHECK(amsterdam.offset_at(at("2026-11-30T08:00:00Z").unix_seconds) == 60);
  CHECK(amsterdam.offset_at(at("2026-06-30T08:00:00Z").unix_seconds) == 120);
  // 2026: summer time from Sunday 29 March to Sunday 25 October.
  CHECK(amsterdam.offset_at(at("2026-03-29T00:59:59Z").unix_seconds) == 60);
  CHECK(amsterdam.offset_at(at("2026-03-29T01:00:00Z").unix_seconds) == 120);
  CHECK(amsterdam.offset_at(at("2026-10-25T00:59:59Z").unix_seconds) == 120);
  CHECK(amsterdam.offset_at(at("2026-10-25T01:00:00Z").unix_seconds) == 60);
  // 2027: 28 March and 31 October.
  CHECK(amsterdam.offset_at(at("2027-03-28T01:00:00Z").unix_seconds) == 120);
  CHECK(amsterdam.offset_at(at("2027-10-31T00:30:00Z").unix_seconds) == 120);
  CHECK(amsterdam.offset_at(at("2027-10-31T01:30:00Z").unix_seconds) == 60);
}

TEST_CASE("local times map to the instant of that day's offset") {
  const EuropeanTimeZone amsterdam;
  CHECK(amsterdam.from_local(Date{2026, 11, 30}, TimeOfDay{7 * 60 + 30}) ==
        at("2026-11-30T06:30:00Z"));
  CHECK(amsterdam.from_local(Date{2026, 6, 30}, TimeOfDay{7 * 60 + 30}) ==
        at("2026-06-30T05:30:00Z"));
  // The Monday after the spring change: 07:30 is already summer time.
  CHECK(amsterdam.from_local(Date{2026, 3, 30}, TimeOfDay{7 * 60 + 30}) ==
        at("2026-03-30T05:30:00Z"));
  CHECK(amsterdam.from_local(Date{2026, 3, 30}, TimeOfDay{7 * 60 + 30}).utc_offset_minutes == 120);
  // 02:30 on 29 March does not exist; 02:30 on 25 October happens twice (first one wins).
  CHECK(amsterdam.from_local(Date{2026, 3, 29}, TimeOfDay{2 * 60 + 30}) ==
        at("2026-03-29T01:30:00Z"));
  CHECK(amsterdam.from_local(Date{2026, 10, 25}, TimeOfDay{2 * 60 + 30}) ==
        at("2026-10-25T00:30:00Z"));
}

TEST_CASE("the system zone agrees with the European rule when TZ is Amsterdam's") {
  // Only meaningful where the machine is set to Amsterdam; elsewhere it checks nothing wrong.
  const SystemTimeZone system;
  const EuropeanTimeZone amsterdam;
  const auto winter = at("2026-01-15T12:00:00Z").unix_seconds;
  const auto summer = at("2026-07-15T12:00:00Z").unix_seconds;
  if (system.offset_at(winter) == 60 && system.offset_at(summer) == 120) {
    for (std::int64_t t = winter; t < winter + 366LL * 86400; t += 3 * 3600) {
      CHECK(system.offset_at(t) == amsterdam.offset_at(t));
    }
  }
}
