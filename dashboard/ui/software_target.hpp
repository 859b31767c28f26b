#pragma once
// A surface in memory with SDL's software renderer drawing into it: the screen of
// headless renders and of the headless kiosk alike. SDL video is never started.

#include <SDL.h>

#include <cstdint>

namespace hgw::ui {

class SoftwareTarget {
 public:
  // Throws std::runtime_error naming what SDL refused.
  SoftwareTarget(int width, int height, std::uint32_t pixel_format);
  ~SoftwareTarget();
  SoftwareTarget(const SoftwareTarget&) = delete;
  SoftwareTarget& operator=(const SoftwareTarget&) = delete;

  SDL_Surface* surface() const { return surface_; }
  SDL_Renderer* renderer() const { return renderer_; }

 private:
  SDL_Surface* surface_ = nullptr;
  SDL_Renderer* renderer_ = nullptr;
};

}  // namespace hgw::ui
