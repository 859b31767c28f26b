#pragma once

#include <ostream>

#include "command_line.hpp"

namespace hgw::app {

// Until the pages are drawn (SDL + ImGui), the kiosk prints the view model of the
// built-in demo school as text: the same content the wall will show.
int run_summary(const CommandLine& command, std::ostream& out, std::ostream& err);

}  // namespace hgw::app
