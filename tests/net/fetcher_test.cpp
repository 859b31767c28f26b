#include "net/fetcher.hpp"

#include <doctest/doctest.h>
#include <sys/stat.h>

#include <chrono>

#include "fixture_server.hpp"
#include "net_documents.hpp"
#include "temp_folder.hpp"

using namespace hgw;
using namespace std::chrono_literals;

namespace {

net::FetchLimits quick_limits() {
  net::FetchLimits limits;
  limits.connect_timeout = 2s;
  limits.total_timeout = 3s;
  limits.low_speed_time = 2s;
  return limits;
}

net::FetchRequest request_for(const std::string& url) {
  net::FetchRequest request;
  request.url = url;
  return request;
}

}  // namespace

TEST_CASE("fetcher: 200 with ETag, then a conditional request gets 304 without a body") {
  test::FixtureServer server;
  server.set("board", {{"mode", "document"}, {"body", test::valid_document_text()}});
  net::Fetcher fetcher(quick_limits());
  auto first = fetcher.fetch(request_for(server.url("board")));
  CHECK(first.outcome == net::FetchOutcome::document);
  CHECK(first.http_status == 200);
  CHECK(first.body == test::valid_document_text());  // sent gzipped, received decoded
  CHECK(first.etag.size() == 18);
  CHECK(first.content_type == "application/json");

  auto request = request_for(server.url("board"));
  request.etag = first.etag;
  auto second = fetcher.fetch(request);
  CHECK(second.outcome == net::FetchOutcome::not_modified);
  CHECK(second.http_status == 304);
  CHECK(second.body.empty());
  CHECK(second.network_bytes < 400);

  const auto stats = server.stats("board");
  CHECK(stats["requests"] == 2);
  CHECK(stats["conditional"] == 1);
  CHECK(stats["accept_encoding"].get<std::string>().find("gzip") != std::string::npos);
  CHECK(stats["user_agent"].get<std::string>().starts_with("hgw-dashboard/"));
  CHECK(stats["authorization"].is_null());
}

TEST_CASE("fetcher: the bearer token from token_file is sent; a public token file is refused") {
  test::FixtureServer server;
  test::TempFolder folder;
  server.set("api", {{"mode", "status"}, {"status", 401}});
  const auto token = folder.write("api.token", "geheim-123\n");
  ::chmod(token.c_str(), 0600);
  net::Fetcher fetcher(quick_limits());
  auto request = request_for(server.url("api"));
  request.token_file = token;
  auto response = fetcher.fetch(request);
  CHECK(response.outcome == net::FetchOutcome::failed);
  CHECK(response.error == core::FetchError::unauthorized);
  CHECK(response.http_status == 401);
  CHECK(server.stats("api")["authorization"] == "Bearer geheim-123");
  CHECK(response.error_detail.find("geheim") == std::string::npos);

  ::chmod(token.c_str(), 0644);
  response = fetcher.fetch(request);
  CHECK(response.error == core::FetchError::token_file);
  CHECK(response.error_detail.ends_with("run chmod 600 " + token));
  CHECK(server.requests("api") == 1);  // nothing was sent
}

TEST_CASE("fetcher: HTTP errors are told apart") {
  test::FixtureServer server;
  net::Fetcher fetcher(quick_limits());
  const std::pair<int, core::FetchError> cases[]{{403, core::FetchError::forbidden},
                                                 {404, core::FetchError::not_found},
                                                 {500, core::FetchError::server_error},
                                                 {418, core::FetchError::http_error}};
  for (const auto& [status, error] : cases) {
    CAPTURE(status);
    server.set("x", {{"mode", "status"}, {"status", status}});
    const auto response = fetcher.fetch(request_for(server.url("x")));
    CHECK(response.outcome == net::FetchOutcome::failed);
    CHECK(response.http_status == status);
    CHECK(response.error == error);
  }
  server.set("busy", {{"mode", "status"}, {"status", 503}, {"retry_after", 120}});
  const auto busy = fetcher.fetch(request_for(server.url("busy")));
  CHECK(busy.error == core::FetchError::server_error);
  CHECK(busy.retry_after == "120");
}

TEST_CASE("fetcher: truncated, oversized, slow and looping answers fail with their reason") {
  test::FixtureServer server;
  net::FetchLimits limits = quick_limits();
  limits.max_bytes = 1024 * 1024;
  limits.total_timeout = 1500ms;
  net::Fetcher fetcher(limits);

  server.set("cut", {{"mode", "truncated"}, {"body", test::valid_document_text()}});
  CHECK(fetcher.fetch(request_for(server.url("cut"))).error == core::FetchError::truncated);

  server.set("huge", {{"mode", "oversized"}, {"bytes", 16 << 20}});
  const auto huge = fetcher.fetch(request_for(server.url("huge")));
  CHECK(huge.error == core::FetchError::too_large);
  CHECK(huge.body.empty());
  CHECK(huge.body_bytes <= limits.max_bytes);  // stopped while receiving, not after

  const auto started = std::chrono::steady_clock::now();
  server.set("slow", {{"mode", "slow"}, {"seconds", 20}});
  const auto slow = fetcher.fetch(request_for(server.url("slow")));
  CHECK(slow.error == core::FetchError::timeout);
  CHECK(std::chrono::steady_clock::now() - started < 3s);

  server.set("loop", {{"mode", "redirect_loop"}});
  const auto loop = fetcher.fetch(request_for(server.url("loop")));
  CHECK(loop.error == core::FetchError::too_many_redirects);
  CHECK(server.requests("loop") == 4);  // the first request and 3 redirects, no more
}

TEST_CASE("fetcher: nobody listening is unreachable") {
  int port = 0;
  {
    test::FixtureServer server;
    port = server.port();
  }
  net::Fetcher fetcher(quick_limits());
  const auto response =
      fetcher.fetch(request_for("http://127.0.0.1:" + std::to_string(port) + "/board"));
  CHECK(response.error == core::FetchError::unreachable);
  CHECK_FALSE(response.error_detail.empty());
}

TEST_CASE("fetcher: cancel() ends a transfer in progress at once") {
  test::FixtureServer server;
  server.set("slow", {{"mode", "slow"}, {"seconds", 20}});
  net::FetchLimits limits = quick_limits();
  limits.total_timeout = 20s;
  limits.low_speed_time = 20s;
  net::Fetcher fetcher(limits);
  const auto started = std::chrono::steady_clock::now();
  std::thread canceller([&] {
    std::this_thread::sleep_for(200ms);
    fetcher.cancel();
  });
  const auto response = fetcher.fetch(request_for(server.url("slow")));
  canceller.join();
  const auto took = std::chrono::steady_clock::now() - started;
  CHECK(response.outcome == net::FetchOutcome::failed);
  CHECK(response.error_detail == "stopped");
  CHECK(took < 700ms);
}

TEST_CASE("fetcher: file:// reads the file, its ETag changes with it, missing is not_found") {
  test::TempFolder folder;
  const auto path = folder.write("my board.json", test::valid_document_text());
  net::Fetcher fetcher(quick_limits());
  auto first = fetcher.fetch(request_for("file://" + folder.path() + "/my%20board.json"));
  REQUIRE(first.outcome == net::FetchOutcome::document);
  CHECK(first.body == test::valid_document_text());
  CHECK(first.last_modified.ends_with(" GMT"));

  auto request = request_for("file://" + path);
  request.etag = first.etag;
  CHECK(fetcher.fetch(request).outcome == net::FetchOutcome::not_modified);
  folder.write("my board.json", test::valid_document_text("Nieuw"));
  CHECK(fetcher.fetch(request).outcome == net::FetchOutcome::document);

  const auto missing = fetcher.fetch(request_for("file://" + folder.path() + "/none.json"));
  CHECK(missing.error == core::FetchError::not_found);

  net::FetchLimits small = quick_limits();
  small.max_bytes = 10;
  net::Fetcher strict(small);
  CHECK(strict.fetch(request_for("file://" + path)).error == core::FetchError::too_large);
}

TEST_CASE("fetcher: the scheme is read in any case; a byte above 0x7F makes no scheme") {
  test::TempFolder folder;
  const auto path = folder.write("board.json", test::valid_document_text());
  net::Fetcher fetcher(quick_limits());
  CHECK(fetcher.fetch(request_for("FILE://" + path)).outcome == net::FetchOutcome::document);
  CHECK(fetcher.fetch(request_for("HTTP://127.0.0.1:9/")).error == core::FetchError::unreachable);
  for (const std::string& url :
       {"\xC6ILE://" + path, "fil\xC3\xA9://" + path, std::string("\xC3\xA9")}) {
    const auto refused = fetcher.fetch(request_for(url));
    CHECK(refused.outcome == net::FetchOutcome::failed);
    CHECK(refused.error_detail == "only https://, http:// and file:// URLs are fetched");
  }
}
