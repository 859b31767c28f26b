#pragma once
// The editor asks for the same previews again and again (every page after each
// save, each part, the phone and the laptop): a frame drawn once for the same
// inputs, page, part, size and minute is answered from memory. Bounded in entries
// and bytes, the least recently used going first, so a flood of distinct sizes
// costs at most kMaxPreviewCacheBytes (issue 16, "previews cached").

#include <cstddef>
#include <cstdint>
#include <list>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <tuple>

namespace hgw::board {

inline constexpr std::size_t kMaxPreviewCacheEntries = 48;
inline constexpr std::size_t kMaxPreviewCacheBytes = 16 * 1024 * 1024;

struct PreviewKey {
  std::string inputs;  // a digest of everything the frame is drawn from
  int page = 0;
  int part = 0;
  int width = 0;
  int height = 0;
  std::int64_t minute = 0;  // the clock on the preview moves once a minute
  bool parts_only = false;

  auto operator<=>(const PreviewKey&) const = default;
};

struct CachedPreview {
  std::string png;  // empty for a parts-only answer
  int parts = 1;
};

class PreviewCache {
 public:
  std::optional<CachedPreview> find(const PreviewKey& key);
  void keep(const PreviewKey& key, CachedPreview preview);
  std::size_t entries() const;
  std::size_t bytes() const;

 private:
  using Order = std::list<PreviewKey>;
  struct Entry {
    CachedPreview preview;
    Order::iterator place;
  };
  void evict_locked();

  mutable std::mutex mutex_;
  std::map<PreviewKey, Entry> entries_;
  Order order_;  // most recently used first
  std::size_t bytes_ = 0;
};

}  // namespace hgw::board
