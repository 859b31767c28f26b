#pragma once

#include <ostream>

#include "command_line.hpp"

namespace hgw::app {

// The wall: a window (full screen with --fullscreen) turning pages every
// page_seconds; the built-in demo school when no configuration exists. With no
// display it renders every page to PNG in a folder and says where.
int run_kiosk(const CommandLine& command, std::ostream& out, std::ostream& err);

}  // namespace hgw::app
