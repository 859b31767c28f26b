#pragma once
// A server may echo the token back — in an error document, a header, a redirect.
// Whatever the fetcher hands on ends up in validation messages, the log, the status
// file and the banner, so the token is blotted out of it where it is known: as
// written, JSON-escaped (`/` as `\/`, as PHP's json_encode writes it) and
// percent-encoded (as in a query string), in either case of hex digits.

#include <string>

namespace hgw::net {

void redact_token(std::string& text, const std::string& token);

}  // namespace hgw::net
