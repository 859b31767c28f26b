#pragma once
// What the machine offers for putting frames on screen (core/present_path.hpp
// decides what to do with it): a desktop session, and the DRM render nodes'
// kernel drivers.

#include <ostream>

#include "command_line.hpp"
#include "core/present_path.hpp"

namespace hgw::app {

core::PresentProbe probe_present();

// --present wins over the config's [display] present; neither means auto.
core::PresentDecision decide_present(const CommandLine& command,
                                     std::optional<core::PresentChoice> configured,
                                     const core::PresentProbe& probe);
core::PresentDecision decide_present(const CommandLine& command,
                                     std::optional<core::PresentChoice> configured);

// Whether the framebuffer path on this machine is the console's DRM screen
// (ui::open_drm_screen): no desktop, and SDL_VIDEODRIVER unset or kmsdrm (a caller
// who set another driver, such as the tests' dummy, chose SDL's).
bool presents_on_drm(const core::PresentDecision& decision, const core::PresentProbe& probe);

// `--version --verbose`: the path the kiosk would take here, and why.
void print_present_decision(const CommandLine& command, std::ostream& out);

}  // namespace hgw::app
