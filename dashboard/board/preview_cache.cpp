#include "preview_cache.hpp"

namespace hgw::board {

std::optional<CachedPreview> PreviewCache::find(const PreviewKey& key) {
  std::lock_guard lock(mutex_);
  const auto found = entries_.find(key);
  if (found == entries_.end()) return std::nullopt;
  order_.splice(order_.begin(), order_, found->second.place);
  return found->second.preview;
}

void PreviewCache::keep(const PreviewKey& key, CachedPreview preview) {
  // One frame larger than the whole budget is not kept (it would push out the rest).
  if (preview.png.size() > kMaxPreviewCacheBytes) return;
  std::lock_guard lock(mutex_);
  if (const auto found = entries_.find(key); found != entries_.end()) {
    bytes_ -= found->second.preview.png.size();
    order_.erase(found->second.place);
    entries_.erase(found);
  }
  order_.push_front(key);
  bytes_ += preview.png.size();
  entries_.emplace(key, Entry{std::move(preview), order_.begin()});
  evict_locked();
}

void PreviewCache::evict_locked() {
  while (!order_.empty() &&
         (entries_.size() > kMaxPreviewCacheEntries || bytes_ > kMaxPreviewCacheBytes)) {
    const auto oldest = entries_.find(order_.back());
    bytes_ -= oldest->second.preview.png.size();
    entries_.erase(oldest);
    order_.pop_back();
  }
}

std::size_t PreviewCache::entries() const {
  std::lock_guard lock(mutex_);
  return entries_.size();
}

std::size_t PreviewCache::bytes() const {
  std::lock_guard lock(mutex_);
  return bytes_;
}

}  // namespace hgw::board
