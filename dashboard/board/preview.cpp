#include "preview.hpp"

#include <vector>

#include "core/decode_document.hpp"
#include "core/merge.hpp"
#include "core/wall_model.hpp"
#include "net/cache.hpp"
#include "platform/device_address.hpp"
#include "platform/version.hpp"
#include "ui/headless_renderer.hpp"

namespace hgw::board {

bool is_board_url(const std::string& url) {
  for (const char* prefix : {"http://127.0.0.1:", "http://localhost:", "http://[::1]:"}) {
    if (url.starts_with(prefix) && url.ends_with("/api/board")) return true;
  }
  return false;
}

std::optional<core::Document> merge_with_cached_sources(const core::Config& config,
                                                        const std::string& board_text,
                                                        const core::Instant& now) {
  core::DecodeOptions options;
  options.now = now;
  core::DecodeResult board = core::load_document(board_text, options);
  if (!board.ok()) return std::nullopt;

  const net::DocumentCache cache(config.cache_directory);
  std::vector<core::Document> documents;
  bool board_placed = false;
  for (const core::SourceConfig& source : config.sources) {
    if (is_board_url(source.url)) {
      if (!board_placed) documents.push_back(*board.document);
      board_placed = true;
      continue;
    }
    // A source the wall has not fetched yet, or whose copy no longer passes, is
    // simply absent, as it would be on the wall.
    const net::CacheRead cached = cache.read(source.url);
    if (!cached.document) continue;
    core::DecodeResult decoded = core::load_document(cached.document->text, options);
    if (decoded.ok()) documents.push_back(std::move(*decoded.document));
  }
  if (!board_placed) documents.push_back(std::move(*board.document));
  core::Diagnostics ignored;
  return core::merge_and_check(documents, ignored);
}

PreviewRenderer::PreviewRenderer(core::Config config) : config_(std::move(config)) {}
PreviewRenderer::~PreviewRenderer() = default;

PreviewResult PreviewRenderer::render(const std::string& board_text, core::Page page, int part,
                                      int width, int height, const core::Instant& now,
                                      bool parts_only) {
  PreviewResult result;
  const auto merged = merge_with_cached_sources(config_, board_text, now);
  if (!merged) {
    result.error = "the board document does not validate";
    return result;
  }
  core::WallInputs inputs;
  inputs.document = std::make_shared<const core::Document>(std::move(*merged));
  inputs.config = &config_;
  inputs.facts.config_path = config_.file;
  inputs.facts.device = platform::device_text();
  inputs.facts.version = platform::kVersion;
  inputs.facts.host_name = platform::host_name();
  inputs.facts.addresses = platform::device_addresses();
  inputs.now = now;
  const core::WallModel wall = core::build_wall_model(inputs);

  std::lock_guard lock(mutex_);
  try {
    if (!renderer_ || renderer_->width() != width || renderer_->height() != height) {
      renderer_.reset();
      renderer_ = std::make_unique<ui::HeadlessRenderer>(width, height);
    }
  } catch (const std::exception& failure) {
    result.error = failure.what();
    return result;
  }
  const ui::FrameRequest request{&wall.view, page, &wall.setup, part};
  result.parts = renderer_->part_count(request);
  if (parts_only) return result;
  if (part < 0 || part >= result.parts) {
    result.error = "the page has " + std::to_string(result.parts) + " part(s)";
    return result;
  }
  renderer_->render(request);
  result.png = renderer_->encode_png();
  if (result.png.empty()) result.error = "cannot encode the preview as PNG";
  return result;
}

}  // namespace hgw::board
