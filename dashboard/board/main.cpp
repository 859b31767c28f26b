// hgw-board: the kc'er's board service (docs/ARCHITECTURE.md, docs/board-api.md).
#include <iostream>
#include <string>
#include <vector>

#include "board_command.hpp"
#include "platform/process_hardening.hpp"

int main(int argc, char** argv) {
  // Before anything is read: the service holds the TLS key, the password hash and
  // the sessions, and hash-password reads a password; none of it belongs in a dump.
  if (const std::string problem = hgw::platform::forbid_core_dumps(); !problem.empty()) {
    std::cerr << "hgw-board: warning: " << problem << '\n';
  }
  const std::vector<std::string> arguments(argv + 1, argv + argc);
  return hgw::board::run_board_command(arguments, std::cout, std::cerr);
}
