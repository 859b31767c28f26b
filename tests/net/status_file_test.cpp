#include "net/status_file.hpp"

#include <doctest/doctest.h>
#include <sys/stat.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "fixture_server.hpp"
#include "net_documents.hpp"
#include "poller_harness.hpp"
#include "temp_folder.hpp"

using namespace hgw;
using test::wait_for;

TEST_CASE("status file: per-source state, data age, the app's fields; never the token") {
  test::TempFolder folder;
  const auto token = folder.write("token", "zeer-geheim-token\n");
  ::chmod(token.c_str(), 0600);
  test::FixtureServer server;
  server.set("api", {{"mode", "document"},
                     {"body", test::valid_document_text("A", "2026-11-30T07:45:00+01:00")}});
  server.set("board", {{"mode", "status"}, {"status", 401}});
  test::PollerHarness harness;
  auto api = test::quick_source(server.url("api"));
  api.token_file = token;
  auto board = test::quick_source(server.url("board"));
  board.token_file = token;
  net::SourcePoller poller(harness.options({api, board}));
  poller.start();
  REQUIRE(wait_for(poller, [](const auto& s) {
    return s.sources.at(0).last_success && s.sources.at(1).failing();
  }));
  poller.stop();

  const std::string path = folder.path() + "/run/status.json";
  const auto now = *core::parse_timestamp("2026-11-30T08:45:00+01:00");
  net::AppStatus app{"overzicht", true, "0.1.0"};
  CHECK(net::write_status_file(path, poller.snapshot(), app, now).empty());
  struct stat written {};
  REQUIRE(::stat(path.c_str(), &written) == 0);
  CHECK((written.st_mode & 0777) == 0640);  // not for every user of the device
  std::ifstream stream(path);
  const std::string text(std::istreambuf_iterator<char>(stream), {});
  CHECK(text.find("zeer-geheim") == std::string::npos);
  CHECK(server.stats("api")["authorization"] == "Bearer zeer-geheim-token");  // it was sent

  const auto status = nlohmann::json::parse(text);
  CHECK(status["written_at"] == "2026-11-30T08:45:00+01:00");
  CHECK(status["page"] == "overzicht");
  CHECK(status["display_on"] == true);
  CHECK(status["data_age_seconds"] == 3600);
  REQUIRE(status["sources"].size() == 2);
  const auto& good = status["sources"][0];
  CHECK(good["url"] == server.url("api"));
  CHECK(good["http_status"] == 200);
  CHECK(good["etag"].get<std::string>().size() == 18);
  CHECK(good["bytes"] == test::valid_document_text("A").size());
  CHECK(good["error"].is_null());
  CHECK(good["last_try"].is_string());
  CHECK(good["last_success"].is_string());
  const auto& failing = status["sources"][1];
  CHECK(failing["http_status"] == 401);
  CHECK(failing["last_success"].is_null());
  CHECK(failing["error"]["kind"] == "unauthorized");
  CHECK(failing["error"]["message_nl"] ==
        "Token geweigerd (401) — controleer token_file — nog geen gegevens");
  CHECK(failing["error"]["failures"].get<int>() >= 1);
}
