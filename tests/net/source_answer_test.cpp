// The poller's decision about one answer (net/source_answer, net/http_status),
// without a server: what the worker does with a status, headers and a body.

#include "net/source_answer.hpp"

#include <doctest/doctest.h>

#include "net/http_status.hpp"
#include "net_documents.hpp"

using namespace hgw;
using namespace std::chrono_literals;

namespace {

const core::Instant kNow{1796022000, 60};  // Monday 30 November 2026, 08:00

net::FetchResponse answer(long status, std::string body = {}) {
  net::FetchResponse response;
  response.http_status = status;
  response.body_bytes = body.size();
  net::settle_http_status(response, std::move(body));
  return response;
}

net::AnswerEffect take(core::SourceState& state, const net::FetchResponse& response,
                       bool dark = false) {
  return net::apply_judgement(state, response, net::judge_response(response, kNow), kNow,
                              core::PollPolicy{}, dark);
}

}  // namespace

TEST_CASE("http status: 200 carries the body, 304 keeps the last document, the rest fail") {
  const auto ok = answer(200, "{}");
  CHECK(ok.outcome == net::FetchOutcome::document);
  CHECK(ok.body == "{}");
  CHECK(answer(304).outcome == net::FetchOutcome::not_modified);
  CHECK(answer(304).error == core::FetchError::none);
  CHECK(answer(401).error == core::FetchError::unauthorized);
  CHECK(answer(403).error == core::FetchError::forbidden);
  CHECK(answer(404).error == core::FetchError::not_found);
  CHECK(answer(410).error == core::FetchError::not_found);
  CHECK(answer(503).error == core::FetchError::server_error);
  const auto teapot = answer(418, "short and stout");
  CHECK(teapot.outcome == net::FetchOutcome::failed);
  CHECK(teapot.error == core::FetchError::http_error);
  CHECK(teapot.error_detail == "HTTP 418");
  CHECK(teapot.body.empty());  // a failure's body is never judged as a document
}

TEST_CASE("source answer: a valid document is new data, with its ETag and the max-age wait") {
  core::SourceState state;
  auto response = answer(200, test::valid_document_text());
  response.etag = "\"v1\"";
  response.cache_control = "max-age=300";
  const auto effect = take(state, response);
  CHECK(effect.change == net::Change::data);
  REQUIRE(effect.document);
  CHECK(effect.document->school->name == "OBS De Vlinder");
  CHECK(state.etag == "\"v1\"");
  CHECK(state.has_document);
  CHECK(state.last_success == kNow);
  CHECK(effect.interval == 300s);
  CHECK(state.next_interval_ms == 300000);
}

TEST_CASE("source answer: a login page or a bad document is refused without backoff") {
  core::SourceState state;
  auto portal = answer(200, "<!DOCTYPE html><title>Wi-Fi</title>");
  portal.content_type = "text/html";
  auto effect = take(state, portal);
  CHECK_FALSE(effect.document);
  CHECK(state.error == core::FetchError::not_json);
  CHECK(effect.change == net::Change::problem);
  CHECK(effect.log_line.find("not_json") != std::string::npos);
  CHECK(effect.interval == 60s);

  effect = take(state, answer(200, test::invalid_document_text()));
  CHECK(state.error == core::FetchError::invalid_document);
  CHECK(state.error_detail.starts_with("actions[2].when"));
  CHECK(state.consecutive_failures == 2);
  CHECK(effect.interval == 60s);  // the server is fine: the kc'er's fix shows at the next poll
}

TEST_CASE("source answer: server failures back off, Retry-After within the ceiling, dark waits") {
  core::SourceState state;
  auto busy = answer(503);
  busy.retry_after = "99999999999999999999";
  auto effect = take(state, busy);
  CHECK(state.error == core::FetchError::server_error);
  CHECK(effect.interval == 15min);  // a careless header cannot park the wall for longer

  effect = take(state, answer(304), /*dark=*/true);
  CHECK_FALSE(state.failing());
  CHECK(state.consecutive_failures == 0);
  CHECK(effect.change == net::Change::problem);  // recovered: the banner goes
  CHECK(effect.log_line.find("works again") != std::string::npos);
  CHECK(effect.interval == 15min);  // dark: at the ceiling
}
