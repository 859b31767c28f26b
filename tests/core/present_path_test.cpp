#include "core/present_path.hpp"

#include <doctest/doctest.h>

using namespace hgw::core;

namespace {

PresentProbe desktop_with(std::vector<std::string> drivers) {
  return PresentProbe{true, std::move(drivers)};
}

PresentProbe console_with(std::vector<std::string> drivers) {
  return PresentProbe{false, std::move(drivers)};
}

}  // namespace

TEST_CASE("present: auto takes the GPU only where vc4 or v3d draws") {
  CHECK(choose_present_path(PresentChoice::automatic, desktop_with({})).path ==
        PresentPath::framebuffer);
  // Xvfb, a virtual machine, a laptop: no GL the Pi's way, so no mesa and LLVM.
  CHECK(choose_present_path(PresentChoice::automatic, desktop_with({"virtio_gpu", "vgem"})).path ==
        PresentPath::framebuffer);
  const auto pi = choose_present_path(PresentChoice::automatic, desktop_with({"vc4", "v3d"}));
  CHECK(pi.path == PresentPath::gpu);
  CHECK(pi.reason.find("vc4") != std::string::npos);
  CHECK(choose_present_path(PresentChoice::automatic, console_with({"v3d"})).path ==
        PresentPath::gpu);
}

TEST_CASE("present: gpu and framebuffer are obeyed on a desktop") {
  CHECK(choose_present_path(PresentChoice::gpu, desktop_with({})).path == PresentPath::gpu);
  CHECK(choose_present_path(PresentChoice::framebuffer, desktop_with({"v3d"})).path ==
        PresentPath::framebuffer);
}

TEST_CASE("present: a console without vc4/v3d puts frames on DRM dumb buffers, no GL") {
  // The qemu image: virtio-gpu's render node is no hardware GL (llvmpipe would draw).
  const auto qemu = choose_present_path(PresentChoice::automatic, console_with({"virtio_gpu"}));
  CHECK(qemu.path == PresentPath::framebuffer);
  CHECK(qemu.why == PresentReason::console_without_gpu);
  CHECK(qemu.reason.find("DRM dumb buffers") != std::string::npos);
  CHECK(qemu.driver.empty());
  CHECK(choose_present_path(PresentChoice::automatic, console_with({})).path ==
        PresentPath::framebuffer);
  const auto pi = choose_present_path(PresentChoice::automatic, console_with({"vgem", "v3d"}));
  CHECK(pi.path == PresentPath::gpu);
  CHECK(pi.why == PresentReason::console_with_gpu);
  CHECK(pi.driver == "v3d");
}

TEST_CASE("present: gpu and framebuffer are obeyed on a console too") {
  const auto asked = choose_present_path(PresentChoice::framebuffer, console_with({"v3d"}));
  CHECK(asked.path == PresentPath::framebuffer);
  CHECK(asked.why == PresentReason::asked);
  const auto gpu = choose_present_path(PresentChoice::gpu, console_with({"virtio_gpu"}));
  CHECK(gpu.path == PresentPath::gpu);
  CHECK(gpu.why == PresentReason::asked);
}

TEST_CASE("present: a console whose dumb buffers fail falls back to KMSDRM and says why") {
  const auto failed =
      framebuffer_failed_on_console("/dev/dri/card0: drmModeSetCrtc: Permission denied");
  CHECK(failed.path == PresentPath::gpu);
  CHECK(failed.why == PresentReason::console_framebuffer_failed);
  CHECK(failed.reason.find("drmModeSetCrtc: Permission denied") != std::string::npos);
}

TEST_CASE("present: the three words of --present and [display] present") {
  CHECK(parse_present_choice("auto") == PresentChoice::automatic);
  CHECK(parse_present_choice("gpu") == PresentChoice::gpu);
  CHECK(parse_present_choice("framebuffer") == PresentChoice::framebuffer);
  CHECK_FALSE(parse_present_choice("GPU").has_value());
  CHECK_FALSE(parse_present_choice("").has_value());
  CHECK(present_path_key(PresentPath::framebuffer) == "framebuffer");
}
