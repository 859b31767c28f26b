#pragma once
// The command line of `hgw-dashboard` (DESIGN §4), parsed into one value. Usage
// errors say what was wrong; main() turns them into exit code 2.

#include <optional>
#include <string>
#include <vector>

#include "core/date_time.hpp"
#include "core/document.hpp"

namespace hgw::app {

enum class CommandKind { kiosk, validate, help, version };

struct CommandLine {
  CommandKind kind = CommandKind::kiosk;
  std::vector<std::string> inputs;  // files (or URLs) for validate
  std::optional<std::string> config_path;
  std::optional<core::Instant> now;
  std::optional<core::Language> language;
};

struct ParseOutcome {
  std::optional<CommandLine> command;
  std::string error;  // set when command is empty
};

ParseOutcome parse_command_line(const std::vector<std::string>& arguments);
std::string usage_text();

}  // namespace hgw::app
