#pragma once
// The command line of `hgw-dashboard` (docs/ARCHITECTURE.md), parsed into one value. Usage
// errors say what was wrong; main() turns them into exit code 2.

#include <optional>
#include <string>
#include <vector>

#include "core/date_time.hpp"
#include "core/document.hpp"
#include "core/present_path.hpp"

namespace hgw::app {

enum class CommandKind { kiosk, validate, render, help, version };

struct ScreenSize {
  int width = 1920;
  int height = 1080;
};

struct CommandLine {
  CommandKind kind = CommandKind::kiosk;
  std::vector<std::string> inputs;  // files (or URLs) for validate and render
  std::optional<std::string> config_path;
  std::optional<core::Instant> now;
  std::optional<core::Language> language;
  std::optional<core::Theme> theme;
  // render: one page, or every page of the rotation when empty ("all").
  std::optional<core::Page> page;
  ScreenSize size;
  std::string out_dir = ".";
  bool fullscreen = false;
  bool verbose = false;
  // kiosk: the JSON of its state (--status-file), which screen (--display N), and
  // --headless: the whole kiosk on a memory surface of `size` (tests, benchmarks).
  std::optional<std::string> status_file;
  int display_index = 0;
  bool headless = false;
  // kiosk and --version --verbose: how frames reach the screen (--present).
  std::optional<core::PresentChoice> present;
  // kiosk, hidden test hook: the clock from --now runs this many times faster.
  double time_scale = 1.0;
};

struct ParseOutcome {
  std::optional<CommandLine> command;
  std::string error;  // set when command is empty
};

ParseOutcome parse_command_line(const std::vector<std::string>& arguments);
std::string usage_text();

// "1920x1080" → {1920, 1080}; nullopt unless both are 16..16384.
std::optional<ScreenSize> parse_screen_size(const std::string& text);

}  // namespace hgw::app
