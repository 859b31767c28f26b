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

TEST_CASE("present: a console has only the GPU path, and says why") {
  const auto asked = choose_present_path(PresentChoice::framebuffer, console_with({}));
  CHECK(asked.path == PresentPath::gpu);
  CHECK(asked.reason.find("console") != std::string::npos);
  const auto qemu = choose_present_path(PresentChoice::automatic, console_with({"virtio_gpu"}));
  CHECK(qemu.path == PresentPath::gpu);
  CHECK_FALSE(qemu.reason.empty());
}

TEST_CASE("present: the three words of --present and [display] present") {
  CHECK(parse_present_choice("auto") == PresentChoice::automatic);
  CHECK(parse_present_choice("gpu") == PresentChoice::gpu);
  CHECK(parse_present_choice("framebuffer") == PresentChoice::framebuffer);
  CHECK_FALSE(parse_present_choice("GPU").has_value());
  CHECK_FALSE(parse_present_choice("").has_value());
  CHECK(present_path_key(PresentPath::framebuffer) == "framebuffer");
}
