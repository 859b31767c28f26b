#include "core/time_zone.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <ctime>
#include <optional>
#include <string>

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

TEST_CASE("the system zone set to Amsterdam agrees with the European rule, also after 2038") {
  // TZ for this test only, as the device's /etc/localtime would set it.
  struct AmsterdamTz {
    std::optional<std::string> before;
    AmsterdamTz() {
      if (const char* tz = std::getenv("TZ")) before = tz;
      ::setenv("TZ", "Europe/Amsterdam", 1);
      ::tzset();
    }
    ~AmsterdamTz() {
      if (before)
        ::setenv("TZ", before->c_str(), 1);
      else
        ::unsetenv("TZ");
      ::tzset();
    }
  } amsterdam_tz;
  const SystemTimeZone system;
  const EuropeanTimeZone amsterdam;
  // 2040 lies past a 32-bit time_t's end (armhf): the wall still knows summer time.
  for (const char* year_start : {"2026-01-01T00:00:00Z", "2040-01-01T00:00:00Z"}) {
    const std::int64_t start = at(year_start).unix_seconds;
    for (std::int64_t t = start; t < start + 366LL * kSecondsPerDay; t += 3 * 3600) {
      CHECK(system.offset_at(t) == amsterdam.offset_at(t));
    }
  }
  CHECK(system.offset_at(at("2040-03-25T00:59:59Z").unix_seconds) == 60);
  CHECK(system.offset_at(at("2040-03-25T01:00:00Z").unix_seconds) == 120);
  CHECK(system.offset_at(at("2040-10-28T01:00:00Z").unix_seconds) == 60);
}
