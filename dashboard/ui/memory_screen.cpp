#include <SDL.h>
#include <stb_image_write.h>  // implemented in Debian's libstb.so

#include <cstring>
#include <stdexcept>
#include <string>

#include "kiosk_canvas.hpp"
#include "kiosk_screen.hpp"

namespace hgw::ui {

MemoryScreen::MemoryScreen(int width, int height, int rotation)
    : target_(width, height, SDL_PIXELFORMAT_ARGB8888),
      canvas_(std::make_unique<KioskCanvas>(target_.renderer(), width, height, rotation)) {}

MemoryScreen::~MemoryScreen() = default;

bool MemoryScreen::show(const FrameRequest& request, std::uint64_t key) {
  return show_frame(request, FrameKey{key, 0}).change != FrameChange::none;
}

FrameUpdate MemoryScreen::show_frame(const FrameRequest& request, const FrameKey& key) {
  const FrameUpdate update = canvas_->show(request, key);
  // SDL batches render commands; the surface holds the frame only after a flush.
  SDL_RenderFlush(target_.renderer());
  return update;
}

int MemoryScreen::part_count(const FrameRequest& request) const {
  return canvas_->part_count(request);
}

void MemoryScreen::show_black() {
  canvas_->show_black();
  SDL_RenderFlush(target_.renderer());
}

int MemoryScreen::width() const {
  return target_.surface()->w;
}
int MemoryScreen::height() const {
  return target_.surface()->h;
}

std::uint32_t MemoryScreen::pixel(int x, int y) const {
  std::uint32_t value = 0;
  const auto* row =
      static_cast<const std::uint8_t*>(target_.surface()->pixels) + y * target_.surface()->pitch;
  std::memcpy(&value, row + x * 4, sizeof value);
  return value;
}

bool MemoryScreen::write_png(const char* path) const {
  // PNG wants R, G, B, A in memory: convert a copy of the ARGB8888 surface.
  SDL_Surface* rgba = SDL_ConvertSurfaceFormat(target_.surface(), SDL_PIXELFORMAT_ABGR8888, 0);
  if (rgba == nullptr) return false;
  const bool written = stbi_write_png(path, rgba->w, rgba->h, 4, rgba->pixels, rgba->pitch) != 0;
  SDL_FreeSurface(rgba);
  return written;
}

}  // namespace hgw::ui
