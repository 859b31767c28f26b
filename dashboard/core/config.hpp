#pragma once
// The kiosk's local config file (docs/ARCHITECTURE.md): an INI file the school edits in any
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
#include "first_run.hpp"
#include "present_path.hpp"
#include "url_scheme.hpp"

namespace hgw::core {

inline constexpr int kDefaultPollSeconds = 60;
// Below this a hundred kiosks become a load test for the school's server.
inline constexpr int kMinimumPollSeconds = 10;
inline constexpr int kMaximumPollSeconds = 24 * 60 * 60;
inline constexpr const char* kDefaultCacheDirectory = "/var/cache/hgw-dashboard";

struct SourceConfig {
  std::string url;
  UrlScheme scheme = UrlScheme::https;
  std::optional<std::string>
      token_file;  // absolute; relative paths are taken from the config's folder
  std::optional<std::string> ca_file;  // idem
  int poll_seconds = kDefaultPollSeconds;
  int line = 0;  // the line of its [source] header, to point at it in messages

  bool operator==(const SourceConfig&) const = default;
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

  bool operator==(const DisplayConfig&) const = default;
  // How frames reach the screen (present_path.hpp); --present overrides it.
  std::optional<PresentChoice> present;
};

struct ScheduleConfig {
  std::optional<std::vector<Weekday>> days;
  std::optional<TimeOfDay> on;
  std::optional<TimeOfDay> off;
  std::string display_off_command;  // run through /bin/sh -c; empty: do nothing
  std::string display_on_command;

  bool operator==(const ScheduleConfig&) const = default;
};

// Where hgw-board listens: "host:port", "[v6]:port"; port 0 takes any free port (tests).
struct ListenAddress {
  std::string host;
  int port = 0;

  bool operator==(const ListenAddress&) const = default;
};

inline constexpr const char* kDefaultBoardDataDirectory = "/var/lib/hgw-board";
inline constexpr const char* kDefaultEditorDirectory = "/usr/share/hgw-dashboard/editor";
inline constexpr int kDefaultSessionIdleMinutes = 60;

// The [board] section, read by hgw-board (the kc'er's board service), never by the
// kiosk: one file on the boot partition holds the whole device's settings.
struct BoardConfig {
  // HTTPS served by hgw-board itself, with the device certificate; loopback only
  // (tests, a look from the device itself). The school network reaches the editor
  // through the front (nginx, firmware/nginx/hgw-board.conf), which forwards to
  // front_listen; `listen = none` by default.
  std::vector<ListenAddress> listen;
  // Plain HTTP, loopback only, for the front alone: treated as HTTPS (login for
  // everything, Secure cookies), the caller's address taken from X-Real-IP.
  std::vector<ListenAddress> front_listen{{"127.0.0.1", 8081}};
  // Plain HTTP, loopback only: the kiosk on this device reads the board there.
  std::vector<ListenAddress> http_listen{{"127.0.0.1", 8080}};
  // crypto_pwhash_str's "$argon2id$…"; empty: no password set, editing is refused.
  std::string password_hash;
  std::string data_directory = kDefaultBoardDataDirectory;
  std::string editor_directory = kDefaultEditorDirectory;
  int session_idle_minutes = kDefaultSessionIdleMinutes;
  // Written by hgw-board, read by the kiosk for its setup page (core/first_run.hpp).
  std::string first_run_file = kDefaultFirstRunFile;

  bool operator==(const BoardConfig&) const = default;
};

// "127.0.0.1:8080", "[::1]:8080", "0.0.0.0:8443"; nullopt when it is none of these.
std::optional<ListenAddress> parse_listen_address(std::string_view text);
// 127.0.0.0/8, ::1 and localhost: the only places plain HTTP may listen.
bool is_loopback_host(std::string_view host);

struct Config {
  std::string file;  // the file it was read from, for the setup page
  std::vector<SourceConfig> sources;
  DisplayConfig display;
  ScheduleConfig schedule;
  std::string cache_directory = kDefaultCacheDirectory;
  BoardConfig board;

  bool operator==(const Config&) const = default;
};

struct ConfigResult {
  std::optional<Config> config;  // only when there are no errors
  Diagnostics diagnostics;

  bool ok() const { return config.has_value(); }
};

// A key the config knows, with its section: "display", "language".
struct ConfigKey {
  std::string_view section;
  std::string_view key;
};
// Every known key, in the order "unknown key" messages list them.
std::vector<ConfigKey> known_config_keys();

// Parses the text only: no file is opened, so the rules are testable as text.
// `file` names the text in messages and is the folder relative paths are taken from.
ConfigResult parse_config(std::string_view text, const std::string& file);

// Reads and parses the file, then checks what can only be checked on the device:
// token files exist and are private (chmod 600), CA files are readable.
ConfigResult load_config(const std::string& file);

}  // namespace hgw::core
