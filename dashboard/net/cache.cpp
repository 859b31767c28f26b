#include "cache.hpp"

#include <cstdint>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "platform/atomic_file.hpp"
#include "platform/bounded_read.hpp"

namespace hgw::net {
namespace {

constexpr int kCacheFormat = 1;
// A cache file can hold at most a document the fetcher accepted, plus its envelope.
constexpr std::size_t kMaxCacheFileBytes = 40 * 1024 * 1024;

std::string fnv1a_hex(const std::string& text) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  for (unsigned char byte : text) {
    hash ^= byte;
    hash *= 0x100000001b3ULL;
  }
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
  return hex;
}

}  // namespace

std::string DocumentCache::file_for(const std::string& url) const {
  return directory_ + "/source-" + fnv1a_hex(url) + ".json";
}

CacheRead DocumentCache::read(const std::string& url) const {
  CacheRead result;
  const std::string path = file_for(url);
  const platform::FileRead read = platform::read_file_bounded(path, kMaxCacheFileBytes);
  if (read.outcome == platform::FileRead::Outcome::cannot_open) return result;  // no cache yet
  if (read.outcome == platform::FileRead::Outcome::too_large) {
    result.warning = "cache file " + path + " is too large; ignored";
    return result;
  }
  if (!read.ok()) {
    result.warning = "cache file " + path + " cannot be read (" + read.reason + "); ignored";
    return result;
  }
  const auto envelope = nlohmann::json::parse(read.text, nullptr, false);
  if (envelope.is_discarded() || !envelope.is_object()) {
    result.warning = "cache file " + path + " is not valid JSON; ignored";
    return result;
  }
  const auto text_of = [&](const char* key) -> std::optional<std::string> {
    const auto found = envelope.find(key);
    if (found == envelope.end() || !found->is_string()) return std::nullopt;
    return found->get<std::string>();
  };
  const auto format = envelope.find("cache_format");
  const auto cached_url = text_of("url");
  const auto document = text_of("document");
  if (format == envelope.end() || *format != kCacheFormat || !cached_url || !document) {
    result.warning = "cache file " + path + " is not a cache file this kiosk wrote; ignored";
    return result;
  }
  if (*cached_url != url) return result;  // a hash collision: not ours
  CachedDocument cached;
  cached.url = *cached_url;
  cached.text = *document;
  cached.etag = text_of("etag").value_or("");
  cached.last_modified = text_of("last_modified").value_or("");
  if (auto fetched = text_of("fetched_at")) cached.fetched_at = core::parse_timestamp(*fetched);
  result.document = std::move(cached);
  return result;
}

std::string DocumentCache::write(const CachedDocument& document) const {
  nlohmann::json envelope{{"cache_format", kCacheFormat},
                          {"url", document.url},
                          {"etag", document.etag},
                          {"last_modified", document.last_modified},
                          {"document", document.text}};
  if (document.fetched_at) envelope["fetched_at"] = core::format_timestamp(*document.fetched_at);
  // Replace invalid UTF-8 rather than throw: the document was validated, but its
  // bytes are still the server's.
  return platform::write_file_atomically(
      file_for(document.url),
      envelope.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n", 0640);
}

}  // namespace hgw::net
