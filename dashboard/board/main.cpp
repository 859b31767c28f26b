// hgw-board: the kc'er's board service (DESIGN §2, docs/board-api.md).
#include <iostream>
#include <string>
#include <vector>

#include "board_command.hpp"

int main(int argc, char** argv) {
  const std::vector<std::string> arguments(argv + 1, argv + argc);
  return hgw::board::run_board_command(arguments, std::cout, std::cerr);
}
