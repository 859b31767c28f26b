#pragma once

#include <ostream>

#include "command_line.hpp"

namespace hgw::app {

// Checks every input, then their merge; prints one line per error or warning.
// Returns the process exit code: 0 valid, 1 when any document has errors.
int run_validate(const CommandLine& command, std::ostream& out);

}  // namespace hgw::app
