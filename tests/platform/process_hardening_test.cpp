// The kiosk and the board forbid core dumps of themselves first thing in main():
// a dump would hold the source token or the board's TLS key and sessions.
// tests/hardening/exposure_test.py checks the running kiosk from outside.

#include "platform/process_hardening.hpp"

#include <doctest/doctest.h>

using namespace hgw;

TEST_CASE("The process forbids core dumps of itself") {
  CHECK(platform::forbid_core_dumps().empty());
  CHECK_FALSE(platform::core_dumps_allowed());
}
