// hgw-dashboard: the staff-room wall. main() only dispatches; each command lives
// in its own file.

#include <iostream>
#include <string>
#include <vector>

#include "command_line.hpp"
#include "summary_command.hpp"
#include "validate_command.hpp"
#include "version.hpp"

int main(int argc, char** argv) {
  const std::vector<std::string> arguments(argv + 1, argv + argc);
  const auto parsed = hgw::app::parse_command_line(arguments);
  if (!parsed.command) {
    std::cerr << "hgw-dashboard: " << parsed.error << "\n\n" << hgw::app::usage_text();
    return 2;
  }
  const auto& command = *parsed.command;
  switch (command.kind) {
    case hgw::app::CommandKind::help:
      std::cout << hgw::app::usage_text();
      return 0;
    case hgw::app::CommandKind::version:
      std::cout << "hgw-dashboard " << hgw::app::kVersion << '\n';
      return 0;
    case hgw::app::CommandKind::validate:
      return hgw::app::run_validate(command, std::cout);
    case hgw::app::CommandKind::kiosk:
      return hgw::app::run_summary(command, std::cout, std::cerr);
  }
  return 2;
}
