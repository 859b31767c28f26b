#pragma once
// hgw-board's command line: the service itself, and `hash-password`.

#include <ostream>
#include <string>
#include <vector>

namespace hgw::board {

// Returns the process exit code.
int run_board_command(const std::vector<std::string>& arguments, std::ostream& out,
                      std::ostream& err);

}  // namespace hgw::board
