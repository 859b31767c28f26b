#include "command_line.hpp"

#include <charconv>

#include "core/enum_keys.hpp"

namespace hgw::app {
namespace {

ParseOutcome fail(std::string message) {
  return ParseOutcome{std::nullopt, std::move(message)};
}

std::optional<int> parse_dimension(std::string_view text) {
  int value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc{} || end != text.data() + text.size()) return std::nullopt;
  if (value < 16 || value > 16384) return std::nullopt;
  return value;
}

std::optional<int> parse_small_number(std::string_view text) {
  int value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc{} || end != text.data() + text.size() || value < 0 || value > 64)
    return std::nullopt;
  return value;
}

}  // namespace

std::string usage_text() {
  return R"(Usage:
  hgw-dashboard [--config FILE] [--now TIMESTAMP] [--lang nl|en] [--theme dark|light]
                [--fullscreen] [--display N] [--present auto|gpu|framebuffer]
                [--status-file PATH] [--headless --size WxH]
      Run the wall. Without a config file (--config, /boot/firmware/hgw-dashboard.conf,
      /etc/hgw-dashboard.conf) it shows the built-in demo school, marked as demo.
      Arrows turn pages, space pauses, r fetches the sources again, Esc or q quits.
      With --now the clock starts at that instant and runs on. With no display it
      renders every page to PNG instead and prints where; --headless runs the whole
      wall on a screen in memory. SIGTERM ends it cleanly.
  hgw-dashboard validate [--now TIMESTAMP] [--config FILE] FILE|URL...
      Check documents against the hgw-dashboard/1 format, then their merge.
      Prints every error and warning by JSON path. Exit 0 when valid, 1 on errors.
      A URL is fetched like a source, with the token_file and ca_file of the
      matching [source] in --config.
  hgw-dashboard render [FILE|URL...] [--config FILE] [--page PAGE|all] [--size WxH] [--out DIR]
                       [--now TIMESTAMP] [--theme dark|light] [--lang nl|en] [--verbose]
      Write the pages as PNG (DIR/01-overzicht.png, ...; a page in parts also
      DIR/05-acties-2.png, ...) exactly as the wall shows them; no display needed. Without FILE it renders the built-in demo school.
      Exit 1 when a document is invalid.
  hgw-dashboard --version [--verbose]
  hgw-dashboard --help

Options:
  --now TIMESTAMP   the clock reads this RFC 3339 instant (2026-11-30T08:00:00+01:00)
  --lang nl|en      language of the wall (overrides the document)
  --theme dark|light
                    colours of the wall (overrides the document)
  --config FILE     the kiosk's INI configuration
  --fullscreen      the kiosk fills the screen (as on the Pi)
  --display N       the kiosk's screen when there are several (0 = the first)
  --status-file PATH
                    the kiosk keeps a JSON of its state there (sources, data age, page,
                    display on/off); best on a RAM disk such as /run
  --present auto|gpu|framebuffer
                    how the kiosk puts frames on screen: through GL (gpu), or drawn in
                    software straight into the window or, on a console, onto DRM dumb
                    buffers (framebuffer: no mesa, no LLVM); auto takes the GPU only
                    where a vc4/v3d driver is present
  --headless        the kiosk draws into memory, no display needed (with --size)
  --page PAGE|all   overzicht, cyclus, doelen, trends, acties, ondersteuning or all (default)
  --size WxH        screen size in pixels (default 1920x1080)
  --out DIR         folder for the PNG files (default: the current folder)
  --verbose         render: also print the time each page took and the font atlas size
)";
}

std::optional<ScreenSize> parse_screen_size(const std::string& text) {
  const auto cross = text.find('x');
  if (cross == std::string::npos) return std::nullopt;
  const auto width = parse_dimension(std::string_view(text).substr(0, cross));
  const auto height = parse_dimension(std::string_view(text).substr(cross + 1));
  if (!width || !height) return std::nullopt;
  return ScreenSize{*width, *height};
}

ParseOutcome parse_command_line(const std::vector<std::string>& arguments) {
  CommandLine command;
  std::size_t index = 0;
  if (!arguments.empty() && arguments[0] == "validate") {
    command.kind = CommandKind::validate;
    index = 1;
  } else if (!arguments.empty() && arguments[0] == "render") {
    command.kind = CommandKind::render;
    index = 1;
  }
  const bool render = command.kind == CommandKind::render;
  const bool kiosk = command.kind == CommandKind::kiosk;
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
      // --version --verbose [--present …] [--config FILE] also says how the kiosk
      // would present here.
      for (std::size_t rest = index + 1; rest < arguments.size(); ++rest) {
        const std::string& option = arguments[rest];
        const bool has_value = rest + 1 < arguments.size();
        if (option == "--verbose") command.verbose = true;
        if (option == "--present" && has_value)
          command.present = core::parse_present_choice(arguments[rest + 1]);
        if (option == "--config" && has_value) command.config_path = arguments[rest + 1];
      }
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
      // The kiosk reads its sources from it; validate and render borrow a URL's
      // token_file and ca_file from the matching source.
      const auto value = next_value();
      if (!value) return fail("--config needs a file");
      command.config_path = *value;
    } else if (argument == "--theme" && (render || kiosk)) {
      const auto value = next_value();
      if (!value) return fail("--theme needs dark or light");
      command.theme = core::enum_from_key<core::Theme>(*value);
      if (!command.theme) return fail("--theme: expected dark or light, got \"" + *value + "\"");
    } else if (argument == "--fullscreen" && kiosk) {
      command.fullscreen = true;
    } else if (argument == "--status-file" && kiosk) {
      const auto value = next_value();
      if (!value) return fail("--status-file needs a path");
      command.status_file = *value;
    } else if (argument == "--display" && kiosk) {
      const auto value = next_value();
      const auto screen = value ? parse_small_number(*value) : std::nullopt;
      if (!screen) return fail("--display needs a screen number: 0, 1, ...");
      command.display_index = *screen;
    } else if (argument == "--present" && kiosk) {
      const auto value = next_value();
      command.present = value ? core::parse_present_choice(*value) : std::nullopt;
      if (!command.present) return fail("--present needs auto, gpu or framebuffer");
    } else if (argument == "--headless" && kiosk) {
      command.headless = true;
    } else if (argument == "--time-scale" && kiosk) {
      // Not in the usage text: a test hook to live through a day in seconds.
      const auto value = next_value();
      double scale = 0;
      if (value) std::from_chars(value->data(), value->data() + value->size(), scale);
      if (!(scale >= 1 && scale <= 1e6)) return fail("--time-scale needs a number from 1");
      command.time_scale = scale;
    } else if (argument == "--page" && render) {
      const auto value = next_value();
      if (!value) return fail("--page needs a page name or all");
      if (*value == "all") {
        command.page.reset();
      } else {
        command.page = core::enum_from_key<core::Page>(*value);
        if (!command.page) {
          return fail(
              "--page: expected overzicht, cyclus, doelen, trends, acties, ondersteuning or all, "
              "got \"" +
              *value + "\"");
        }
      }
    } else if (argument == "--size" && (render || kiosk)) {
      const auto value = next_value();
      if (!value) return fail("--size needs WIDTHxHEIGHT, e.g. 1920x1080");
      const auto size = parse_screen_size(*value);
      if (!size)
        return fail("--size: expected WIDTHxHEIGHT such as 1920x1080, got \"" + *value + "\"");
      command.size = *size;
    } else if (argument == "--out" && render) {
      const auto value = next_value();
      if (!value) return fail("--out needs a folder");
      command.out_dir = *value;
    } else if (argument == "--verbose" && render) {
      command.verbose = true;
    } else if (argument.size() > 1 && argument[0] == '-' && argument != "-") {
      return fail("unknown option " + argument);
    } else if (command.kind == CommandKind::validate || render) {
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
