// hgw-board as a whole, started by each test on 127.0.0.1 (docs/board-api.md):
// the board over loopback HTTP for the kiosk, login and CSRF over HTTPS with the
// device certificate, conditional writes, versions, limits and previews.

#include <doctest/doctest.h>
#include <fcntl.h>
#include <grp.h>
#include <signal.h>
#include <stb_image.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <sstream>
#include <thread>

#include "board_fixture.hpp"
#include "core/first_run.hpp"
#include "net/cache.hpp"

using namespace hgw;
using test::editor_headers;
using test::log_in;
using test::RunningBoard;

namespace {

const std::string kBoardWithAction =
    R"({"format": "hgw-dashboard/1",
        "teams": [{"id": "bb", "name": "Bovenbouw", "groups": ["6", "7", "8"],
                   "cycle": {"phase": "signaleren_analyseren", "since": "2026-11-16", "until": "2026-12-04"}}],
        "actions": [{"id": "a1", "what": "Rekenles groep 8 observeren", "who": "Anna",
                     "when": "2026-12-10", "how": "Kijkwijzer", "why": "Doel 1F", "status": "open"}]})";

nlohmann::json json_of(const httplib::Result& answer) {
  return nlohmann::json::parse(answer->body);
}

std::string etag_of(httplib::Client& client) {
  return client.Get("/api/board")->get_header_value("ETag");
}

// A line of /proc/PID/status without its name ("Uid:", "Name:"), or "".
std::string status_line(pid_t pid, const std::string& name) {
  std::ifstream status("/proc/" + std::to_string(pid) + "/status");
  for (std::string line; std::getline(status, line);) {
    if (line.starts_with(name)) return line.substr(line.find_first_not_of(" \t", name.size()));
  }
  return {};
}

long real_uid_of(pid_t pid) {
  const std::string ids = status_line(pid, "Uid:");
  return ids.empty() ? -1 : std::stol(ids);
}

// Who owns /proc/PID/status: the process's own user while it is dumpable, root
// once it has forbidden dumps (proc(5), PR_SET_DUMPABLE). The folder /proc/PID
// itself may keep its first owner, so one of its files is asked.
long proc_owner_of(pid_t pid) {
  struct stat status {};
  if (::stat(("/proc/" + std::to_string(pid) + "/status").c_str(), &status) != 0) return -1;
  return static_cast<long>(status.st_uid);
}

// What the wall reads: the first-run notice the board wrote.
core::FirstRunNotice first_run_notice(const RunningBoard& board) {
  std::ifstream file(board.first_run_file(), std::ios::binary);
  std::stringstream text;
  text << file.rdbuf();
  const core::FirstRunRead read = core::parse_first_run(text.str());
  REQUIRE_MESSAGE(read.notice, read.error << " in " << board.first_run_file());
  return *read.notice;
}

httplib::Result set_up(httplib::Client& client, const std::string& code,
                       const std::string& password = test::kPassword,
                       const std::string& name = "Anna") {
  return client.Post("/api/setup",
                     nlohmann::json{{"code", code}, {"password", password}, {"name", name}}.dump(),
                     "application/json");
}

}  // namespace

TEST_CASE("the kiosk reads the board over loopback HTTP with an ETag, 304 and validate") {
  RunningBoard board;
  auto http = board.http();
  const auto answer = http->Get("/api/board");
  REQUIRE(answer);
  CHECK(answer->status == 200);
  CHECK(answer->get_header_value("Cache-Control") == "no-cache");
  const std::string etag = answer->get_header_value("ETag");
  CHECK(etag.starts_with("\"1-"));
  CHECK(json_of(answer)["format"] == "hgw-dashboard/1");

  const auto unchanged = http->Get("/api/board", {{"If-None-Match", etag}});
  REQUIRE(unchanged);
  CHECK(unchanged->status == 304);
  CHECK(unchanged->body.empty());

  const std::string url =
      "http://127.0.0.1:" + std::to_string(board.process->http_port) + "/api/board";
  const std::string command =
      std::string(HGW_DASHBOARD_BINARY) + " validate " + url + " >/dev/null";
  CHECK(std::system(command.c_str()) == 0);

  // Everything else needs a login, also on loopback.
  CHECK(http->Get("/api/versions")->status == 401);
  CHECK(json_of(http->Get("/api/versions"))["error"] == "login_required");
  // The editor is served with its security headers.
  const auto page = http->Get("/");
  REQUIRE(page);
  CHECK(page->status == 200);
  CHECK(page->body.find("<title>Bord</title>") != std::string::npos);
  CHECK(page->get_header_value("Content-Security-Policy") ==
        "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'");
  CHECK(page->get_header_value("X-Content-Type-Options") == "nosniff");
  CHECK(page->get_header_value("X-Frame-Options") == "DENY");
  CHECK(page->get_header_value("Referrer-Policy") == "no-referrer");
}

TEST_CASE("HTTPS answers with the device certificate, whose fingerprint the journal shows") {
  RunningBoard board;
  auto https = board.https();
  const auto session = https->Get("/api/session");
  REQUIRE_MESSAGE(session, "TLS failed: " << httplib::to_string(session.error()));
  CHECK(session->status == 200);
  const auto body = json_of(session);
  CHECK(body["password_set"] == true);
  CHECK(body["logged_in"] == false);
  const std::string fingerprint = body["certificate_sha256"];
  CHECK(fingerprint.size() == 95);  // 32 bytes as AB:CD:…
  CHECK(board.process->output.find("SHA-256 fingerprint " + fingerprint) != std::string::npos);
  // On HTTPS even reading the board needs a login.
  CHECK(https->Get("/api/board")->status == 401);

  const auto login = log_in(*https);
  REQUIRE(login);
  CHECK(login->set_cookie.find("; Secure; HttpOnly; SameSite=Strict; Path=/") != std::string::npos);
  CHECK(login->cookie.size() == std::string("hgw_session=").size() + 64);
  httplib::Headers headers{{"Cookie", login->cookie}};
  CHECK(https->Get("/api/board", headers)->status == 200);
  CHECK(json_of(https->Get("/api/session", headers))["csrf"] == login->csrf);
  CHECK(json_of(https->Get("/api/session", headers))["name"] == "Anna");

  // The key is readable by the service only.
  struct stat key_status {};
  REQUIRE(::stat(board.data_file("device.key").c_str(), &key_status) == 0);
  CHECK((key_status.st_mode & 0777) == 0600);
}

TEST_CASE("the loopback HTTP cookie has no Secure flag, the rest of it the same") {
  RunningBoard board;
  auto http = board.http();
  const auto login = log_in(*http);
  REQUIRE(login);
  CHECK(login->set_cookie.find("Secure") == std::string::npos);
  CHECK(login->set_cookie.find("; HttpOnly; SameSite=Strict; Path=/") != std::string::npos);
}

TEST_CASE("every write needs a login and the session's CSRF token") {
  RunningBoard board;
  auto http = board.http();
  const std::string etag = etag_of(*http);
  const auto login = log_in(*http);
  REQUIRE(login);

  CHECK(
      http->Put("/api/board", {{"If-Match", etag}}, kBoardWithAction, "application/json")->status ==
      401);
  const auto no_token = http->Put("/api/board", {{"Cookie", login->cookie}, {"If-Match", etag}},
                                  kBoardWithAction, "application/json");
  CHECK(no_token->status == 403);
  CHECK(json_of(no_token)["error"] == "csrf");
  const auto wrong_token = http->Put(
      "/api/board", {{"Cookie", login->cookie}, {"If-Match", etag}, {"X-CSRF-Token", "00"}},
      kBoardWithAction, "application/json");
  CHECK(wrong_token->status == 403);
  CHECK(http->Post("/api/versions/1/restore", {{"Cookie", login->cookie}, {"If-Match", etag}}, "",
                   "application/json")
            ->status == 403);
  CHECK(http->Post("/api/logout", {{"Cookie", login->cookie}}, "", "application/json")->status ==
        403);
  CHECK(etag_of(*http) == etag);  // nothing changed

  // Another session's token is no good either.
  const auto other = log_in(*http, test::kPassword, "Bram");
  REQUIRE(other);
  CHECK(http->Put("/api/board",
                  {{"Cookie", login->cookie}, {"If-Match", etag}, {"X-CSRF-Token", other->csrf}},
                  kBoardWithAction, "application/json")
            ->status == 403);

  CHECK(http->Post("/api/logout", editor_headers(*login), "", "application/json")->status == 204);
  CHECK(http->Put("/api/board", editor_headers(*login, etag), kBoardWithAction, "application/json")
            ->status == 401);
}

TEST_CASE("PUT: 428 without If-Match, 422 with validate's paths, 200, then 412 for the stale one") {
  RunningBoard board;
  auto http = board.http();
  const auto login = log_in(*http);
  REQUIRE(login);
  const std::string first = etag_of(*http);

  const auto without =
      http->Put("/api/board", editor_headers(*login), kBoardWithAction, "application/json");
  CHECK(without->status == 428);
  CHECK(json_of(without)["error"] == "if_match_required");

  std::string invalid = kBoardWithAction;
  invalid.replace(invalid.find("2026-12-10"), 10, "12 dec");
  const auto refused =
      http->Put("/api/board", editor_headers(*login, first), invalid, "application/json");
  CHECK(refused->status == 422);
  const auto errors = json_of(refused)["errors"];
  REQUIRE(errors.size() == 1);
  CHECK(errors[0]["path"] == "actions[0].when");
  CHECK(errors[0]["message"] == "expected a date YYYY-MM-DD, got \"12 dec\"");
  CHECK(etag_of(*http) == first);

  const auto saved =
      http->Put("/api/board", editor_headers(*login, first), kBoardWithAction, "application/json");
  REQUIRE(saved->status == 200);
  CHECK(json_of(saved)["version"] == 2);
  CHECK(saved->get_header_value("ETag") == "\"" + json_of(saved)["etag"].get<std::string>() + "\"");
  CHECK(http->Get("/api/board")->body == kBoardWithAction);

  const auto stale = http->Put("/api/board", editor_headers(*login, first),
                               "{\"format\": \"hgw-dashboard/1\"}", "application/json");
  CHECK(stale->status == 412);
  const auto conflict = json_of(stale);
  CHECK(conflict["error"] == "conflict");
  CHECK(conflict["version"] == 2);
  CHECK(conflict["saved_by"] == "Anna");
  CHECK(conflict["etag"] == json_of(saved)["etag"]);
  CHECK(http->Get("/api/board")->body == kBoardWithAction);
}

TEST_CASE("versions list who saved when, and restore makes a new version") {
  RunningBoard board;
  auto http = board.http();
  const auto login = log_in(*http, test::kPassword, "Anna de kc'er");
  REQUIRE(login);
  REQUIRE(http->Put("/api/board", editor_headers(*login, etag_of(*http)), kBoardWithAction,
                    "application/json")
              ->status == 200);
  const httplib::Headers reader{{"Cookie", login->cookie}};
  auto versions = json_of(http->Get("/api/versions", reader));
  REQUIRE(versions.size() == 2);
  CHECK(versions[0]["version"] == 2);
  CHECK(versions[0]["saved_by"] == "Anna de kc'er");
  CHECK(versions[0]["size"] == kBoardWithAction.size());
  CHECK(versions[0]["restored_from"].is_null());
  CHECK(versions[0]["saved_at"].get<std::string>().size() >= 20);
  CHECK(http->Get("/api/versions/1", reader)->body.find("hgw-dashboard/1") != std::string::npos);
  CHECK(http->Get("/api/versions/9", reader)->status == 404);

  const auto restored = http->Post("/api/versions/1/restore",
                                   editor_headers(*login, etag_of(*http)), "", "application/json");
  REQUIRE(restored->status == 200);
  CHECK(json_of(restored)["version"] == 3);
  versions = json_of(http->Get("/api/versions", reader));
  CHECK(versions[0]["restored_from"] == 1);
  CHECK(http->Get("/api/board")->body == http->Get("/api/versions/1", reader)->body);
}

TEST_CASE("a body over 1 MiB is refused with 413 and changes nothing") {
  RunningBoard board;
  auto http = board.http();
  const auto login = log_in(*http);
  REQUIRE(login);
  const std::string etag = etag_of(*http);
  const std::string huge =
      "{\"format\": \"hgw-dashboard/1\", \"x\": \"" + std::string(2 * 1024 * 1024, 'a') + "\"}";
  const auto answer =
      http->Put("/api/board", editor_headers(*login, etag), huge, "application/json");
  REQUIRE(answer);
  CHECK(answer->status == 413);
  CHECK(etag_of(*http) == etag);
}

TEST_CASE("five wrong passwords: each answer later, then 429 with Retry-After") {
  RunningBoard board;
  auto http = board.http();
  for (int i = 0; i < 5; ++i) {
    const auto started = std::chrono::steady_clock::now();
    const auto answer = http->Post("/api/login", R"({"password": "fout"})", "application/json");
    const auto took = std::chrono::steady_clock::now() - started;
    REQUIRE(answer);
    CHECK(answer->status == 401);
    CHECK(json_of(answer)["error"] == "wrong_password");
    // Held back 200 ms more for each failure (on top of argon2id, whose time a
    // loaded machine makes too uneven to compare answers with each other).
    CHECK(took >= std::chrono::milliseconds(200) * (i + 1));
  }
  const auto blocked = http->Post(
      "/api/login", nlohmann::json{{"password", test::kPassword}}.dump(), "application/json");
  CHECK(blocked->status == 429);
  CHECK(json_of(blocked)["error"] == "too_many_attempts");
  const int retry_after = std::stoi(blocked->get_header_value("Retry-After"));
  CHECK(retry_after > 14 * 60);
  CHECK(retry_after <= 15 * 60);
  CHECK(json_of(blocked)["retry_after"] == retry_after);
}

TEST_CASE("16 wrong passwords at once from one address: exactly 5 are checked") {
  RunningBoard board;
  std::atomic<int> checked{0};
  std::atomic<int> refused{0};
  std::mutex others_mutex;
  std::vector<std::string> others;
  std::vector<std::thread> guessers;
  for (int i = 0; i < 16; ++i) {
    guessers.emplace_back([&] {
      auto http = board.http();
      // Two checks at a time, each slowed after a failure: the last ones wait long
      // on a busy machine, and an answer that never came would count as neither.
      http->set_read_timeout(60, 0);
      const auto answer = http->Post("/api/login", R"({"password": "fout"})", "application/json");
      if (answer && answer->status == 401) ++checked;
      if (answer && answer->status == 429) ++refused;
      if (!answer || (answer->status != 401 && answer->status != 429)) {
        const std::lock_guard lock(others_mutex);
        others.push_back(answer ? std::to_string(answer->status) + " " + answer->body
                                : httplib::to_string(answer.error()));
      }
    });
  }
  for (auto& guesser : guessers)
    guesser.join();
  // What the limiter promises: exactly five guesses are checked. On a loaded machine
  // the board may drop a connection that waited for a worker instead of refusing it;
  // a dropped guess is not a checked one (printed, so it shows).
  for (const auto& other : others) {
    MESSAGE("neither checked nor refused: " << other);
    CHECK(other.starts_with("Read"));
  }
  CHECK(checked == 5);
  CHECK(refused + static_cast<int>(others.size()) == 11);
}

TEST_CASE("a restart does not lift a lock") {
  RunningBoard board;
  {
    auto http = board.http();
    for (int i = 0; i < 5; ++i)
      CHECK(http->Post("/api/login", R"({"password": "fout"})", "application/json")->status == 401);
  }
  board.process.reset();
  board.process = std::make_unique<test::BoardProcess>(board.config_path, 2);
  auto http = board.http();
  const auto blocked = http->Post(
      "/api/login", nlohmann::json{{"password", test::kPassword}}.dump(), "application/json");
  REQUIRE(blocked);
  CHECK(blocked->status == 429);
  struct stat state {};
  REQUIRE(::stat(board.data_file("login-limiter.json").c_str(), &state) == 0);
  CHECK((state.st_mode & 0777) == 0600);
}

TEST_CASE("login and writes want JSON and the board's own Origin (or none)") {
  RunningBoard board;
  auto http = board.http();
  const std::string body = nlohmann::json{{"password", test::kPassword}}.dump();
  // What a hostile page can send without asking the browser first: a text/plain form.
  const auto form =
      http->Post("/api/login", {{"Origin", "https://evil.example"}}, body, "text/plain");
  REQUIRE(form);
  CHECK(form->status == 415);
  const auto foreign =
      http->Post("/api/login", {{"Origin", "https://evil.example"}}, body, "application/json");
  CHECK(foreign->status == 403);
  CHECK(json_of(foreign)["error"] == "origin");
  const std::string own = "http://127.0.0.1:" + std::to_string(board.process->http_port);
  CHECK(http->Post("/api/login", {{"Origin", own}}, body, "application/json")->status == 200);
  const auto login = log_in(*http);
  REQUIRE(login);
  auto headers = editor_headers(*login, etag_of(*http));
  headers.emplace("Origin", "https://evil.example");
  CHECK(http->Put("/api/board", headers, kBoardWithAction, "application/json")->status == 403);
  CHECK(http->Put("/api/board", editor_headers(*login, etag_of(*http)), kBoardWithAction,
                  "text/plain")
            ->status == 415);
}

TEST_CASE("without a password hash nobody can log in or write, and the reason is given") {
  test::BoardSetup setup;
  setup.with_password = false;
  RunningBoard board(setup);
  auto http = board.http();
  CHECK(json_of(http->Get("/api/session"))["password_set"] == false);
  const auto login = http->Post("/api/login", R"({"password": ""})", "application/json");
  CHECK(login->status == 503);
  CHECK(json_of(login)["error"] == "no_password");
  CHECK(json_of(login)["message"].get<std::string>().find("hgw-board hash-password") !=
        std::string::npos);
  CHECK(
      http->Put("/api/board", {{"If-Match", etag_of(*http)}}, kBoardWithAction, "application/json")
          ->status == 503);
  CHECK(board.process->output.find("no password set") != std::string::npos);
  CHECK(http->Get("/api/board")->status == 200);  // the wall still reads it
}

TEST_CASE("plain HTTP on a non-loopback address stops the service at start with the config line") {
  test::TempFolder folder;
  const std::string config =
      folder.write("hgw-dashboard.conf",
                   "[source]\nurl = http://127.0.0.1:8080/api/board\n\n[board]\n"
                   "listen = none\nhttp_listen = 0.0.0.0:0\ndata_directory = " +
                       folder.file("data") + "\n");
  test::BoardProcess process(config, 0);
  CHECK(process.exit_code() == 1);
  CHECK(process.output.find(config +
                            ":6: [board] http_listen: plain HTTP only listens on loopback") !=
        std::string::npos);
  CHECK(process.output.find("listening") == std::string::npos);
}

TEST_CASE("the board is not dumpable: it holds the TLS key, the password hash and the sessions") {
  // Owner and process must differ to tell "not dumpable" from "runs as root": a
  // test run as root starts both processes below as nobody.
  const uid_t user = ::geteuid() == 0 ? 65534 : ::geteuid();
  test::TempFolder folder;
  const std::string config = folder.write(
      "hgw-dashboard.conf",
      "[source]\nurl = http://127.0.0.1:8080/api/board\n\n"
      "[board]\nlisten = none\nhttp_listen = 127.0.0.1:0\ndata_directory = " +
          folder.file("data") + "\nfirst_run_file = " + folder.file("first-run.json") + "\n");
  if (::geteuid() == 0) {
    REQUIRE(::chown(folder.path().c_str(), user, user) == 0);
    REQUIRE(::chown(config.c_str(), user, user) == 0);
  }

  // The control: a plain process of the same user owns its /proc/PID/status.
  const pid_t plain = ::fork();
  REQUIRE(plain >= 0);
  if (plain == 0) {
    if (::setgroups(0, nullptr) != 0 || ::setgid(user) != 0 || ::setuid(user) != 0) ::_exit(126);
    ::execl("/bin/sleep", "sleep", "30", static_cast<char*>(nullptr));
    ::_exit(127);
  }
  // Until the exec is done: between setuid and exec the child is not dumpable either.
  for (int tries = 0; tries < 500 && status_line(plain, "Name:") != "sleep"; ++tries)
    ::usleep(10'000);
  const long plain_owner = proc_owner_of(plain);
  ::kill(plain, SIGKILL);
  ::waitpid(plain, nullptr, 0);
  CHECK(plain_owner == static_cast<long>(user));

  test::BoardProcess board(config, 1, {},
                           ::geteuid() == 0 ? std::optional<uid_t>(user) : std::nullopt);
  REQUIRE_MESSAGE(board.http_port > 0, board.output);
  CHECK(real_uid_of(board.pid()) == static_cast<long>(user));
  CHECK_MESSAGE(proc_owner_of(board.pid()) == 0,
                "hgw-board can be dumped and read by its own user");
  // One answer before SIGTERM: a stop before the listener thread runs is not
  // noticed by cpp-httplib, and the board would then never end.
  httplib::Client client("127.0.0.1", board.http_port);
  CHECK(client.Get("/api/session"));
}

TEST_CASE("previews: a PNG of the asked size, drawn from the board and the kiosk's cache") {
  test::BoardSetup setup;
  setup.extra_config = "[source]\nurl = https://school.example/api/wall\n";
  RunningBoard board(setup);
  // What the kiosk last fetched from the school's API: the demo school's goals.
  std::ifstream demo(std::string(HGW_API_DIR) + "/demo-school.json");
  std::stringstream demo_text;
  demo_text << demo.rdbuf();
  auto school = nlohmann::json::parse(demo_text.str());
  school.erase("actions");
  net::DocumentCache cache(board.folder.file("cache"));
  REQUIRE(cache.write({"https://school.example/api/wall", school.dump(), "", "", {}}).empty());

  auto http = board.http();
  const auto login = log_in(*http);
  REQUIRE(login);
  REQUIRE(http->Put("/api/board", editor_headers(*login, etag_of(*http)), kBoardWithAction,
                    "application/json")
              ->status == 200);
  const httplib::Headers reader{{"Cookie", login->cookie}};
  CHECK(http->Get("/api/preview/acties.png")->status == 401);
  CHECK(http->Get("/api/preview/kantine.png", reader)->status == 404);
  CHECK(http->Get("/api/preview/acties.png?width=5000&height=100", reader)->status == 400);

  const auto started = std::chrono::steady_clock::now();
  const auto answer = http->Get("/api/preview/acties.png?width=960&height=540", reader);
  MESSAGE("preview 960x540: " << std::chrono::duration<double, std::milli>(
                                     std::chrono::steady_clock::now() - started)
                                     .count()
                              << " ms");
  REQUIRE(answer);
  REQUIRE(answer->status == 200);
  CHECK(answer->get_header_value("Content-Type") == "image/png");
  int width = 0;
  int height = 0;
  int channels = 0;
  unsigned char* pixels =
      stbi_load_from_memory(reinterpret_cast<const unsigned char*>(answer->body.data()),
                            static_cast<int>(answer->body.size()), &width, &height, &channels, 4);
  REQUIRE(pixels != nullptr);
  CHECK(width == 960);
  CHECK(height == 540);
  std::set<std::uint32_t> colours;
  for (int i = 0; i < width * height; i += 7) {
    std::uint32_t colour = 0;
    std::memcpy(&colour, pixels + i * 4, 4);
    colours.insert(colour);
  }
  stbi_image_free(pixels);
  CHECK(colours.size() > 20);  // text, table and header: far from one flat colour

  if (const char* folder = std::getenv("HGW_BOARD_PREVIEW_DIR")) {
    for (const char* page : {"overzicht", "acties", "cyclus"}) {
      const auto png = http->Get(std::string("/api/preview/") + page + ".png", reader);
      std::ofstream(std::string(folder) + "/" + page + ".png", std::ios::binary) << png->body;
    }
  }
}

// The wall continues a page that does not fit on the next turn ("Acties 2/3"): the
// kc'er's preview has every part, and says how many there are.
TEST_CASE("previews: every part of a page that continues, and how many there are") {
  test::BoardSetup setup;
  RunningBoard board(setup);
  auto http = board.http();
  const auto login = log_in(*http);
  REQUIRE(login);
  // Thirty actions: more than one 960x540 actions page holds.
  auto document = nlohmann::json::parse(kBoardWithAction);
  for (int i = 2; i <= 30; ++i) {
    auto action = document["actions"][0];
    action["id"] = "a" + std::to_string(i);
    action["what"] = "Actie nummer " + std::to_string(i);
    document["actions"].push_back(action);
  }
  REQUIRE(http->Put("/api/board", editor_headers(*login, etag_of(*http)), document.dump(),
                    "application/json")
              ->status == 200);
  const httplib::Headers reader{{"Cookie", login->cookie}};
  const auto first = http->Get("/api/preview/acties.png?width=960&height=540", reader);
  REQUIRE(first);
  REQUIRE(first->status == 200);
  const int parts = std::stoi(first->get_header_value("X-Page-Parts"));
  CHECK(parts >= 2);
  std::set<std::string> images{first->body};
  for (int part = 2; part <= parts; ++part) {
    const auto answer = http->Get(
        "/api/preview/acties.png?width=960&height=540&part=" + std::to_string(part), reader);
    REQUIRE(answer);
    CHECK(answer->status == 200);
    CHECK(answer->get_header_value("Content-Type") == "image/png");
    images.insert(answer->body);
  }
  CHECK(images.size() == static_cast<std::size_t>(parts));  // each part its own picture
  const auto past = http->Get(
      "/api/preview/acties.png?width=960&height=540&part=" + std::to_string(parts + 1), reader);
  CHECK(past->status == 404);
  CHECK(json_of(past)["error"] == "no_such_part");
  CHECK(http->Get("/api/preview/acties.png?part=0", reader)->status == 400);
  CHECK(http->Get("/api/preview/acties.png?part=twee", reader)->status == 400);
  // HEAD says how many parts without drawing one (the editor asks it for every page).
  const auto head = http->Head("/api/preview/acties.png?width=960&height=540", reader);
  REQUIRE(head);
  CHECK(head->status == 200);
  CHECK(head->get_header_value("X-Page-Parts") == std::to_string(parts));
  // A page that fits has one part.
  CHECK(http->Get("/api/preview/cyclus.png", reader)->get_header_value("X-Page-Parts") == "1");
}

// The editor asks for every page after each save, from a phone and a laptop: the
// same frame is drawn once, and one session's flood cannot make another editor wait.
TEST_CASE("previews: the same preview is drawn once; a save or another size draws anew") {
  RunningBoard board;
  auto http = board.http();
  const auto login = log_in(*http);
  REQUIRE(login);
  REQUIRE(http->Put("/api/board", editor_headers(*login, etag_of(*http)), kBoardWithAction,
                    "application/json")
              ->status == 200);
  const httplib::Headers reader{{"Cookie", login->cookie}};
  const std::string small = "/api/preview/acties.png?width=960&height=540";
  const auto first = http->Get(small, reader);
  REQUIRE(first);
  REQUIRE(first->status == 200);
  CHECK(first->get_header_value("X-Preview-Cache") == "miss");
  const auto again = http->Get(small, reader);
  REQUIRE(again);
  CHECK(again->status == 200);
  CHECK(again->get_header_value("X-Preview-Cache") == "hit");
  CHECK(again->body == first->body);
  CHECK(again->get_header_value("X-Page-Parts") == first->get_header_value("X-Page-Parts"));
  const auto head = http->Head(small, reader);
  CHECK(head->get_header_value("X-Preview-Cache") == "miss");  // a part count is its own entry
  CHECK(http->Head(small, reader)->get_header_value("X-Preview-Cache") == "hit");
  CHECK(http->Get("/api/preview/acties.png?width=961&height=540", reader)
            ->get_header_value("X-Preview-Cache") == "miss");
  CHECK(http->Get(small + "&part=2", reader)->status == 404);
  CHECK(http->Get(small + "&part=2", reader)->status == 404);  // from the cache, still 404

  auto changed = nlohmann::json::parse(kBoardWithAction);
  changed["actions"][0]["what"] = "Een andere actie";
  REQUIRE(http->Put("/api/board", editor_headers(*login, etag_of(*http)), changed.dump(),
                    "application/json")
              ->status == 200);
  const auto after_save = http->Get(small, reader);
  REQUIRE(after_save);
  CHECK(after_save->get_header_value("X-Preview-Cache") == "miss");
  CHECK(after_save->body != first->body);
}

TEST_CASE(
    "previews: one session gets at most six at once, drawn in turn; another session is answered "
    "meanwhile") {
  RunningBoard board;
  auto http = board.http();
  const auto flooder = log_in(*http);
  const auto other = log_in(*http);
  REQUIRE(flooder);
  REQUIRE(other);
  std::atomic<int> drawn{0};
  std::atomic<int> busy{0};
  std::mutex others_mutex;
  std::vector<std::string> others;
  std::vector<std::thread> tabs;
  // Twelve 4K previews at once, each of another size so none comes from the cache.
  for (int i = 0; i < 12; ++i) {
    tabs.emplace_back([&, i] {
      auto client = board.http();
      client->set_read_timeout(60, 0);
      const auto answer =
          client->Get("/api/preview/overzicht.png?width=3840&height=" + std::to_string(2160 - i),
                      {{"Cookie", flooder->cookie}});
      if (answer && answer->status == 200) ++drawn;
      if (answer && answer->status == 429) {
        ++busy;
        const std::lock_guard lock(others_mutex);
        if (answer->get_header_value("Retry-After") != "1")
          others.push_back("429 without Retry-After");
        if (json_of(answer)["error"] != "previews_busy") others.push_back("429 " + answer->body);
      }
      if (!answer || (answer->status != 200 && answer->status != 429)) {
        const std::lock_guard lock(others_mutex);
        others.push_back(answer ? std::to_string(answer->status)
                                : httplib::to_string(answer.error()));
      }
    });
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  const auto started = std::chrono::steady_clock::now();
  const auto answer =
      http->Get("/api/preview/cyclus.png?width=640&height=360", {{"Cookie", other->cookie}});
  const double waited =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  for (auto& tab : tabs)
    tab.join();
  MESSAGE("12 concurrent 4K previews from one session: " << drawn.load() << " drawn, "
                                                         << busy.load()
                                                         << " refused (429); another session's "
                                                            "preview answered in "
                                                         << waited << " s");
  REQUIRE(answer);
  CHECK(answer->status == 200);
  CHECK(others.empty());
  CHECK(drawn >= 1);
  CHECK(busy >= 1);
  CHECK(drawn + busy == 12);
}

TEST_CASE("previews need no temporary folder: the PNG is made in memory") {
  // Under systemd the board has a private /tmp; elsewhere TMPDIR may name a folder
  // that is gone. Neither may cost the kc'er the preview.
  test::BoardSetup setup;
  setup.environment = {"TMPDIR=/nonexistent/hgw-board-tmp"};
  RunningBoard board(setup);
  auto http = board.http();
  const auto login = log_in(*http);
  REQUIRE(login);
  const auto answer =
      http->Get("/api/preview/overzicht.png?width=320&height=200", {{"Cookie", login->cookie}});
  REQUIRE(answer);
  CHECK(answer->status == 200);
  CHECK(answer->get_header_value("Content-Type") == "image/png");
  CHECK(answer->body.starts_with("\x89PNG"));
}

TEST_CASE("a name cut inside a UTF-8 character or with a line break still saves and logs cleanly") {
  RunningBoard board;
  auto http = board.http();
  const auto login =
      log_in(*http, test::kPassword, std::string(79, 'a') + "\xC3\xA9\nhgw-board: vals");
  REQUIRE(login);
  const auto saved = http->Put("/api/board", editor_headers(*login, etag_of(*http)),
                               kBoardWithAction, "application/json");
  REQUIRE(saved);
  CHECK(saved->status == 200);
  const auto versions = json_of(http->Get("/api/versions", {{"Cookie", login->cookie}}));
  CHECK(versions[0]["saved_by"] == std::string(79, 'a'));
}

TEST_CASE("static files by exact name only; authenticated answers are not cached") {
  RunningBoard board;
  auto http = board.http();
  CHECK(http->Get("/index.html")->get_header_value("Content-Type") == "text/html; charset=utf-8");
  CHECK(http->Get("/index.html%00.js")->status == 404);
  CHECK(http->Get("/..%2fhgw-dashboard.conf")->status == 404);
  CHECK(http->Get("/hgw-dashboard.conf")->status == 404);
  const auto login = log_in(*http);
  REQUIRE(login);
  const httplib::Headers reader{{"Cookie", login->cookie}};
  CHECK(http->Get("/api/versions", reader)->get_header_value("Cache-Control") == "no-store");
  CHECK(http->Get("/api/session", reader)->get_header_value("Cache-Control") == "no-store");
  auto https = board.https();
  CHECK(https->Get("/api/board", reader)->get_header_value("Cache-Control") == "no-store");
  // The kiosk's read on loopback is revalidated, not forbidden to cache.
  CHECK(http->Get("/api/board")->get_header_value("Cache-Control") == "no-cache");
  // If-Match: * is not a way around the conflict check.
  CHECK(http->Put("/api/board", editor_headers(*login, "*"), kBoardWithAction, "application/json")
            ->status == 428);
}

TEST_CASE("a config readable by everyone that holds the hash is warned about, with the fix") {
  RunningBoard board;
  ::chmod(board.config_path.c_str(), 0644);
  board.process.reset();
  board.process = std::make_unique<test::BoardProcess>(board.config_path, 2);
  CHECK(board.process->output.find(board.config_path +
                                   " holds password_hash and may be read by every user") !=
        std::string::npos);
  CHECK(board.process->output.find("chmod o-r " + board.config_path) != std::string::npos);
  ::chmod(board.config_path.c_str(), 0640);
  board.process.reset();
  board.process = std::make_unique<test::BoardProcess>(board.config_path, 2);
  CHECK(board.process->output.find("may be read by every user") == std::string::npos);
}

TEST_CASE("first run: the wall's code sets the password once and logs the kc'er in; then 409") {
  test::BoardSetup setup;
  setup.with_password = false;
  RunningBoard board(setup);
  auto http = board.http();
  CHECK(json_of(http->Get("/api/session"))["password_set"] == false);
  const core::FirstRunNotice waiting = first_run_notice(board);
  CHECK_FALSE(waiting.password_set);
  REQUIRE(waiting.setup_code.size() == core::kSetupCodeDigits);
  REQUIRE(waiting.valid_until);
  CHECK(waiting.certificate_sha256 ==
        json_of(http->Get("/api/session"))["certificate_sha256"].get<std::string>());
  struct stat status {};
  REQUIRE(::stat(board.first_run_file().c_str(), &status) == 0);
  CHECK((status.st_mode & 0777) == 0640);
  // The code is not in the journal: only the wall shows it.
  CHECK(board.process->output.find(waiting.setup_code) == std::string::npos);

  // Too short: nothing set, and the code still works.
  const auto short_one = set_up(*http, waiting.setup_code, "kort");
  REQUIRE(short_one);
  CHECK(short_one->status == 422);
  CHECK(json_of(short_one)["errors"][0]["path"] == "password");
  CHECK(json_of(http->Get("/api/session"))["password_set"] == false);

  // The code as the wall groups it ("4821 0937").
  const auto done = set_up(*http, core::grouped_setup_code(waiting.setup_code));
  REQUIRE(done);
  REQUIRE_MESSAGE(done->status == 200, done->body);
  const std::string cookie = done->get_header_value("Set-Cookie");
  CHECK(cookie.find("; HttpOnly; SameSite=Strict; Path=/") != std::string::npos);
  test::Login login{cookie.substr(0, cookie.find(';')), json_of(done)["csrf"], cookie};
  const auto session = json_of(http->Get("/api/session", {{"Cookie", login.cookie}}));
  CHECK(session["password_set"] == true);
  CHECK(session["logged_in"] == true);
  CHECK(session["name"] == "Anna");
  // Logged in for real: a save goes through.
  CHECK(http->Put("/api/board", editor_headers(login, etag_of(*http)), kBoardWithAction,
                  "application/json")
            ->status == 200);

  // The wall now says the password is set, with no code; the old code is refused.
  const core::FirstRunNotice after = first_run_notice(board);
  CHECK(after.password_set);
  CHECK(after.setup_code.empty());
  REQUIRE(::stat(board.first_run_file().c_str(), &status) == 0);
  CHECK((status.st_mode & 0777) == 0640);
  const auto again = set_up(*http, waiting.setup_code, "een-ander-wachtwoord");
  REQUIRE(again);
  CHECK(again->status == 409);
  CHECK(json_of(again)["error"] == "password_set");
  CHECK_FALSE(log_in(*http, "een-ander-wachtwoord"));

  // The hash is in the board's state (0600), and survives a restart.
  REQUIRE(::stat(board.data_file("password.json").c_str(), &status) == 0);
  CHECK((status.st_mode & 0777) == 0600);
  board.restart();
  http = board.http();
  CHECK(json_of(http->Get("/api/session"))["password_set"] == true);
  CHECK(log_in(*http));
  CHECK(first_run_notice(board).password_set);
  CHECK(board.process->output.find("no password set") == std::string::npos);
}

TEST_CASE("a wrong setup code is 403 and counts against the login limiter: the 6th try is 429") {
  test::BoardSetup setup;
  setup.with_password = false;
  RunningBoard board(setup);
  auto http = board.http();
  const std::string code = first_run_notice(board).setup_code;
  const std::string wrong = code == "00000000" ? "00000001" : "00000000";
  for (int i = 0; i < 5; ++i) {
    const auto answer = set_up(*http, wrong);
    REQUIRE(answer);
    CHECK(answer->status == 403);
    CHECK(json_of(answer)["error"] == "wrong_code");
  }
  // Locked: the right code is refused too, without being used up.
  const auto locked = set_up(*http, code);
  REQUIRE(locked);
  CHECK(locked->status == 429);
  CHECK(json_of(locked)["error"] == "too_many_attempts");
  CHECK(std::stoi(locked->get_header_value("Retry-After")) > 14 * 60);
  CHECK(json_of(http->Get("/api/session"))["password_set"] == false);
  CHECK(first_run_notice(board).setup_code == code);
  // The setup wants the editor's own requests, as login does.
  const auto form = http->Post("/api/setup", {{"Origin", "https://evil.example"}},
                               nlohmann::json{{"code", code}, {"password", test::kPassword}}.dump(),
                               "text/plain");
  CHECK(form->status == 415);
}

TEST_CASE("wachtwoord-vergeten next to the config clears the stored password once per file") {
  test::BoardSetup setup;
  setup.with_password = false;
  RunningBoard board(setup);
  auto http = board.http();
  REQUIRE(set_up(*http, first_run_notice(board).setup_code)->status == 200);
  const std::string reset = board.folder.file("wachtwoord-vergeten");
  board.folder.write("wachtwoord-vergeten", "");

  board.restart();
  CHECK(board.process->output.find("password is cleared because of " + reset) != std::string::npos);
  CHECK(board.process->output.find("Delete " + reset) != std::string::npos);
  http = board.http();
  CHECK(json_of(http->Get("/api/session"))["password_set"] == false);
  CHECK_FALSE(log_in(*http));
  // A new password from the wall's new code, the file left behind.
  const core::FirstRunNotice waiting = first_run_notice(board);
  CHECK_FALSE(waiting.password_set);
  REQUIRE(set_up(*http, waiting.setup_code, "nieuw-wachtwoord-2027")->status == 200);

  board.restart();
  http = board.http();
  CHECK(json_of(http->Get("/api/session"))["password_set"] == true);
  CHECK(log_in(*http, "nieuw-wachtwoord-2027"));
  CHECK(board.process->output.find("clears nothing now; delete it") != std::string::npos);

  // Another file (a later time): cleared again.
  struct timespec later[2] = {{1'900'000'000, 0}, {1'900'000'000, 0}};
  REQUIRE(::utimensat(AT_FDCWD, reset.c_str(), later, 0) == 0);
  board.restart();
  http = board.http();
  CHECK(json_of(http->Get("/api/session"))["password_set"] == false);
  CHECK_FALSE(first_run_notice(board).password_set);
}

TEST_CASE("the config's password_hash wins over the first run; wachtwoord-vergeten only warns") {
  RunningBoard board;
  board.folder.write("wachtwoord-vergeten", "");
  board.restart();
  auto http = board.http();
  CHECK(board.process->output.find("cannot clear the password: it is the config's [board] "
                                   "password_hash. Remove that line") != std::string::npos);
  CHECK(json_of(http->Get("/api/session"))["password_set"] == true);
  CHECK(log_in(*http));
  CHECK(first_run_notice(board).password_set);
  const auto refused = set_up(*http, "12345678");
  REQUIRE(refused);
  CHECK(refused->status == 409);
}
