// The poller's decision about one answer (core/source_policy, core/source_answer),
// without a server: what the worker does with a status, headers and a body. Core
// only, so it also runs under qemu on arm64 (ctest core).

#include "core/source_policy.hpp"

#include <doctest/doctest.h>

#include "core/decode_document.hpp"
#include "net_documents.hpp"

using namespace hgw;
using namespace std::chrono_literals;

namespace {

const core::Instant kNow{1796022000, 60};  // Monday 30 November 2026, 08:00

core::SourceAnswer answer(long status, std::string body = {}) {
  core::SourceAnswer response;
  response.http_status = status;
  response.body_bytes = body.size();
  core::settle_http_status(response, std::move(body));
  return response;
}

core::AnswerEffect take(core::SourceState& state, const core::SourceAnswer& response,
                        bool dark = false) {
  return core::apply_judgement(state, response, core::judge_answer(response, kNow), kNow,
                               core::PollPolicy{}, dark);
}

}  // namespace

TEST_CASE("http status: 200 carries the body, 304 keeps the last document, the rest fail") {
  const auto ok = answer(200, "{}");
  CHECK(ok.outcome == core::AnswerOutcome::document);
  CHECK(ok.body == "{}");
  CHECK(answer(304).outcome == core::AnswerOutcome::not_modified);
  CHECK(answer(304).error == core::FetchError::none);
  CHECK(answer(401).error == core::FetchError::unauthorized);
  CHECK(answer(403).error == core::FetchError::forbidden);
  CHECK(answer(404).error == core::FetchError::not_found);
  CHECK(answer(410).error == core::FetchError::not_found);
  CHECK(answer(503).error == core::FetchError::server_error);
  const auto teapot = answer(418, "short and stout");
  CHECK(teapot.outcome == core::AnswerOutcome::failed);
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
  CHECK(effect.change == core::SourceChange::data);
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
  CHECK(effect.change == core::SourceChange::problem);
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
  CHECK(effect.change == core::SourceChange::problem);  // recovered: the banner goes
  CHECK(effect.log_line.find("works again") != std::string::npos);
  CHECK(effect.interval == 15min);  // dark: at the ceiling
}

TEST_CASE("decode failure: the decoder names the kind of each refusal") {
  CHECK(core::load_document(test::valid_document_text()).failure == core::DecodeFailure::none);
  CHECK(core::load_document("{\"format\": ").failure == core::DecodeFailure::not_json);
  CHECK(core::load_document("Service Unavailable").failure == core::DecodeFailure::not_json);
  CHECK(core::load_document(R"({"format": "hgw-dashboard/2"})").failure ==
        core::DecodeFailure::unsupported_format);
  CHECK(core::load_document(R"({"format": "hgw-dashboard/2.1"})").failure ==
        core::DecodeFailure::unsupported_format);
  CHECK(core::load_document(test::invalid_document_text()).failure ==
        core::DecodeFailure::invalid_document);
  // A format that is no version at all, or none, is a broken document, not a newer one.
  CHECK(core::load_document(R"({"format": "hgw-dashboard/x"})").failure ==
        core::DecodeFailure::invalid_document);
  CHECK(core::load_document(R"({"school": {"name": "De Vlinder"}})").failure ==
        core::DecodeFailure::invalid_document);
  CHECK(core::load_document("[1, 2]").failure == core::DecodeFailure::invalid_document);
}

TEST_CASE("source answer: each refused body gets its kind, with the first error as detail") {
  core::SourceState state;
  auto effect = take(state, answer(200, R"({"format": "hgw-dashboard/2"})"));
  CHECK(state.error == core::FetchError::unsupported_format);
  CHECK(state.error_detail.starts_with("format: "));
  CHECK(effect.interval == 60s);  // a newer format is no reason to ask less often

  take(state, answer(200, "Service Unavailable"));
  CHECK(state.error == core::FetchError::not_json);
  CHECK(state.error_detail.starts_with("(document): "));

  take(state, answer(200, test::invalid_document_text()));
  CHECK(state.error == core::FetchError::invalid_document);
  CHECK(state.consecutive_failures == 3);
}
