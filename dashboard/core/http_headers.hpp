#pragma once
// The few HTTP header values the fetch policy reads, parsed without a network
// library so the rules are unit-tested in core (RFC 9110, RFC 9111).

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace hgw::core {

// `Cache-Control: max-age=N` → N seconds. nullopt when absent or malformed.
// no-cache / no-store say "do not reuse": they give no lower bound either.
std::optional<std::chrono::seconds> parse_max_age(std::string_view cache_control);

// `Retry-After`: delta-seconds or an HTTP date (then counted from `now_unix`).
// A date in the past means "now" (0 seconds).
std::optional<std::chrono::seconds> parse_retry_after(std::string_view value,
                                                      std::int64_t now_unix);

// IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"), the only form senders may use.
std::optional<std::int64_t> parse_http_date(std::string_view text);
std::string format_http_date(std::int64_t unix_seconds);

}  // namespace hgw::core
