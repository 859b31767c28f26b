// Which screen the framebuffer path opens: the console's DRM dumb buffers only with
// no desktop and SDL's driver left to kmsdrm (the unit's) or unset; a caller who set
// another SDL driver (the tests' dummy) gets SDL's window path.

#include "present_probe.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <optional>
#include <string>

namespace {

// Sets SDL_VIDEODRIVER for one check and puts the earlier value back.
class VideoDriver {
 public:
  explicit VideoDriver(const char* value) {
    if (const char* earlier = std::getenv("SDL_VIDEODRIVER")) earlier_ = earlier;
    if (value != nullptr) {
      ::setenv("SDL_VIDEODRIVER", value, 1);
    } else {
      ::unsetenv("SDL_VIDEODRIVER");
    }
  }
  ~VideoDriver() {
    if (earlier_) {
      ::setenv("SDL_VIDEODRIVER", earlier_->c_str(), 1);
    } else {
      ::unsetenv("SDL_VIDEODRIVER");
    }
  }
  VideoDriver(const VideoDriver&) = delete;
  VideoDriver& operator=(const VideoDriver&) = delete;

 private:
  std::optional<std::string> earlier_;
};

}  // namespace

TEST_CASE("present probe: the console's framebuffer path is the DRM screen") {
  using hgw::core::PresentChoice;
  const hgw::core::PresentProbe console{false, {"virtio_gpu"}};
  const hgw::core::PresentProbe desktop{true, {"virtio_gpu"}};
  const auto framebuffer = hgw::core::choose_present_path(PresentChoice::automatic, console);
  {
    const VideoDriver unit("kmsdrm");
    CHECK(hgw::app::presents_on_drm(framebuffer, console));
    CHECK_FALSE(hgw::app::presents_on_drm(framebuffer, desktop));
    const auto gpu = hgw::core::choose_present_path(PresentChoice::gpu, console);
    CHECK_FALSE(hgw::app::presents_on_drm(gpu, console));
  }
  {
    const VideoDriver unset(nullptr);
    CHECK(hgw::app::presents_on_drm(framebuffer, console));
  }
  {
    const VideoDriver upper("KMSDRM");
    CHECK(hgw::app::presents_on_drm(framebuffer, console));
  }
  {
    const VideoDriver tests("dummy");
    CHECK_FALSE(hgw::app::presents_on_drm(framebuffer, console));
  }
}
