#include "software_target.hpp"

#include <stdexcept>
#include <string>

namespace hgw::ui {

SoftwareTarget::SoftwareTarget(int width, int height, std::uint32_t pixel_format) {
  if (width <= 0 || height <= 0) throw std::runtime_error("screen size must be positive");
  surface_ = SDL_CreateRGBSurfaceWithFormat(0, width, height, 32, pixel_format);
  if (surface_ == nullptr) {
    throw std::runtime_error(std::string("cannot create surface: ") + SDL_GetError());
  }
  renderer_ = SDL_CreateSoftwareRenderer(surface_);
  if (renderer_ == nullptr) {
    SDL_FreeSurface(surface_);
    throw std::runtime_error(std::string("cannot create software renderer: ") + SDL_GetError());
  }
}

SoftwareTarget::~SoftwareTarget() {
  SDL_DestroyRenderer(renderer_);
  SDL_FreeSurface(surface_);
}

}  // namespace hgw::ui
