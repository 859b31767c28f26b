#pragma once
// Previews for the editor: a page drawn by the wall's own renderer from the board
// merged with the kiosk's other sources as it last fetched them (its cache), so
// what the kc'er sees is what the wall will show.

#include <memory>
#include <mutex>
#include <string>

#include "core/config.hpp"
#include "core/date_time.hpp"
#include "core/document.hpp"
#include "preview_cache.hpp"

namespace hgw::ui {
class HeadlessRenderer;
}

namespace hgw::board {

inline constexpr int kDefaultPreviewWidth = 1280;
inline constexpr int kDefaultPreviewHeight = 720;
inline constexpr int kMaxPreviewWidth = 3840;
inline constexpr int kMaxPreviewHeight = 2160;

struct PreviewResult {
  std::string png;
  std::string error;  // set when nothing was drawn
  int parts = 1;      // the parts the page continues over on the wall ("Acties 1/3")
  bool from_cache = false;
};

// True for a source URL that is this board service itself (loopback, /api/board).
bool is_board_url(const std::string& url);

// The documents the wall would merge, with `board_text` in the place of the
// board's own source (or last, when the config does not name it). `inputs`, when
// given, receives every text merged, in order: what a preview is drawn from.
std::optional<core::Document> merge_with_cached_sources(const core::Config& config,
                                                        const std::string& board_text,
                                                        const core::Instant& now,
                                                        std::string* inputs = nullptr);

class PreviewRenderer {
 public:
  explicit PreviewRenderer(core::Config config);
  ~PreviewRenderer();
  PreviewRenderer(const PreviewRenderer&) = delete;
  PreviewRenderer& operator=(const PreviewRenderer&) = delete;

  // One render at a time: each takes tens of milliseconds and a frame's memory.
  // The same inputs, page, part, size and minute are answered from the cache.
  // `part` counts from 0; a part past the page's last draws nothing (error set).
  // With `parts_only` only the part count is measured: no frame, no PNG (the
  // editor's HEAD request for how many parts a page has).
  PreviewResult render(const std::string& board_text, core::Page page, int part, int width,
                       int height, const core::Instant& now, bool parts_only = false);
  const PreviewCache& cache() const { return cache_; }

 private:
  core::Config config_;
  std::mutex mutex_;
  std::unique_ptr<ui::HeadlessRenderer> renderer_;  // kept while the size stays the same
  PreviewCache cache_;
};

}  // namespace hgw::board
