#include <doctest/doctest.h>

#include "core/source_state.hpp"
#include "fixture_server.hpp"
#include "net/source_poller.hpp"
#include "net_documents.hpp"
#include "poller_harness.hpp"

using namespace hgw;
using namespace std::chrono_literals;
using test::wait_for;

namespace {

const core::SourceState& first(const net::PollerSnapshot& snapshot) {
  return snapshot.sources.at(0);
}

// Serves a good document, lets the poller take it, then switches the resource to
// `failure` and waits until the poller has seen that failure `failures` times.
net::PollerSnapshot good_then(test::FixtureServer& server, net::SourcePoller& poller,
                              const nlohmann::json& failure, int failures = 1) {
  REQUIRE(wait_for(poller, [](const auto& s) { return test::school_of(s) == "OBS De Vlinder"; }));
  server.set("src", failure);
  REQUIRE(
      wait_for(poller, [&](const auto& s) { return first(s).consecutive_failures >= failures; }));
  return poller.snapshot();
}

}  // namespace

TEST_CASE("poller: a good document is taken, an unchanged one costs a 304 and no new data") {
  test::FixtureServer server;
  server.set("src", {{"mode", "document"}, {"body", test::valid_document_text()}});
  test::PollerHarness harness;
  net::SourcePoller poller(harness.options({test::quick_source(server.url("src"))}));
  CHECK_FALSE(poller.snapshot().merged);  // no cache: nothing before the first fetch
  poller.start();
  REQUIRE(wait_for(poller, [](const auto& s) { return first(s).http_status == 304; }));
  const auto snapshot = poller.snapshot();
  CHECK(test::school_of(snapshot) == "OBS De Vlinder");
  const auto& state = first(snapshot);
  CHECK_FALSE(state.failing());
  CHECK(state.etag.size() == 18);
  CHECK(state.last_success);
  CHECK(state.last_change);
  CHECK(state.next_interval_ms == 150);
  CHECK(state.bytes == 0);            // a 304 has no body
  CHECK(snapshot.data_version == 2);  // the empty start, then the one document; 304s add none
  CHECK(server.stats("src")["conditional"].get<int>() >= 1);
}

TEST_CASE("poller: a new document shows up within one poll interval") {
  test::FixtureServer server;
  server.set("src", {{"mode", "document"}, {"body", test::valid_document_text()}});
  test::PollerHarness harness;
  net::SourcePoller poller(harness.options({test::quick_source(server.url("src"), 200ms)}));
  poller.start();
  REQUIRE(wait_for(poller, [](const auto& s) { return first(s).http_status == 304; }));
  server.set("src", {{"mode", "document"}, {"body", test::valid_document_text("Nieuw")}});
  const auto changed_at = std::chrono::steady_clock::now();
  REQUIRE(wait_for(poller, [](const auto& s) { return test::school_of(s) == "Nieuw"; }));
  CHECK(std::chrono::steady_clock::now() - changed_at <= 200ms + 20ms + 100ms);  // + jitter + slack
}

TEST_CASE("poller: a refused answer never replaces the last good document") {
  struct Case {
    const char* name;
    nlohmann::json failure;
    core::FetchError error;
    std::string message;  // the start of the Dutch banner
  };
  const Case cases[]{
      {"401",
       {{"mode", "status"}, {"status", 401}},
       core::FetchError::unauthorized,
       "Token geweigerd (401) — controleer token_file — gegevens van "},
      {"404",
       {{"mode", "status"}, {"status", 404}},
       core::FetchError::not_found,
       "Document niet gevonden — controleer url"},
      {"500",
       {{"mode", "status"}, {"status", 500}},
       core::FetchError::server_error,
       "Serverfout (500) sinds "},
      {"html",
       {{"mode", "html"}},
       core::FetchError::not_json,
       "Geen document maar een webpagina — controleer url"},
      {"truncated",
       {{"mode", "truncated"}, {"body", test::valid_document_text("Half")}},
       core::FetchError::truncated,
       "Document onvolledig ontvangen sinds "},
      {"oversized", {{"mode", "oversized"}}, core::FetchError::too_large, "Document te groot"},
      {"redirect loop",
       {{"mode", "redirect_loop"}},
       core::FetchError::too_many_redirects,
       "Te veel doorverwijzingen — controleer url"},
      {"invalid",
       {{"mode", "document"}, {"body", test::invalid_document_text()}},
       core::FetchError::invalid_document,
       "Document ongeldig: actions[2].when: expected a date YYYY-MM-DD, got \"12 dec\""},
      {"major 2",
       {{"mode", "document"}, {"body", R"({"format": "hgw-dashboard/2"})"}},
       core::FetchError::unsupported_format,
       "Nieuwer documentformaat — werk de kiosk bij"},
      {"not json",
       {{"mode", "document"}, {"body", "{\"format\": "}},
       core::FetchError::not_json,
       "Geen document maar een webpagina"},
  };
  test::FixtureServer server;
  for (const auto& item : cases) {
    const std::string name = item.name;
    CAPTURE(name);
    server.set("src", {{"mode", "document"}, {"body", test::valid_document_text()}});
    test::PollerHarness harness;
    net::SourcePoller poller(harness.options({test::quick_source(server.url("src"))}));
    poller.start();
    const auto snapshot = good_then(server, poller, item.failure);
    const auto& state = first(snapshot);
    CHECK(state.error == item.error);
    CHECK(test::school_of(snapshot) == "OBS De Vlinder");  // the last good data stays
    CHECK(state.has_document);
    CHECK(state.failing_since);
    const auto now = core::SystemClock().now();
    const std::string banner = core::source_problem_text(state, core::Language::nl, now);
    CAPTURE(banner);
    CHECK(banner.starts_with(item.message));
    CHECK(harness.wait_for_log(1));
  }
}

TEST_CASE("poller: failures back off exponentially up to the ceiling; no hammering") {
  test::FixtureServer server;
  server.set("src", {{"mode", "document"}, {"body", test::valid_document_text()}});
  test::PollerHarness harness;
  net::SourcePoller poller(harness.options({test::quick_source(server.url("src"), 100ms, 400ms)}));
  poller.start();
  auto snapshot = good_then(server, poller, {{"mode", "status"}, {"status", 500}}, 1);
  CHECK(first(snapshot).next_interval_ms == 100);
  REQUIRE(wait_for(poller, [](const auto& s) { return first(s).consecutive_failures >= 2; }));
  CHECK(first(poller.snapshot()).next_interval_ms == 200);
  REQUIRE(wait_for(poller, [](const auto& s) { return first(s).consecutive_failures >= 3; }));
  CHECK(first(poller.snapshot()).next_interval_ms == 400);
  REQUIRE(wait_for(poller, [](const auto& s) { return first(s).consecutive_failures >= 4; }));
  CHECK(first(poller.snapshot()).next_interval_ms == 400);  // the ceiling

  // At the ceiling: in 1.2 s at most 1.2 / (0.4 × 0.9) + 1 requests, never one per 100 ms.
  const int before = server.requests("src");
  std::this_thread::sleep_for(1200ms);
  const int during = server.requests("src") - before;
  CHECK(during >= 2);
  CHECK(during <= 4);

  // Recovery: back to the normal interval, the banner goes.
  server.set("src", {{"mode", "document"}, {"body", test::valid_document_text("Weer goed")}});
  REQUIRE(wait_for(poller, [](const auto& s) { return test::school_of(s) == "Weer goed"; }));
  const auto recovered = first(poller.snapshot());
  CHECK_FALSE(recovered.failing());
  CHECK(recovered.consecutive_failures == 0);
  CHECK(recovered.next_interval_ms == 100);
  CHECK_FALSE(recovered.failing_since);
}

TEST_CASE("poller: 503 with Retry-After waits as asked, within the ceiling") {
  test::FixtureServer server;
  server.set("src", {{"mode", "document"}, {"body", test::valid_document_text()}});
  test::PollerHarness harness;
  net::SourcePoller poller(harness.options({test::quick_source(server.url("src"), 100ms, 2s)}));
  poller.start();
  const auto snapshot =
      good_then(server, poller, {{"mode", "status"}, {"status", 503}, {"retry_after", 1}});
  CHECK(first(snapshot).error == core::FetchError::server_error);
  CHECK(first(snapshot).http_status == 503);
  CHECK(first(snapshot).next_interval_ms == 1000);
  const int before = server.requests("src");
  std::this_thread::sleep_for(700ms);
  CHECK(server.requests("src") == before);  // it did not ask again early
}

TEST_CASE("poller: an invalid document is retried at the normal interval, not backed off") {
  test::FixtureServer server;
  server.set("src", {{"mode", "document"}, {"body", test::valid_document_text()}});
  test::PollerHarness harness;
  net::SourcePoller poller(harness.options({test::quick_source(server.url("src"), 100ms, 2s)}));
  poller.start();
  REQUIRE(wait_for(poller, [](const auto& s) { return test::school_of(s) == "OBS De Vlinder"; }));
  const std::string good_etag = first(poller.snapshot()).etag;
  good_then(server, poller, {{"mode", "document"}, {"body", test::invalid_document_text()}}, 3);
  CHECK(first(poller.snapshot()).next_interval_ms == 100);
  // Asked conditionally on the last good document only, so the server sends the
  // refused one again rather than a 304 that would pass for a success.
  CHECK(server.stats("src")["if_none_match"] == good_etag);
  CHECK(first(poller.snapshot()).etag == good_etag);
}

TEST_CASE("poller: Cache-Control max-age lengthens the interval") {
  test::FixtureServer server;
  server.set("src", {{"mode", "document"},
                     {"body", test::valid_document_text()},
                     {"cache_control", "max-age=1"}});
  test::PollerHarness harness;
  net::SourcePoller poller(harness.options({test::quick_source(server.url("src"), 100ms, 5s)}));
  poller.start();
  REQUIRE(wait_for(poller, [](const auto& s) { return first(s).last_success.has_value(); }));
  CHECK(first(poller.snapshot()).next_interval_ms == 1000);
  std::this_thread::sleep_for(500ms);
  CHECK(server.requests("src") == 1);
}

TEST_CASE("poller: while dark it polls at the ceiling, and fetches at once when light again") {
  test::FixtureServer server;
  server.set("src", {{"mode", "document"}, {"body", test::valid_document_text()}});
  test::PollerHarness harness;
  net::SourcePoller poller(harness.options({test::quick_source(server.url("src"), 100ms, 3s)}));
  poller.set_dark(true);
  poller.start();
  REQUIRE(wait_for(poller, [](const auto& s) { return first(s).last_success.has_value(); }));
  CHECK(first(poller.snapshot()).next_interval_ms == 3000);
  std::this_thread::sleep_for(500ms);
  CHECK(server.requests("src") == 1);  // not five: nobody is looking
  server.set("src", {{"mode", "document"}, {"body", test::valid_document_text("Ochtend")}});
  poller.set_dark(false);
  REQUIRE(wait_for(
      poller, [](const auto& s) { return test::school_of(s) == "Ochtend"; }, 1s));
  CHECK(first(poller.snapshot()).next_interval_ms == 100);
}

TEST_CASE("poller: refetch_now asks at once; stop() joins promptly even mid-request") {
  test::FixtureServer server;
  server.set("src", {{"mode", "document"}, {"body", test::valid_document_text()}});
  test::PollerHarness harness;
  auto options = harness.options({test::quick_source(server.url("src"), 10s, 10s)});
  options.limits.total_timeout = 30s;
  options.limits.low_speed_time = 30s;
  net::SourcePoller poller(std::move(options));
  poller.start();
  REQUIRE(wait_for(poller, [](const auto& s) { return first(s).last_success.has_value(); }));
  server.set("src", {{"mode", "document"}, {"body", test::valid_document_text("Direct")}});
  poller.refetch_now();
  REQUIRE(wait_for(
      poller, [](const auto& s) { return test::school_of(s) == "Direct"; }, 1s));

  server.set("src", {{"mode", "slow"}, {"seconds", 30}});
  poller.refetch_now();
  REQUIRE(wait_for(
      poller, [&](const auto&) { return server.requests("src") >= 1; }, 1s));
  const auto started = std::chrono::steady_clock::now();
  poller.stop();
  CHECK(std::chrono::steady_clock::now() - started < 500ms);
  CHECK(test::school_of(poller.snapshot()) == "Direct");
  CHECK_FALSE(first(poller.snapshot()).failing());  // stopping is not a failure
}

TEST_CASE("poller: sources merge in config order; one failing leaves the other's data") {
  test::FixtureServer server;
  server.set("api", {{"mode", "document"},
                     {"body", R"({"format": "hgw-dashboard/1", "school": {"name": "Van de API"},
                                  "messages": [{"text": "API"}]})"}});
  server.set("board", {{"mode", "document"}, {"body", R"({"format": "hgw-dashboard/1",
                                    "messages": [{"text": "Bord"}]})"}});
  test::PollerHarness harness;
  net::SourcePoller poller(harness.options(
      {test::quick_source(server.url("api")), test::quick_source(server.url("board"))}));
  poller.start();
  REQUIRE(wait_for(poller, [](const auto& s) {
    return s.merged && s.merged->messages && s.merged->messages->at(0).text == "Bord";
  }));
  server.set("board", {{"mode", "status"}, {"status", 500}});
  REQUIRE(wait_for(poller, [](const auto& s) { return s.sources.at(1).failing(); }));
  const auto snapshot = poller.snapshot();
  CHECK_FALSE(snapshot.sources.at(0).failing());
  CHECK(test::school_of(snapshot) == "Van de API");
  CHECK(snapshot.merged->messages->at(0).text == "Bord");  // the board's last good data
}
