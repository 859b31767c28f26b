#pragma once
// Fetches one source: http(s) through libcurl, file:// from the file system.
// One Fetcher per source, used by one thread at a time; it keeps its connection
// open between polls when the server allows, so an unchanged source costs a
// small conditional request and a 304.

#include <atomic>
#include <memory>

#include "fetch_types.hpp"

namespace hgw::net {

class Fetcher {
 public:
  explicit Fetcher(FetchLimits limits = {});
  ~Fetcher();
  Fetcher(const Fetcher&) = delete;
  Fetcher& operator=(const Fetcher&) = delete;

  // Blocks until the answer, a failure, or cancel(). Never throws.
  FetchResponse fetch(const FetchRequest& request);

  // From any thread: ends the transfer in progress at once and fails every later
  // one. The poller calls it on stop(), so it never waits out a slow server.
  void cancel();

 private:
  struct Curl;
  FetchLimits limits_;
  std::unique_ptr<Curl> curl_;
  std::atomic<bool> cancelled_{false};
};

}  // namespace hgw::net
