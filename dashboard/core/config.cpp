#include "config.hpp"

#include <ini.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "enum_keys.hpp"
#include "secret_file.hpp"

namespace hgw::core {
namespace {

// A config larger than this is not a config: refuse it before parsing.
constexpr std::size_t kMaxConfigBytes = 64 * 1024;

std::string trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(first, last - first + 1));
}

std::string shown_value(std::string_view text) {
  constexpr std::size_t kShown = 60;
  std::string shown(text.substr(0, kShown));
  if (text.size() > kShown) shown += "…";
  return "\"" + shown + "\"";
}

std::vector<std::string> split_list(std::string_view text) {
  std::vector<std::string> items;
  std::string item;
  std::istringstream stream{std::string(text)};
  while (std::getline(stream, item, ',')) {
    item = trim(item);
    if (!item.empty()) items.push_back(item);
  }
  return items;
}

std::optional<long> parse_whole_number(std::string_view text) {
  long value = 0;
  const auto* end = text.data() + text.size();
  const auto [stop, error] = std::from_chars(text.data(), end, value);
  if (error != std::errc{} || stop != end || text.empty()) return std::nullopt;
  return value;
}

enum class Section { none, source, display, schedule, cache, board, unknown };

// Everything the INI callbacks need. inih calls the line reader once per physical
// line and the key handler right after the line that holds the key, so the reader's
// line count is the key's line number (Debian builds inih without INI_HANDLER_LINENO).
struct Parse {
  std::string file;
  std::filesystem::path folder;
  std::string_view text;
  std::size_t offset = 0;
  int line = 0;

  Section section = Section::none;
  std::string section_name;
  int section_line = 0;
  // Keys seen in the current section, with their line, to catch a key given twice.
  std::map<std::string, int> keys_in_section;
  int display_sections = 0;
  int schedule_sections = 0;
  int cache_sections = 0;
  int board_sections = 0;
  std::vector<bool> source_has_url;
  int schedule_on_line = 0;
  bool schedule_on_given = false;
  bool schedule_off_given = false;
  // The last line that starts with white space: inih reads it as more of the key above.
  int indented_line = 0;

  Config config;
  Diagnostics diagnostics;

  std::string where(std::string_view key) const {
    std::string place = file + ":" + std::to_string(line) + ": [" + section_name + "]";
    if (!key.empty()) place += " " + std::string(key);
    return place;
  }
  void error(std::string_view key, std::string message) {
    diagnostics.error(where(key), std::move(message));
  }
  void warning(std::string_view key, std::string message) {
    diagnostics.warning(where(key), std::move(message));
  }

  std::string resolve(const std::string& path) const {
    const std::filesystem::path given(path);
    if (given.is_absolute() || folder.empty()) return given.lexically_normal().string();
    return (folder / given).lexically_normal().string();
  }

  void begin_section(std::string name) {
    section_name = std::move(name);
    section_line = line;
    keys_in_section.clear();
    const auto duplicate = [&](int& count) {
      if (++count > 1) {
        diagnostics.error(file + ":" + std::to_string(line) + ": [" + section_name + "]",
                          "given more than once; write all its keys in one section");
      }
    };
    if (section_name == "source") {
      section = Section::source;
      SourceConfig source;
      source.line = line;
      config.sources.push_back(source);
      source_has_url.push_back(false);
    } else if (section_name == "display") {
      section = Section::display;
      duplicate(display_sections);
    } else if (section_name == "schedule") {
      section = Section::schedule;
      duplicate(schedule_sections);
    } else if (section_name == "cache") {
      section = Section::cache;
      duplicate(cache_sections);
    } else if (section_name == "board") {
      section = Section::board;
      duplicate(board_sections);
    } else {
      section = Section::unknown;
      diagnostics.error(
          file + ":" + std::to_string(line) + ": [" + section_name + "]",
          "unknown section; expected [source], [display], [schedule], [cache] or [board]");
    }
  }
};

// One reader per key. Each is reached only through its row in kKnownKeys below, and
// it receives a trimmed, non-empty value the first time the key is given.

void read_url(Parse& parse, const std::string& key, const std::string& value) {
  // Even a refused url is a url: "has no url" would only repeat the error.
  parse.source_has_url.back() = true;
  const auto scheme = url_scheme(value);
  const std::string_view rest = after_url_scheme(value);
  if (!scheme) {
    parse.error(key, "expected an https://, http:// or file:// URL, got " + shown_value(value));
    return;
  }
  if (*scheme == UrlScheme::file && !rest.starts_with("/")) {
    parse.error(key,
                "expected an absolute path after file:// (file:///boot/firmware/board.json)"
                ", got " +
                    shown_value(value));
    return;
  }
  if (*scheme != UrlScheme::file && (rest.empty() || rest.starts_with("/"))) {
    parse.error(key, "expected a server name after the scheme, got " + shown_value(value));
    return;
  }
  if (value.find_first_of(" \t") != std::string::npos) {
    parse.error(key, "a URL has no spaces; write them as %20, got " + shown_value(value));
    return;
  }
  SourceConfig& source = parse.config.sources.back();
  source.url = value;
  source.scheme = *scheme;
}

void read_token_file(Parse& parse, const std::string&, const std::string& value) {
  parse.config.sources.back().token_file = parse.resolve(value);
}

void read_ca_file(Parse& parse, const std::string&, const std::string& value) {
  parse.config.sources.back().ca_file = parse.resolve(value);
}

void read_poll_seconds(Parse& parse, const std::string& key, const std::string& value) {
  SourceConfig& source = parse.config.sources.back();
  const auto seconds = parse_whole_number(value);
  if (!seconds || *seconds <= 0 || *seconds > kMaximumPollSeconds) {
    parse.error(key, "expected a whole number of seconds from " +
                         std::to_string(kMinimumPollSeconds) + " to " +
                         std::to_string(kMaximumPollSeconds) + ", got " + shown_value(value));
    return;
  }
  if (*seconds < kMinimumPollSeconds) {
    parse.warning(key, "raised to the minimum of " + std::to_string(kMinimumPollSeconds) +
                           " seconds, got " + value);
    source.poll_seconds = kMinimumPollSeconds;
    return;
  }
  source.poll_seconds = static_cast<int>(*seconds);
}

template <typename E>
std::optional<E> read_key(Parse& parse, const std::string& key, const std::string& value) {
  if (auto parsed = enum_from_key<E>(value)) return parsed;
  parse.error(key, "expected one of " + enum_key_list<E>() + ", got " + shown_value(value));
  return std::nullopt;
}

void read_language(Parse& parse, const std::string& key, const std::string& value) {
  parse.config.display.language = read_key<Language>(parse, key, value);
}

void read_theme(Parse& parse, const std::string& key, const std::string& value) {
  parse.config.display.theme = read_key<Theme>(parse, key, value);
}

void read_page_seconds(Parse& parse, const std::string& key, const std::string& value) {
  // The same range the document's display.page_seconds allows.
  const auto seconds = parse_whole_number(value);
  if (!seconds || *seconds < 5 || *seconds > 3600) {
    parse.error(key,
                "expected a whole number of seconds from 5 to 3600, got " + shown_value(value));
    return;
  }
  parse.config.display.page_seconds = static_cast<int>(*seconds);
}

void read_teams(Parse& parse, const std::string& key, const std::string& value) {
  auto teams = split_list(value);
  if (teams.empty()) {
    parse.error(key, "expected team ids separated by commas (bb, mb), got " + shown_value(value));
    return;
  }
  parse.config.display.teams = std::move(teams);
}

void read_rotation(Parse& parse, const std::string& key, const std::string& value) {
  const auto degrees = parse_whole_number(value);
  if (!degrees || (*degrees != 0 && *degrees != 90 && *degrees != 180 && *degrees != 270)) {
    parse.error(key, "expected 0 | 90 | 180 | 270, got " + shown_value(value));
    return;
  }
  parse.config.display.rotation = static_cast<int>(*degrees);
}

void read_quit_keys(Parse& parse, const std::string& key, const std::string& value) {
  if (value != "yes" && value != "no") {
    parse.error(key, "expected yes | no, got " + shown_value(value));
    return;
  }
  parse.config.display.quit_keys = value == "yes";
}

void read_present(Parse& parse, const std::string& key, const std::string& value) {
  parse.config.display.present = parse_present_choice(value);
  if (!parse.config.display.present)
    parse.error(key, "expected auto | gpu | framebuffer, got " + shown_value(value));
}

void read_days(Parse& parse, const std::string& key, const std::string& value) {
  std::vector<Weekday> days;
  for (const auto& item : split_list(value)) {
    const auto day = enum_from_key<Weekday>(item);
    if (!day) {
      parse.error(key,
                  "expected days from " + enum_key_list<Weekday>() + ", got " + shown_value(item));
      return;
    }
    if (std::find(days.begin(), days.end(), *day) == days.end()) days.push_back(*day);
  }
  if (days.empty()) {
    parse.error(
        key, "expected days separated by commas (ma, di, wo, do, vr), got " + shown_value(value));
    return;
  }
  parse.config.schedule.days = std::move(days);
}

void read_on_or_off(Parse& parse, const std::string& key, const std::string& value) {
  ScheduleConfig& schedule = parse.config.schedule;
  (key == "on" ? parse.schedule_on_given : parse.schedule_off_given) = true;
  const auto time = parse_time_of_day(value);
  if (!time) {
    parse.error(key, "expected a time HH:MM, got " + shown_value(value));
    return;
  }
  (key == "on" ? schedule.on : schedule.off) = time;
  if (key == "on") parse.schedule_on_line = parse.line;
}

void read_display_off_command(Parse& parse, const std::string&, const std::string& value) {
  parse.config.schedule.display_off_command = value;
}

void read_display_on_command(Parse& parse, const std::string&, const std::string& value) {
  parse.config.schedule.display_on_command = value;
}

void read_cache_directory(Parse& parse, const std::string& key, const std::string& value) {
  if (!value.starts_with("/")) {
    parse.error(
        key, "expected an absolute folder (/var/cache/hgw-dashboard), got " + shown_value(value));
    return;
  }
  parse.config.cache_directory = std::filesystem::path(value).lexically_normal().string();
}

std::optional<std::vector<ListenAddress>> read_listen_list(Parse& parse, const std::string& key,
                                                           const std::string& value) {
  std::vector<ListenAddress> addresses;
  if (value == "none") return addresses;
  for (const auto& item : split_list(value)) {
    const auto address = parse_listen_address(item);
    if (!address) {
      parse.error(key,
                  "expected host:port (0.0.0.0:8443, [::]:8443) or none, got " + shown_value(item));
      return std::nullopt;
    }
    addresses.push_back(*address);
  }
  return addresses;
}

void read_listen(Parse& parse, const std::string& key, const std::string& value) {
  if (auto addresses = read_listen_list(parse, key, value)) {
    parse.config.board.listen = std::move(*addresses);
  }
}

// http_listen (the kiosk's) and front_listen (nginx's): plain HTTP, so loopback only.
void read_loopback_listen(Parse& parse, const std::string& key, const std::string& value) {
  auto addresses = read_listen_list(parse, key, value);
  if (!addresses) return;
  for (const auto& address : *addresses) {
    if (!is_loopback_host(address.host)) {
      // The password and the session cookie would cross the school network in clear.
      parse.error(key, "plain HTTP only listens on loopback (127.0.0.1 or [::1]), got " +
                           shown_value(address.host) +
                           "; the school network uses HTTPS through the front (nginx)");
      return;
    }
  }
  (key == "http_listen" ? parse.config.board.http_listen : parse.config.board.front_listen) =
      std::move(*addresses);
}

void read_password_hash(Parse& parse, const std::string& key, const std::string& value) {
  if (!value.starts_with("$argon2id$")) {
    parse.error(key, "expected the line `hgw-board hash-password` prints ($argon2id$…), got " +
                         shown_value(value));
    return;
  }
  parse.config.board.password_hash = value;
}

void read_board_folder(Parse& parse, const std::string& key, const std::string& value) {
  BoardConfig& board = parse.config.board;
  if (!value.starts_with("/")) {
    parse.error(key, "expected an absolute folder, got " + shown_value(value));
    return;
  }
  std::string folder = std::filesystem::path(value).lexically_normal().string();
  if (folder.size() > 1 && folder.back() == '/') folder.pop_back();
  (key == "data_directory" ? board.data_directory : board.editor_directory) = folder;
}

void read_first_run_file(Parse& parse, const std::string& key, const std::string& value) {
  if (!value.starts_with("/") || value.ends_with("/")) {
    parse.error(key, "expected an absolute file name, got " + shown_value(value));
    return;
  }
  parse.config.board.first_run_file = std::filesystem::path(value).lexically_normal().string();
}

void read_session_minutes(Parse& parse, const std::string& key, const std::string& value) {
  const auto minutes = parse_whole_number(value);
  if (!minutes || *minutes < 1 || *minutes > 24 * 60) {
    parse.error(key,
                "expected a whole number of minutes from 1 to 1440, got " + shown_value(value));
    return;
  }
  parse.config.board.session_idle_minutes = static_cast<int>(*minutes);
}

struct KeyRule {
  Section section;
  std::string_view key;
  void (*read)(Parse& parse, const std::string& key, const std::string& value);
};

// Every key the config knows, each declared once with its reader: the "unknown key"
// check and the reading both look a key up here, so a key cannot be accepted and
// then ignored. The order is the order messages list them in.
constexpr KeyRule kKnownKeys[]{
    {Section::source, "url", read_url},
    {Section::source, "token_file", read_token_file},
    {Section::source, "ca_file", read_ca_file},
    {Section::source, "poll_seconds", read_poll_seconds},
    {Section::display, "language", read_language},
    {Section::display, "theme", read_theme},
    {Section::display, "page_seconds", read_page_seconds},
    {Section::display, "teams", read_teams},
    {Section::display, "rotation", read_rotation},
    {Section::display, "quit_keys", read_quit_keys},
    {Section::display, "present", read_present},
    {Section::schedule, "days", read_days},
    {Section::schedule, "on", read_on_or_off},
    {Section::schedule, "off", read_on_or_off},
    {Section::schedule, "display_off_command", read_display_off_command},
    {Section::schedule, "display_on_command", read_display_on_command},
    {Section::cache, "directory", read_cache_directory},
    {Section::board, "listen", read_listen},
    {Section::board, "http_listen", read_loopback_listen},
    {Section::board, "front_listen", read_loopback_listen},
    {Section::board, "password_hash", read_password_hash},
    {Section::board, "data_directory", read_board_folder},
    {Section::board, "editor_directory", read_board_folder},
    {Section::board, "session_minutes", read_session_minutes},
    {Section::board, "first_run_file", read_first_run_file},
};

std::string known_keys_of(Section section) {
  std::string list;
  for (const auto& rule : kKnownKeys) {
    if (rule.section != section) continue;
    if (!list.empty()) list += ", ";
    list += rule.key;
  }
  return list;
}

std::string_view name_of(Section section) {
  switch (section) {
    case Section::source:
      return "source";
    case Section::display:
      return "display";
    case Section::schedule:
      return "schedule";
    case Section::cache:
      return "cache";
    case Section::board:
      return "board";
    case Section::none:
    case Section::unknown:
      break;
  }
  return {};
}

int on_key(void* user, const char* /*section*/, const char* name, const char* raw_value) {
  Parse& parse = *static_cast<Parse*>(user);
  const std::string key = trim(name);
  const std::string value = trim(raw_value);
  if (parse.section == Section::unknown) return 1;  // already reported at its header
  if (parse.section == Section::none) {
    parse.diagnostics.error(parse.file + ":" + std::to_string(parse.line) + ": " + key,
                            "outside a section; put it under [source], [display], [schedule], "
                            "[cache] or [board]");
    return 1;
  }
  const auto* rule =
      std::find_if(std::begin(kKnownKeys), std::end(kKnownKeys),
                   [&](const KeyRule& r) { return r.section == parse.section && r.key == key; });
  if (rule == std::end(kKnownKeys)) {
    parse.error(key,
                "unknown key; [" + parse.section_name + "] knows " + known_keys_of(parse.section));
    return 1;
  }
  // inih joins an indented line to the key above it as a second value: that is a
  // mistake in this file, never a feature we use.
  const auto [seen, inserted] = parse.keys_in_section.emplace(key, parse.line);
  if (!inserted) {
    parse.error(key, parse.indented_line == parse.line
                         ? "continues on an indented line; write the value on one line"
                         : "given twice (first on line " + std::to_string(seen->second) + ")");
    return 1;
  }
  if (value.empty()) {
    parse.error(key, "has no value");
    return 1;
  }
  rule->read(parse, key, value);
  return 1;
}

// inih's line reader: hands out one line at a time, counts lines and notices
// section headers itself so that an empty [source] still counts.
char* next_line(char* buffer, int size, void* user) {
  Parse& parse = *static_cast<Parse*>(user);
  if (parse.offset >= parse.text.size()) return nullptr;
  const auto end = parse.text.find('\n', parse.offset);
  const std::size_t stop = end == std::string_view::npos ? parse.text.size() : end + 1;
  std::string_view line = parse.text.substr(parse.offset, stop - parse.offset);
  parse.offset = stop;
  ++parse.line;

  const std::size_t capacity = static_cast<std::size_t>(size) - 1;
  if (line.size() > capacity) {
    parse.diagnostics.error(
        parse.file + ":" + std::to_string(parse.line),
        "line longer than " + std::to_string(capacity - 1) + " characters; the line is skipped");
    line = std::string_view{};  // skip it whole rather than parse half a value
  }
  const std::string trimmed = trim(line);
  if (!line.empty() && (line.front() == ' ' || line.front() == '\t') && !trimmed.empty() &&
      trimmed.front() != ';' && trimmed.front() != '#') {
    parse.indented_line = parse.line;
  }
  if (trimmed.starts_with("[")) {
    const auto close = trimmed.find(']');
    if (close != std::string::npos) parse.begin_section(trim(trimmed.substr(1, close - 1)));
  }
  // A skipped line is an empty view whose data() is null, and memcpy's source must
  // never be null, not even for 0 bytes (UBSan; found by fuzz/fuzz_config).
  if (!line.empty()) std::memcpy(buffer, line.data(), line.size());
  buffer[line.size()] = '\0';
  return buffer;
}

void check_whole_config(Parse& parse) {
  for (std::size_t i = 0; i < parse.config.sources.size(); ++i) {
    const SourceConfig& source = parse.config.sources[i];
    const std::string place = parse.file + ":" + std::to_string(source.line) + ": [source]";
    if (!parse.source_has_url[i]) {
      parse.diagnostics.error(place, "has no url");
      continue;
    }
    if (source.url.empty()) continue;  // its url was refused, and said so
    if (source.ca_file && source.scheme != UrlScheme::https) {
      parse.diagnostics.warning(place + " ca_file", "only used with https:// URLs; ignored");
    }
    if (source.token_file && source.scheme == UrlScheme::file) {
      parse.diagnostics.warning(place + " token_file", "not used with file:// URLs; ignored");
    }
    if (source.token_file && source.scheme == UrlScheme::http) {
      parse.diagnostics.warning(place + " token_file",
                                "the token travels unencrypted over http://; use https://");
    }
  }
  if (parse.config.sources.empty()) {
    parse.diagnostics.error(parse.file, "no [source] section: the wall would have nothing to show");
  }
  const ScheduleConfig& schedule = parse.config.schedule;
  if (parse.schedule_on_given != parse.schedule_off_given) {
    parse.diagnostics.error(parse.file + ": [schedule]", "give both on and off, or neither");
  } else if (schedule.on && schedule.off && *schedule.off <= *schedule.on) {
    parse.diagnostics.error(
        parse.file + ":" + std::to_string(parse.schedule_on_line) + ": [schedule] off",
        "expected a time after on (" + format_time_of_day(*schedule.on) + ")");
  }
}

}  // namespace

std::vector<ConfigKey> known_config_keys() {
  std::vector<ConfigKey> keys;
  for (const auto& rule : kKnownKeys)
    keys.push_back({name_of(rule.section), rule.key});
  return keys;
}

std::optional<ListenAddress> parse_listen_address(std::string_view text) {
  std::string_view host;
  std::string_view port_text;
  if (text.starts_with("[")) {
    const auto close = text.find("]:");
    if (close == std::string_view::npos) return std::nullopt;
    host = text.substr(1, close - 1);
    port_text = text.substr(close + 2);
  } else {
    const auto colon = text.rfind(':');
    if (colon == std::string_view::npos || text.find(':') != colon) return std::nullopt;
    host = text.substr(0, colon);
    port_text = text.substr(colon + 1);
  }
  const auto port = parse_whole_number(port_text);
  if (host.empty() || !port || *port < 0 || *port > 65535) return std::nullopt;
  if (host.find_first_of(" \t/[]") != std::string_view::npos) return std::nullopt;
  return ListenAddress{std::string(host), static_cast<int>(*port)};
}

bool is_loopback_host(std::string_view host) {
  // Digits and dots only: "127.example.org" is a name that may resolve anywhere.
  return host == "::1" || host == "localhost" ||
         (host.starts_with("127.") &&
          host.find_first_not_of("0123456789.") == std::string_view::npos);
}

ConfigResult parse_config(std::string_view text, const std::string& file) {
  Parse parse;
  parse.file = file;
  parse.folder = std::filesystem::path(file).parent_path();
  parse.text = text;
  parse.config.file = file;
  if (text.starts_with("\xEF\xBB\xBF")) parse.offset = 3;  // a BOM from a Windows editor

  const int first_bad_line = ini_parse_stream(next_line, &parse, on_key, &parse);
  if (first_bad_line > 0) {
    parse.diagnostics.error(file + ":" + std::to_string(first_bad_line),
                            "expected `key = value` or a [section] header");
  }
  check_whole_config(parse);

  ConfigResult result;
  result.diagnostics = std::move(parse.diagnostics);
  if (!result.diagnostics.has_errors()) result.config = std::move(parse.config);
  return result;
}

ConfigResult load_config(const std::string& file) {
  ConfigResult result;
  std::ifstream stream(file, std::ios::binary);
  if (!stream) {
    result.diagnostics.error(file, std::string("cannot be read: ") + std::strerror(errno));
    return result;
  }
  std::string text(kMaxConfigBytes + 1, '\0');
  stream.read(text.data(), static_cast<std::streamsize>(text.size()));
  text.resize(static_cast<std::size_t>(stream.gcount()));
  if (text.size() > kMaxConfigBytes) {
    result.diagnostics.error(file, "larger than " + std::to_string(kMaxConfigBytes / 1024) +
                                       " KiB; this is not a config file");
    return result;
  }

  result = parse_config(text, file);
  if (!result.config) return result;
  for (const SourceConfig& source : result.config->sources) {
    const std::string place = file + ":" + std::to_string(source.line) + ": [source]";
    if (source.token_file && source.scheme != UrlScheme::file) {
      if (auto problem = check_token_file_mode(*source.token_file)) {
        result.diagnostics.error(place + " token_file", *problem);
      }
    }
    if (source.ca_file && source.scheme == UrlScheme::https &&
        ::access(source.ca_file->c_str(), R_OK) != 0) {
      result.diagnostics.error(place + " ca_file",
                               *source.ca_file + " cannot be read: " + std::strerror(errno));
    }
  }
  if (result.diagnostics.has_errors()) result.config.reset();
  return result;
}

}  // namespace hgw::core
