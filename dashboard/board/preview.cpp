#include "preview.hpp"

#include <sodium.h>

#include <vector>

#include "core/decode_document.hpp"
#include "core/merge.hpp"
#include "core/wall_model.hpp"
#include "net/cache.hpp"
#include "platform/device_address.hpp"
#include "platform/version.hpp"
#include "ui/headless_renderer.hpp"

namespace hgw::board {
namespace {

// BLAKE2b of what a preview is drawn from: the key stays 32 bytes however large
// the documents are.
std::string digest_of(const std::string& inputs) {
  std::string digest(crypto_generichash_BYTES, '\0');
  crypto_generichash(reinterpret_cast<unsigned char*>(digest.data()), digest.size(),
                     reinterpret_cast<const unsigned char*>(inputs.data()), inputs.size(), nullptr,
                     0);
  return digest;
}

}  // namespace

bool is_board_url(const std::string& url) {
  for (const char* prefix : {"http://127.0.0.1:", "http://localhost:", "http://[::1]:"}) {
    if (url.starts_with(prefix) && url.ends_with("/api/board")) return true;
  }
  return false;
}

std::optional<core::Document> merge_with_cached_sources(const core::Config& config,
                                                        const std::string& board_text,
                                                        const core::Instant& now,
                                                        std::string* inputs) {
  // Each text with its length first, so two different splits cannot read the same.
  const auto note_input = [inputs](const std::string& text) {
    if (inputs) *inputs += std::to_string(text.size()) + ":" + text;
  };
  core::DecodeOptions options;
  options.now = now;
  core::DecodeResult board = core::load_document(board_text, options);
  if (!board.ok()) return std::nullopt;

  const net::DocumentCache cache(config.cache_directory);
  std::vector<core::Document> documents;
  bool board_placed = false;
  for (const core::SourceConfig& source : config.sources) {
    if (is_board_url(source.url)) {
      if (!board_placed) {
        documents.push_back(*board.document);
        note_input(board_text);
      }
      board_placed = true;
      continue;
    }
    // A source the wall has not fetched yet, or whose copy no longer passes, is
    // simply absent, as it would be on the wall.
    const net::CacheRead cached = cache.read(source.url);
    if (!cached.document) continue;
    core::DecodeResult decoded = core::load_document(cached.document->text, options);
    if (decoded.ok()) {
      documents.push_back(std::move(*decoded.document));
      note_input(cached.document->text);
    }
  }
  if (!board_placed) {
    documents.push_back(std::move(*board.document));
    note_input(board_text);
  }
  core::Diagnostics ignored;
  return core::merge_and_check(documents, ignored);
}

PreviewRenderer::PreviewRenderer(core::Config config) : config_(std::move(config)) {}
PreviewRenderer::~PreviewRenderer() = default;

PreviewResult PreviewRenderer::render(const std::string& board_text, core::Page page, int part,
                                      int width, int height, const core::Instant& now,
                                      bool parts_only) {
  PreviewResult result;
  std::string inputs;
  const auto merged = merge_with_cached_sources(config_, board_text, now, &inputs);
  if (!merged) {
    result.error = "the board document does not validate";
    return result;
  }
  core::WallInputs wall_inputs;
  wall_inputs.document = std::make_shared<const core::Document>(std::move(*merged));
  wall_inputs.config = &config_;
  wall_inputs.facts.config_path = config_.file;
  wall_inputs.facts.device = platform::device_text();
  wall_inputs.facts.version = platform::kVersion;
  wall_inputs.facts.host_name = platform::host_name();
  wall_inputs.facts.addresses = platform::device_addresses();
  wall_inputs.now = now;

  // The device's facts are on the setup page, the offset on the clock.
  inputs += wall_inputs.facts.device + '\n' + std::to_string(now.utc_offset_minutes);
  const PreviewKey key{
      digest_of(inputs), static_cast<int>(page), part, width, height, now.unix_seconds / 60,
      parts_only};
  if (const auto cached = cache_.find(key)) {
    result.parts = cached->parts;
    result.png = cached->png;
    result.from_cache = true;
    if (!parts_only && result.png.empty())
      result.error = "the page has " + std::to_string(result.parts) + " part(s)";
    return result;
  }
  const core::WallModel wall = core::build_wall_model(wall_inputs);

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
  if (parts_only) {
    cache_.keep(key, {"", result.parts});
    return result;
  }
  if (part < 0 || part >= result.parts) {
    result.error = "the page has " + std::to_string(result.parts) + " part(s)";
    cache_.keep(key, {"", result.parts});
    return result;
  }
  renderer_->render(request);
  result.png = renderer_->encode_png();
  if (result.png.empty()) {
    result.error = "cannot encode the preview as PNG";
    return result;
  }
  cache_.keep(key, {result.png, result.parts});
  return result;
}

}  // namespace hgw::board
