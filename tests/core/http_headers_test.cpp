#include "core/http_headers.hpp"

#include <doctest/doctest.h>

using namespace hgw;
using namespace std::chrono_literals;

TEST_CASE("http headers: Cache-Control max-age") {
  CHECK(core::parse_max_age("max-age=300") == 300s);
  CHECK(core::parse_max_age("public, MAX-AGE = 120 , must-revalidate") == 120s);
  CHECK(core::parse_max_age("max-age=\"30\"") == 30s);
  CHECK_FALSE(core::parse_max_age("max-age=abc"));
  CHECK_FALSE(core::parse_max_age("private"));
  CHECK_FALSE(core::parse_max_age(""));
  CHECK_FALSE(core::parse_max_age("no-cache, max-age=300"));
  CHECK_FALSE(core::parse_max_age("max-age=300, no-store"));
  CHECK(core::parse_max_age("max-age=99999999999999999999") == std::chrono::seconds(31536000));
}

TEST_CASE("http headers: HTTP dates both ways") {
  CHECK(core::parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT") == 784111777);
  CHECK(core::format_http_date(784111777) == "Sun, 06 Nov 1994 08:49:37 GMT");
  CHECK(core::format_http_date(0) == "Thu, 01 Jan 1970 00:00:00 GMT");
  CHECK(core::parse_http_date(core::format_http_date(1764489600)) == 1764489600);
  CHECK_FALSE(core::parse_http_date("Sunday, 06-Nov-94 08:49:37 GMT"));  // obsolete form
  CHECK_FALSE(core::parse_http_date("Sun, 31 Nov 1994 08:49:37 GMT"));
  CHECK_FALSE(core::parse_http_date("Sun, 06 Nov 1994 08:49:37 CET"));
  CHECK_FALSE(core::parse_http_date("Sun, 06 Xyz 1994 08:49:37 GMT"));
}

TEST_CASE("http headers: Retry-After as seconds or as a date") {
  const std::int64_t now = 784111777;
  CHECK(core::parse_retry_after("120", now) == 120s);
  CHECK(core::parse_retry_after(" 0 ", now) == 0s);
  CHECK(core::parse_retry_after("Sun, 06 Nov 1994 08:50:37 GMT", now) == 60s);
  CHECK(core::parse_retry_after("Sun, 06 Nov 1994 08:00:00 GMT", now) == 0s);
  CHECK_FALSE(core::parse_retry_after("-5", now));
  CHECK_FALSE(core::parse_retry_after("soon", now));
}
