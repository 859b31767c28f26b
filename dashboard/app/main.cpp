// hgw-dashboard: the staff-room wall. main() only dispatches; each command lives
// in its own file.

#include <iostream>
#include <string>
#include <vector>

#include "command_line.hpp"
#include "kiosk_command.hpp"
#include "platform/process_hardening.hpp"
#include "platform/version.hpp"
#include "present_probe.hpp"
#include "render_command.hpp"
#include "validate_command.hpp"

int main(int argc, char** argv) {
  const std::vector<std::string> arguments(argv + 1, argv + argc);
  const auto parsed = hgw::app::parse_command_line(arguments);
  if (!parsed.command) {
    std::cerr << "hgw-dashboard: " << parsed.error << "\n\n" << hgw::app::usage_text();
    return 2;
  }
  const auto& command = *parsed.command;
  // Before any token is read: every command may read one (validate and render
  // with --config, the kiosk always), and none needs a core dump.
  if (const std::string problem = hgw::platform::forbid_core_dumps(); !problem.empty()) {
    std::cerr << "hgw-dashboard: warning: " << problem << '\n';
  }
  switch (command.kind) {
    case hgw::app::CommandKind::help:
      std::cout << hgw::app::usage_text();
      return 0;
    case hgw::app::CommandKind::version:
      std::cout << "hgw-dashboard " << hgw::platform::kVersion << '\n';
      if (command.verbose) hgw::app::print_present_decision(command, std::cout);
      return 0;
    case hgw::app::CommandKind::validate:
      return hgw::app::run_validate(command, std::cout);
    case hgw::app::CommandKind::render:
      return hgw::app::run_render(command, std::cout, std::cerr);
    case hgw::app::CommandKind::kiosk:
      return hgw::app::run_kiosk(command, std::cout, std::cerr);
  }
  return 2;
}
