#include "core/config.hpp"

#include <doctest/doctest.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <map>

#include "temp_folder.hpp"
#include "test_documents.hpp"

using namespace hgw;
using hgw::test::errors_of;
using hgw::test::warnings_of;

namespace {

core::ConfigResult parse(const std::string& text) {
  return core::parse_config(text, "/boot/firmware/hgw-dashboard.conf");
}

// The one error the text must give, as a whole line.
void check_single_error(const std::string& text, const std::string& expected) {
  const auto result = parse(text);
  CHECK_FALSE(result.ok());
  const auto errors = errors_of(result);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0] == expected);
}

const std::string kSource = "[source]\nurl = https://api.school.nl/hgw\n";

}  // namespace

TEST_CASE("config: a full file is read with every value") {
  const auto result = parse(R"(; HGW Dashboard, OBS De Vlinder
[source]
url = https://api.school.nl/hgw/dashboard
token_file = tokens/api.token
ca_file = /etc/hgw/school-ca.pem
poll_seconds = 120

[source]
url = file:///boot/firmware/board.json

[display]
language = en
theme = light
page_seconds = 30
teams = bb, mb
rotation = 270

[schedule]
days = ma, di, wo, do, vr
on = 07:30
off = 17:30
display_off_command = cec-ctl --to 0 --standby
display_on_command = cec-ctl --to 0 --image-view-on

[cache]
directory = /var/lib/hgw-dashboard/cache
)");
  for (const auto& line : errors_of(result))
    FAIL_CHECK(line);
  REQUIRE(result.ok());
  const core::Config& config = *result.config;
  CHECK(config.file == "/boot/firmware/hgw-dashboard.conf");
  REQUIRE(config.sources.size() == 2);
  CHECK(config.sources[0].url == "https://api.school.nl/hgw/dashboard");
  CHECK(config.sources[0].scheme == core::UrlScheme::https);
  CHECK(config.sources[0].token_file == "/boot/firmware/tokens/api.token");  // next to the config
  CHECK(config.sources[0].ca_file == "/etc/hgw/school-ca.pem");
  CHECK(config.sources[0].poll_seconds == 120);
  CHECK(config.sources[0].line == 2);
  CHECK(config.sources[1].scheme == core::UrlScheme::file);
  CHECK(config.sources[1].poll_seconds == core::kDefaultPollSeconds);
  CHECK_FALSE(config.sources[1].token_file);
  CHECK(config.sources[1].line == 8);
  CHECK(config.display.language == core::Language::en);
  CHECK(config.display.theme == core::Theme::light);
  CHECK(config.display.page_seconds == 30);
  CHECK(config.display.teams == std::vector<std::string>{"bb", "mb"});
  CHECK(config.display.rotation == 270);
  REQUIRE(config.schedule.days);
  CHECK(config.schedule.days->size() == 5);
  CHECK(config.schedule.days->front() == core::Weekday::monday);
  CHECK(config.schedule.on == core::TimeOfDay{7 * 60 + 30});
  CHECK(config.schedule.off == core::TimeOfDay{17 * 60 + 30});
  CHECK(config.schedule.display_off_command == "cec-ctl --to 0 --standby");
  CHECK(config.schedule.display_on_command == "cec-ctl --to 0 --image-view-on");
  CHECK(config.cache_directory == "/var/lib/hgw-dashboard/cache");
}

TEST_CASE("config: defaults when only a source is given") {
  const auto result = parse(kSource);
  REQUIRE(result.ok());
  CHECK(result.diagnostics.empty());
  CHECK(result.config->cache_directory == "/var/cache/hgw-dashboard");
  CHECK(result.config->display.rotation == 0);
  CHECK_FALSE(result.config->display.language);
  CHECK_FALSE(result.config->schedule.on);
  CHECK(result.config->sources[0].poll_seconds == 60);
}

TEST_CASE("config: url must be https, http or file, with a server or an absolute path") {
  CHECK(parse("[source]\nurl = HTTP://school.nl/board.json\n").ok());
  CHECK(parse("[source]\nurl = http://192.168.1.10:8080/board.json\n").ok());
  check_single_error("[source]\nurl = ftp://school.nl/board.json\n",
                     "/boot/firmware/hgw-dashboard.conf:2: [source] url: expected an https://, "
                     "http:// or file:// URL, got \"ftp://school.nl/board.json\"");
  check_single_error("[source]\nurl = school.nl/board.json\n",
                     "/boot/firmware/hgw-dashboard.conf:2: [source] url: expected an https://, "
                     "http:// or file:// URL, got \"school.nl/board.json\"");
  check_single_error("[source]\nurl = file://board.json\n",
                     "/boot/firmware/hgw-dashboard.conf:2: [source] url: expected an absolute "
                     "path after file:// (file:///boot/firmware/board.json), got "
                     "\"file://board.json\"");
  check_single_error("[source]\nurl = https:///board.json\n",
                     "/boot/firmware/hgw-dashboard.conf:2: [source] url: expected a server name "
                     "after the scheme, got \"https:///board.json\"");
  check_single_error("[source]\nurl = https://school.nl/my board.json\n",
                     "/boot/firmware/hgw-dashboard.conf:2: [source] url: a URL has no spaces; "
                     "write them as %20, got \"https://school.nl/my board.json\"");
}

TEST_CASE("config: a source needs a url, and there must be a source") {
  check_single_error("[source]\npoll_seconds = 30\n",
                     "/boot/firmware/hgw-dashboard.conf:1: [source]: has no url");
  check_single_error(kSource + "\n[source]\n",
                     "/boot/firmware/hgw-dashboard.conf:4: [source]: has no url");
  check_single_error("[display]\nlanguage = nl\n",
                     "/boot/firmware/hgw-dashboard.conf: no [source] section: the wall would "
                     "have nothing to show");
}

TEST_CASE("config: poll_seconds is a whole number, at least 10 (raised with a warning)") {
  const auto low = parse(kSource + "poll_seconds = 5\n");
  REQUIRE(low.ok());
  CHECK(low.config->sources[0].poll_seconds == 10);
  REQUIRE(warnings_of(low).size() == 1);
  CHECK(warnings_of(low)[0] ==
        "/boot/firmware/hgw-dashboard.conf:3: [source] poll_seconds: "
        "raised to the minimum of 10 seconds, got 5");
  CHECK(parse(kSource + "poll_seconds = 10\n").config->sources[0].poll_seconds == 10);
  for (const char* bad : {"0", "-5", "1.5", "ten", "86401", "60s"}) {
    CAPTURE(bad);
    check_single_error(kSource + "poll_seconds = " + bad + "\n",
                       "/boot/firmware/hgw-dashboard.conf:3: [source] poll_seconds: expected a "
                       "whole number of seconds from 10 to 86400, got \"" +
                           std::string(bad) + "\"");
  }
}

TEST_CASE("config: token_file and ca_file paths, and where they do not apply") {
  const auto result = core::parse_config(
      "[source]\nurl = https://a.nl/x\ntoken_file = ../secret/token\nca_file = ca.pem\n",
      "/etc/hgw/hgw-dashboard.conf");
  REQUIRE(result.ok());
  CHECK(result.config->sources[0].token_file == "/etc/secret/token");
  CHECK(result.config->sources[0].ca_file == "/etc/hgw/ca.pem");

  const auto plain = parse("[source]\nurl = http://a.nl/x\ntoken_file = /t\nca_file = /c\n");
  REQUIRE(plain.ok());
  const auto warnings = warnings_of(plain);
  REQUIRE(warnings.size() == 2);
  CHECK(warnings[0] ==
        "/boot/firmware/hgw-dashboard.conf:1: [source] ca_file: only used with "
        "https:// URLs; ignored");
  CHECK(warnings[1] ==
        "/boot/firmware/hgw-dashboard.conf:1: [source] token_file: the token "
        "travels unencrypted over http://; use https://");
  const auto file = parse("[source]\nurl = file:///b.json\ntoken_file = /t\n");
  REQUIRE(file.ok());
  CHECK(warnings_of(file) == std::vector<std::string>{"/boot/firmware/hgw-dashboard.conf:1: "
                                                      "[source] token_file: not used with "
                                                      "file:// URLs; ignored"});
}

TEST_CASE("config: display values") {
  const std::string at = "/boot/firmware/hgw-dashboard.conf:4: [display] ";
  check_single_error(kSource + "[display]\nlanguage = de\n",
                     at + "language: expected one of nl | en, got \"de\"");
  check_single_error(kSource + "[display]\ntheme = blue\n",
                     at + "theme: expected one of dark | light, got \"blue\"");
  check_single_error(kSource + "[display]\npage_seconds = 4\n",
                     at + "page_seconds: expected a whole number of seconds from 5 to 3600, got "
                          "\"4\"");
  check_single_error(kSource + "[display]\nrotation = 45\n",
                     at + "rotation: expected 0 | 90 | 180 | 270, got \"45\"");
  check_single_error(kSource + "[display]\nteams = , ,\n",
                     at + "teams: expected team ids separated by commas (bb, mb), got \", ,\"");
  for (int degrees : {0, 90, 180, 270}) {
    CHECK(parse(kSource + "[display]\nrotation = " + std::to_string(degrees) + "\n")
              .config->display.rotation == degrees);
  }
}

TEST_CASE("config: schedule values") {
  const std::string at = "/boot/firmware/hgw-dashboard.conf:4: [schedule] ";
  check_single_error(kSource + "[schedule]\ndays = ma, di, vrijdag\n",
                     at + "days: expected days from ma | di | wo | do | vr | za | zo, got "
                          "\"vrijdag\"");
  check_single_error(kSource + "[schedule]\non = 7:30\noff = 17:30\n",
                     at + "on: expected a time HH:MM, got \"7:30\"");
  check_single_error(kSource + "[schedule]\non = 07:30\n",
                     "/boot/firmware/hgw-dashboard.conf: [schedule]: give both on and off, or "
                     "neither");
  check_single_error(kSource + "[schedule]\non = 17:30\noff = 07:30\n",
                     at + "off: expected a time after on (17:30)");
  const auto days = parse(kSource + "[schedule]\ndays = vr,ma,vr\n");
  REQUIRE(days.ok());
  CHECK(*days.config->schedule.days ==
        std::vector<core::Weekday>{core::Weekday::friday, core::Weekday::monday});
}

TEST_CASE("config: cache directory must be absolute") {
  check_single_error(kSource + "[cache]\ndirectory = cache\n",
                     "/boot/firmware/hgw-dashboard.conf:4: [cache] directory: expected an "
                     "absolute folder (/var/cache/hgw-dashboard), got \"cache\"");
  CHECK(parse(kSource + "[cache]\ndirectory = /data/cache/\n").config->cache_directory ==
        "/data/cache/");
}

TEST_CASE("config: unknown sections and keys, keys outside a section, twice, empty") {
  check_single_error(kSource + "[sources]\nurl = x\n",
                     "/boot/firmware/hgw-dashboard.conf:3: [sources]: unknown section; expected "
                     "[source], [display], [schedule], [cache] or [board]");
  check_single_error(kSource + "pol_seconds = 30\n",
                     "/boot/firmware/hgw-dashboard.conf:3: [source] pol_seconds: unknown key; "
                     "[source] knows url, token_file, ca_file, poll_seconds");
  check_single_error("url = https://a.nl/x\n" + kSource,
                     "/boot/firmware/hgw-dashboard.conf:1: url: outside a section; put it under "
                     "[source], [display], [schedule], [cache] or [board]");
  check_single_error(kSource + "url = https://b.nl/x\n",
                     "/boot/firmware/hgw-dashboard.conf:3: [source] url: given twice (first on "
                     "line 2)");
  check_single_error(kSource + "token_file =\n",
                     "/boot/firmware/hgw-dashboard.conf:3: [source] token_file: has no value");
  check_single_error(kSource + "[display]\nlanguage = nl\n[display]\ntheme = dark\n",
                     "/boot/firmware/hgw-dashboard.conf:5: [display]: given more than once; "
                     "write all its keys in one section");
}

TEST_CASE("config: syntax errors and long lines name their line; comments and BOM are fine") {
  check_single_error(kSource + "this is not a key\n",
                     "/boot/firmware/hgw-dashboard.conf:3: expected `key = value` or a [section] "
                     "header");
  check_single_error(kSource + "  poll_seconds = 30\n",
                     "/boot/firmware/hgw-dashboard.conf:3: [source] url: continues on an "
                     "indented line; write the value on one line");
  check_single_error(kSource + "ca_file = /" + std::string(300, 'a') + "\n",
                     "/boot/firmware/hgw-dashboard.conf:3: line longer than 198 characters; the "
                     "line is skipped");
  const auto fine =
      parse("\xEF\xBB\xBF# comment\r\n[source]\r\nurl = https://a.nl/x ; comment\r\n");
  for (const auto& line : errors_of(fine))
    FAIL_CHECK(line);
  REQUIRE(fine.ok());
  CHECK(fine.config->sources[0].url == "https://a.nl/x");
}

TEST_CASE("config: load_config refuses a token file others may read, and says chmod 600") {
  test::TempFolder folder;
  const std::string token = folder.write("api.token", "s3cr3t\n");
  const std::string ca = folder.write("ca.pem", "-----BEGIN CERTIFICATE-----\n");
  const std::string config = folder.write("hgw.conf",
                                          "[source]\nurl = https://a.nl/x\n"
                                          "token_file = api.token\nca_file = ca.pem\n");
  ::chmod(token.c_str(), 0644);
  auto result = core::load_config(config);
  CHECK_FALSE(result.ok());
  REQUIRE(errors_of(result).size() == 1);
  CHECK(errors_of(result)[0] == config + ":1: [source] token_file: " + token +
                                    " may be read by others (mode 0644); a token must be "
                                    "private: run chmod 600 " +
                                    token);

  ::chmod(token.c_str(), 0600);
  result = core::load_config(config);
  for (const auto& line : errors_of(result))
    FAIL_CHECK(line);
  CHECK(result.ok());

  std::filesystem::remove(ca);
  result = core::load_config(config);
  REQUIRE(errors_of(result).size() == 1);
  CHECK(errors_of(result)[0] ==
        config + ":1: [source] ca_file: " + ca + " cannot be read: No such file or directory");

  CHECK(errors_of(core::load_config(folder.path() + "/missing.conf")) ==
        std::vector<std::string>{folder.path() +
                                 "/missing.conf: cannot be read: No such file or directory"});
}

TEST_CASE("config: q and Esc end the kiosk only when quit_keys = yes") {
  CHECK_FALSE(parse(kSource).config->display.quit_keys);
  CHECK(parse(kSource + "[display]\nquit_keys = yes\n").config->display.quit_keys);
  CHECK_FALSE(parse(kSource + "[display]\nquit_keys = no\n").config->display.quit_keys);
  check_single_error(
      kSource + "[display]\nquit_keys = ja\n",
      "/boot/firmware/hgw-dashboard.conf:4: [display] quit_keys: expected yes | no, got "
      "\"ja\"");
}

TEST_CASE("config: [display] present chooses how frames reach the screen") {
  CHECK_FALSE(parse(kSource).config->display.present.has_value());
  CHECK(parse(kSource + "[display]\npresent = framebuffer\n").config->display.present ==
        core::PresentChoice::framebuffer);
  CHECK(parse(kSource + "[display]\npresent = auto\n").config->display.present ==
        core::PresentChoice::automatic);
  check_single_error(kSource + "[display]\npresent = opengl\n",
                     "/boot/firmware/hgw-dashboard.conf:4: [display] present: expected auto | "
                     "gpu | framebuffer, got \"opengl\"");
}

TEST_CASE("config: a skipped long line leaves the lines after it intact") {
  // The skipped line reaches inih as an empty line (fuzz/regressions/fuzz_config:
  // its copy once read from a null pointer, which UBSan in tests/sanitizers.sh reports).
  // Only the long line is reported: no "[source] has no url", no bad rotation.
  const auto result = parse("[source]\n; " + std::string(500, 'x') +
                            "\nurl = https://a.nl/x\n[display]\nrotation = 90\n");
  REQUIRE(result.diagnostics.entries().size() == 1);
  CHECK(result.diagnostics.entries()[0].to_string() ==
        "/boot/firmware/hgw-dashboard.conf:2: line longer than 198 characters; the "
        "line is skipped");
}

// Each known key is declared once in config.cpp, with the reader that stores it, so
// the "unknown key" check and the reading cannot disagree by construction. This
// proves the other half: every declared key's reader really changes the Config. A
// key declared without a sample here fails, so a new key comes with its proof.
TEST_CASE("config: every known key is read into the config") {
  using Sections = std::map<std::string, std::map<std::string, std::string>>;
  const Sections base{
      {"source", {{"url", "https://a.school.nl/hgw"}}},
      {"schedule", {{"on", "07:00"}, {"off", "17:00"}}},
  };
  // A value for each key that differs from what `base` gives or defaults to.
  const Sections samples{
      {"source",
       {{"url", "https://b.school.nl/hgw"},
        {"token_file", "api.token"},
        {"ca_file", "/etc/hgw/ca.pem"},
        {"poll_seconds", "120"}}},
      {"display",
       {{"language", "en"},
        {"theme", "light"},
        {"page_seconds", "30"},
        {"teams", "bb"},
        {"rotation", "90"},
        {"quit_keys", "yes"},
        {"present", "framebuffer"}}},
      {"schedule",
       {{"days", "ma"},
        {"on", "08:00"},
        {"off", "18:00"},
        {"display_off_command", "off"},
        {"display_on_command", "on"}}},
      {"cache", {{"directory", "/data/cache"}}},
      {"board",
       {{"listen", "127.0.0.1:8443"},
        {"front_listen", "127.0.0.1:9"},
        {"http_listen", "127.0.0.1:9"},
        {"password_hash", "$argon2id$v=19$x"},
        {"data_directory", "/data/board"},
        {"editor_directory", "/data/editor"},
        {"session_minutes", "5"},
        {"first_run_file", "/run/x/first-run.json"}}},
  };
  const auto text_of = [](const Sections& sections) {
    std::string text;
    for (const auto& [section, keys] : sections) {
      text += "[" + section + "]\n";
      for (const auto& [key, value] : keys)
        text += key + " = " + value + "\n";
    }
    return text;
  };
  // What was read, without the lines of the [source] headers, which move as sections
  // are added and are no setting.
  const auto settings_of = [](const core::ConfigResult& result) {
    core::Config config = *result.config;
    for (auto& source : config.sources)
      source.line = 0;
    return config;
  };
  const auto base_result = parse(text_of(base));
  REQUIRE(base_result.ok());

  const auto keys = core::known_config_keys();
  REQUIRE(keys.size() >= 20);
  for (const auto& [section, key] : keys) {
    const std::string name = "[" + std::string(section) + "] " + std::string(key);
    CAPTURE(name);
    const auto sample = samples.find(std::string(section));
    const bool has_sample = sample != samples.end() && sample->second.contains(std::string(key));
    CHECK_MESSAGE(has_sample, "add a sample value for " << name << " to this test");
    if (!has_sample) continue;
    Sections changed = base;
    changed[std::string(section)][std::string(key)] = sample->second.at(std::string(key));
    const auto result = parse(text_of(changed));
    for (const auto& line : errors_of(result))
      FAIL_CHECK(line);
    REQUIRE(result.ok());
    CHECK_MESSAGE(settings_of(result) != settings_of(base_result),
                  name << " is accepted but not read");
  }
}
