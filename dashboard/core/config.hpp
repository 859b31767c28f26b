#pragma once
// The kiosk's local config file (DESIGN §4): an INI file the school edits in any
// text editor on the SD card's boot partition. It names the sources, the display
// defaults, the screen schedule and the cache folder. Every problem is reported as
// `FILE:LINE: [section] key: what was expected`, all at once, like the validator.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "date_time.hpp"
#include "diagnostics.hpp"
#include "document.hpp"

namespace hgw::core {

inline constexpr int kDefaultPollSeconds = 60;
// Below this a hundred kiosks become a load test for the school's server.
inline constexpr int kMinimumPollSeconds = 10;
inline constexpr int kMaximumPollSeconds = 24 * 60 * 60;
inline constexpr const char* kDefaultCacheDirectory = "/var/cache/hgw-dashboard";

enum class UrlScheme { https, http, file };

struct SourceConfig {
  std::string url;
  UrlScheme scheme = UrlScheme::https;
  std::optional<std::string>
      token_file;  // absolute; relative paths are taken from the config's folder
  std::optional<std::string> ca_file;  // idem
  int poll_seconds = kDefaultPollSeconds;
  int line = 0;  // the line of its [source] header, to point at it in messages
};

struct DisplayConfig {
  std::optional<Language> language;
  std::optional<Theme> theme;
  std::optional<int> page_seconds;
  std::optional<std::vector<std::string>> teams;
  int rotation = 0;  // 0, 90, 180 or 270: the picture is turned clockwise by this much
  // q and Esc end the kiosk only when the school says so: on a wall, a passer-by
  // with a USB keyboard must not be able to end it.
  bool quit_keys = false;
};

struct ScheduleConfig {
  std::optional<std::vector<Weekday>> days;
  std::optional<TimeOfDay> on;
  std::optional<TimeOfDay> off;
  std::string display_off_command;  // run through /bin/sh -c; empty: do nothing
  std::string display_on_command;
};

struct Config {
  std::string file;  // the file it was read from, for the setup page
  std::vector<SourceConfig> sources;
  DisplayConfig display;
  ScheduleConfig schedule;
  std::string cache_directory = kDefaultCacheDirectory;
};

struct ConfigResult {
  std::optional<Config> config;  // only when there are no errors
  Diagnostics diagnostics;

  bool ok() const { return config.has_value(); }
};

// Parses the text only: no file is opened, so the rules are testable as text.
// `file` names the text in messages and is the folder relative paths are taken from.
ConfigResult parse_config(std::string_view text, const std::string& file);

// Reads and parses the file, then checks what can only be checked on the device:
// token files exist and are private (chmod 600), CA files are readable.
ConfigResult load_config(const std::string& file);

}  // namespace hgw::core
