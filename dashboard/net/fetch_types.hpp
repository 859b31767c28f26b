#pragma once
// One request to a source and what came back, independent of how it was fetched
// (libcurl for http/https, the file system for file://).

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

#include "core/source_answer.hpp"
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

using FetchOutcome = core::AnswerOutcome;

// What the source policy reads (core::SourceAnswer) and what only the transfer knows.
struct FetchResponse : core::SourceAnswer {
  std::uint64_t network_bytes = 0;  // headers and body on the wire
};

}  // namespace hgw::net
