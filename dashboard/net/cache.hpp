#pragma once
// The last good document of every source, on disk (docs/ARCHITECTURE.md, "From a source to a
// pixel"): read at start-up so the wall shows data before the network is up, written after every
// new good document. A cache file is only a copy: when it is unreadable or corrupt it is ignored
// with a warning, never trusted, never fatal.

#include <optional>
#include <string>

#include "core/date_time.hpp"

namespace hgw::net {

struct CachedDocument {
  std::string url;
  std::string text;  // the document exactly as received
  std::string etag;
  std::string last_modified;
  std::optional<core::Instant> fetched_at;
};

struct CacheRead {
  std::optional<CachedDocument> document;
  std::string warning;  // set when a cache file exists but cannot be used
};

class DocumentCache {
 public:
  explicit DocumentCache(std::string directory) : directory_(std::move(directory)) {}

  // One file per source URL, so reordering sources in the config keeps the cache.
  std::string file_for(const std::string& url) const;

  // The cached copy for `url`, not yet validated: the caller validates it like any
  // download, because the kiosk may have been updated to stricter rules since.
  CacheRead read(const std::string& url) const;
  // Returns an empty string on success, else what went wrong.
  std::string write(const CachedDocument& document) const;

 private:
  std::string directory_;
};

}  // namespace hgw::net
