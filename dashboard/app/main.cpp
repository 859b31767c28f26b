// hgw-dashboard: the staff-room wall. main() only dispatches; each command lives
// in its own file.

#include <iostream>
#include <string>
#include <vector>

#include "command_line.hpp"
#include "process_hardening.hpp"
#include "validate_command.hpp"
#include "version.hpp"
#ifdef HGW_WITH_UI
#include "kiosk_command.hpp"
#include "present_probe.hpp"
#include "render_command.hpp"
#endif

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
  if (const std::string problem = hgw::app::forbid_core_dumps(); !problem.empty()) {
    std::cerr << "hgw-dashboard: warning: " << problem << '\n';
  }
  switch (command.kind) {
    case hgw::app::CommandKind::help:
      std::cout << hgw::app::usage_text();
      return 0;
    case hgw::app::CommandKind::version:
      std::cout << "hgw-dashboard " << hgw::app::kVersion << '\n';
#ifdef HGW_WITH_UI
      if (command.verbose) hgw::app::print_present_decision(command, std::cout);
#endif
      return 0;
    case hgw::app::CommandKind::validate:
      return hgw::app::run_validate(command, std::cout);
#ifdef HGW_WITH_UI
    case hgw::app::CommandKind::render:
      return hgw::app::run_render(command, std::cout, std::cerr);
    case hgw::app::CommandKind::kiosk:
      return hgw::app::run_kiosk(command, std::cout, std::cerr);
#else
    case hgw::app::CommandKind::render:
    case hgw::app::CommandKind::kiosk:
      // A build without SDL and ImGui (-DHGW_BUILD_UI=OFF) can only validate.
      std::cerr << "hgw-dashboard: this build has no display support; only validate works\n";
      return 2;
#endif
  }
  return 2;
}
