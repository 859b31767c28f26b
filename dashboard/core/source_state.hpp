#pragma once
// What the kiosk knows about one source: when it last asked, what came back, and
// — when it fails — why, in words a kc'er can act on (docs/ARCHITECTURE.md, "From a source to a
// pixel"). The token is never part of it: the state goes to the screen and the status file.

#include <cstdint>
#include <optional>
#include <string>

#include "date_time.hpp"
#include "document.hpp"

namespace hgw::core {

// Why the last attempt failed. Each kind has its own advice in source_problem_text.
enum class FetchError {
  none,
  unreachable,         // no connection: DNS, refused, no route
  timeout,             // connected, but too slow or never finished
  tls_untrusted,       // certificate from a CA we do not trust
  tls_expired,         // certificate expired or not yet valid
  tls_wrong_host,      // certificate for another name
  tls_other,           // handshake failed otherwise
  ca_file,             // the configured ca_file cannot be used
  token_file,          // the token file is missing, unreadable or not private
  unauthorized,        // 401
  forbidden,           // 403
  not_found,           // 404 (or a file:// path that does not exist)
  server_error,        // 5xx
  http_error,          // any other status ≥ 400
  too_many_redirects,  // redirect loop or too long a chain
  too_large,           // above the size cap
  truncated,           // the body ended before its announced length
  not_json,            // an HTML page, a login portal, text
  invalid_document,    // JSON, but validation found errors
  unsupported_format,  // an unknown major format
  other,
};

std::string_view fetch_error_key(FetchError error);  // "tls_expired", for the status file

// The URL as it may be shown and logged: "https://user:secret@host/x" → "https://***@host/x".
// Tokens belong in token_file; this guards against one pasted into the URL anyway.
std::string url_without_credentials(std::string_view url);

struct SourceState {
  std::string url;
  std::optional<Instant> last_try;
  std::optional<Instant> last_success;  // the last 200 with a valid document, or 304
  std::optional<Instant> last_change;   // when the document last changed
  long http_status = 0;                 // of the last attempt; 0 for file:// or no answer
  std::string etag;                     // of the last good document
  std::string last_modified;            // idem
  std::uint64_t bytes = 0;              // body bytes received by the last attempt
  FetchError error = FetchError::none;
  // Details for the log and the status file: a curl message, the first validation
  // error with its path, the HTTP status text. Never the token.
  std::string error_detail;
  std::optional<Instant> failing_since;
  int consecutive_failures = 0;
  // The last good document: whether there is one, from when, and where it came from.
  bool has_document = false;
  bool document_from_cache = false;
  std::optional<Instant> data_generated_at;  // the document's generated_at
  std::int64_t next_interval_ms = 0;         // the wait chosen after the last attempt

  bool failing() const { return error != FetchError::none; }
};

// The banner line for a failing source, e.g. "Token geweigerd (401) — controleer
// token_file", "Server onbereikbaar sinds 08:12 — gegevens van 07:45". Empty when
// the source is fine. `now` decides whether times need a date with them.
std::string source_problem_text(const SourceState& state, Language language, const Instant& now);

}  // namespace hgw::core
