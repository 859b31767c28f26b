#pragma once
// One answer from a source as the source policy (source_policy.hpp) reads it,
// whatever fetched it: libcurl for http/https, the file system for file://. net's
// FetchResponse is this plus what only the transfer knows.

#include <cstdint>
#include <string>

#include "source_state.hpp"

namespace hgw::core {

enum class AnswerOutcome { document, not_modified, failed };

struct SourceAnswer {
  AnswerOutcome outcome = AnswerOutcome::failed;
  long http_status = 0;          // 0 for file:// or no answer
  std::string body;              // only for AnswerOutcome::document
  std::uint64_t body_bytes = 0;  // as received, after decompression
  std::string etag;
  std::string last_modified;
  std::string content_type;
  std::string cache_control;
  std::string retry_after;
  FetchError error = FetchError::none;
  std::string error_detail;
};

// What the status of a completed HTTP transfer means: 200 brings `body` as the
// document, 304 says the last good one is still current, and any other status is
// a failure of its own kind (401, 403, 404/410, 5xx, the rest).
void settle_http_status(SourceAnswer& answer, std::string body);

}  // namespace hgw::core
