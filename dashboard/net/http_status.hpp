#pragma once
// What the status of a completed HTTP transfer means, apart from libcurl so it is
// tested and fuzzed on its own (fuzz/fuzz_http_response.cpp).

#include <string>

#include "fetch_types.hpp"

namespace hgw::net {

// 200 brings `body` as the document, 304 says the last good one is still current,
// and any other status is a failure of its own kind (401, 403, 404/410, 5xx, the rest).
void settle_http_status(FetchResponse& response, std::string body);

}  // namespace hgw::net
