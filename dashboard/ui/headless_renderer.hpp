#pragma once
// Draws frames with no display at all: an SDL surface in memory, SDL's software
// renderer and the Dear ImGui SDL_Renderer backend. Used by `render`, the tests,
// and the kiosk when there is no screen. SDL's video subsystem is never started.

#include <cstdint>
#include <memory>
#include <string>

#include "fonts.hpp"
#include "frame.hpp"
#include "frame_record.hpp"
#include "software_target.hpp"

struct ImGuiContext;
struct SDL_Renderer;
struct SDL_Surface;

namespace hgw::ui {

class HeadlessRenderer {
 public:
  // Throws std::runtime_error (or FontLoadError) when SDL or the fonts fail.
  HeadlessRenderer(int width, int height);
  ~HeadlessRenderer();
  HeadlessRenderer(const HeadlessRenderer&) = delete;
  HeadlessRenderer& operator=(const HeadlessRenderer&) = delete;

  // Draws one frame into the surface; with `record`, also what it laid out.
  void render(const FrameRequest& request, FrameRecord* record = nullptr);
  // How many parts the page of `request` takes at this size (frame.hpp).
  int part_count(const FrameRequest& request) const;
  // The last frame as PNG file contents; empty when encoding fails.
  std::string encode_png() const;
  // Writes the last frame as PNG; false on failure.
  bool write_png(const std::string& path) const;

  int width() const { return width_; }
  int height() const { return height_; }
  const FontSet& fonts() const { return *fonts_; }
  // The last frame's pixel at (x, y) as 0xAABBGGRR (bytes R, G, B, A in memory).
  std::uint32_t pixel(int x, int y) const;

 private:
  int width_;
  int height_;
  ImGuiContext* imgui_ = nullptr;
  // ABGR8888 is R, G, B, A in memory on little and big endian alike: what PNG wants.
  SoftwareTarget target_;
  std::unique_ptr<FontSet> fonts_;
};

}  // namespace hgw::ui
