#pragma once
// One request to a source and what came back, independent of how it was fetched
// (libcurl for http/https, the file system for file://).

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

#include "core/source_state.hpp"

namespace hgw::net {

struct FetchLimits {
  std::chrono::milliseconds connect_timeout = std::chrono::seconds(10);
  std::chrono::milliseconds total_timeout = std::chrono::seconds(60);
  // Slower than this for low_speed_time aborts: a server that trickles is as
  // good as down, and the worker has other sources to see to.
  long low_speed_bytes_per_second = 100;
  std::chrono::seconds low_speed_time = std::chrono::seconds(20);
  // A wall has no use for more; enforced while receiving, after decompression.
  std::size_t max_bytes = 4 * 1024 * 1024;
  long max_redirects = 3;
};

struct FetchRequest {
  std::string url;
  std::optional<std::string> token_file;  // read at every request, so a new token just works
  std::optional<std::string> ca_file;
  // From the last good document, for a conditional request.
  std::string etag;
  std::string last_modified;
};

enum class FetchOutcome { document, not_modified, failed };

struct FetchResponse {
  FetchOutcome outcome = FetchOutcome::failed;
  long http_status = 0;
  std::string body;                 // only for FetchOutcome::document
  std::uint64_t body_bytes = 0;     // as received, after decompression
  std::uint64_t network_bytes = 0;  // headers and body on the wire
  std::string etag;
  std::string last_modified;
  std::string content_type;
  std::string cache_control;
  std::string retry_after;
  core::FetchError error = core::FetchError::none;
  std::string error_detail;
};

}  // namespace hgw::net
