// The kiosk's token is blotted out of what a server echoes, in the forms a server
// echoes it in (issue 16: a JSON-escaped token reached stderr and the status file).

#include "net/token_redaction.hpp"

#include <doctest/doctest.h>

using hgw::net::redact_token;

TEST_CASE("a token is masked as written, JSON-escaped and percent-encoded") {
  const std::string token = "ab/cd+ef=";
  std::string text = "plain ab/cd+ef= json ab\\/cd+ef= upper ab%2Fcd%2Bef%3D lower ab%2fcd%2bef%3d";
  redact_token(text, token);
  CHECK(text == "plain *** json *** upper *** lower ***");
}

TEST_CASE("an empty token changes nothing") {
  std::string text = "nothing to hide";
  redact_token(text, "");
  CHECK(text == "nothing to hide");
}
