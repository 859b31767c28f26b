#include "command_line.hpp"

#include "core/enum_keys.hpp"

namespace hgw::app {
namespace {

ParseOutcome fail(std::string message) {
  return ParseOutcome{std::nullopt, std::move(message)};
}

}  // namespace

std::string usage_text() {
  return R"(Usage:
  hgw-dashboard [--config FILE] [--now TIMESTAMP] [--lang nl|en]
      Run the wall. Without a config file (--config, /boot/firmware/hgw-dashboard.conf,
      /etc/hgw-dashboard.conf) it shows the built-in demo school, marked as demo.
  hgw-dashboard validate [--now TIMESTAMP] FILE...
      Check documents against the hgw-dashboard/1 format, then their merge.
      Prints every error and warning by JSON path. Exit 0 when valid, 1 on errors.
  hgw-dashboard --version
  hgw-dashboard --help

Options:
  --now TIMESTAMP   the clock reads this RFC 3339 instant (2026-11-30T08:00:00+01:00)
  --lang nl|en      language of the wall (overrides the document)
  --config FILE     the kiosk's INI configuration
)";
}

ParseOutcome parse_command_line(const std::vector<std::string>& arguments) {
  CommandLine command;
  std::size_t index = 0;
  if (!arguments.empty() && arguments[0] == "validate") {
    command.kind = CommandKind::validate;
    index = 1;
  }
  // An option's value: the next argument, which must exist.
  auto next_value = [&]() -> std::optional<std::string> {
    if (index + 1 >= arguments.size()) return std::nullopt;
    return arguments[++index];
  };

  for (; index < arguments.size(); ++index) {
    const std::string& argument = arguments[index];
    if (argument == "--help" || argument == "-h") {
      command.kind = CommandKind::help;
      return ParseOutcome{command, {}};
    }
    if (argument == "--version") {
      command.kind = CommandKind::version;
      return ParseOutcome{command, {}};
    }
    if (argument == "--now") {
      const auto value = next_value();
      if (!value) return fail("--now needs a timestamp, e.g. 2026-11-30T08:00:00+01:00");
      command.now = core::parse_timestamp(*value);
      if (!command.now)
        return fail("--now: expected an RFC 3339 timestamp with offset, got \"" + *value + "\"");
    } else if (argument == "--lang") {
      const auto value = next_value();
      if (!value) return fail("--lang needs nl or en");
      command.language = core::enum_from_key<core::Language>(*value);
      if (!command.language) return fail("--lang: expected nl or en, got \"" + *value + "\"");
    } else if (argument == "--config") {
      const auto value = next_value();
      if (!value) return fail("--config needs a file");
      command.config_path = *value;
    } else if (argument.size() > 1 && argument[0] == '-' && argument != "-") {
      return fail("unknown option " + argument);
    } else if (command.kind == CommandKind::validate) {
      command.inputs.push_back(argument);
    } else {
      return fail("unexpected argument \"" + argument +
                  "\" (did you mean: hgw-dashboard validate " + argument + "?)");
    }
  }
  if (command.kind == CommandKind::validate && command.inputs.empty()) {
    return fail("validate needs at least one FILE");
  }
  return ParseOutcome{command, {}};
}

}  // namespace hgw::app
