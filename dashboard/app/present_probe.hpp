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
                                     std::optional<core::PresentChoice> configured);

// `--version --verbose`: the path the kiosk would take here, and why.
void print_present_decision(const CommandLine& command, std::ostream& out);

}  // namespace hgw::app
