#include <SDL.h>
#include <stb_image_write.h>  // implemented in Debian's libstb.so

#include <cstring>
#include <stdexcept>
#include <string>

#include "kiosk_canvas.hpp"
#include "kiosk_screen.hpp"

namespace hgw::ui {

MemoryScreen::MemoryScreen(int width, int height, int rotation) {
  if (width <= 0 || height <= 0) throw std::runtime_error("screen size must be positive");
  surface_ = SDL_CreateRGBSurfaceWithFormat(0, width, height, 32, SDL_PIXELFORMAT_ARGB8888);
  if (surface_ == nullptr) {
    throw std::runtime_error(std::string("cannot create surface: ") + SDL_GetError());
  }
  renderer_ = SDL_CreateSoftwareRenderer(surface_);
  if (renderer_ == nullptr) {
    SDL_FreeSurface(surface_);
    throw std::runtime_error(std::string("cannot create software renderer: ") + SDL_GetError());
  }
  try {
    canvas_ = std::make_unique<KioskCanvas>(renderer_, width, height, rotation);
  } catch (...) {
    SDL_DestroyRenderer(renderer_);
    SDL_FreeSurface(surface_);
    throw;
  }
}

MemoryScreen::~MemoryScreen() {
  canvas_.reset();
  SDL_DestroyRenderer(renderer_);
  SDL_FreeSurface(surface_);
}

bool MemoryScreen::show(const FrameRequest& request, std::uint64_t key) {
  const bool drew = canvas_->show(request, key);
  // SDL batches render commands; the surface holds the frame only after a flush.
  SDL_RenderFlush(renderer_);
  return drew;
}

void MemoryScreen::show_black() {
  canvas_->show_black();
  SDL_RenderFlush(renderer_);
}

int MemoryScreen::width() const {
  return surface_->w;
}
int MemoryScreen::height() const {
  return surface_->h;
}

std::uint32_t MemoryScreen::pixel(int x, int y) const {
  std::uint32_t value = 0;
  const auto* row = static_cast<const std::uint8_t*>(surface_->pixels) + y * surface_->pitch;
  std::memcpy(&value, row + x * 4, sizeof value);
  return value;
}

bool MemoryScreen::write_png(const char* path) const {
  // PNG wants R, G, B, A in memory: convert a copy of the ARGB8888 surface.
  SDL_Surface* rgba = SDL_ConvertSurfaceFormat(surface_, SDL_PIXELFORMAT_ABGR8888, 0);
  if (rgba == nullptr) return false;
  const bool written = stbi_write_png(path, rgba->w, rgba->h, 4, rgba->pixels, rgba->pitch) != 0;
  SDL_FreeSurface(rgba);
  return written;
}

}  // namespace hgw::ui
