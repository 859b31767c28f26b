#include "source_answer.hpp"

#include <algorithm>

#include "core/decode_document.hpp"
#include "core/http_headers.hpp"

namespace hgw::net {
namespace {

bool looks_like_html(const FetchResponse& response) {
  if (response.content_type.find("html") != std::string::npos) return true;
  const auto first = response.body.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  return first != std::string::npos && response.body[first] == '<';
}

Judgement judge_body(const FetchResponse& response, const core::Instant& now) {
  Judgement judgement;
  if (looks_like_html(response)) {
    judgement.error = core::FetchError::not_json;
    judgement.detail =
        "received " +
        (response.content_type.empty() ? std::string("HTML") : response.content_type) +
        " instead of a JSON document";
    return judgement;
  }
  auto decoded = core::load_document(response.body, core::DecodeOptions{now});
  if (decoded.ok()) {
    judgement.document = std::move(decoded.document);
    return judgement;
  }
  for (const auto& entry : decoded.diagnostics.entries()) {
    if (entry.severity != core::Severity::error) continue;
    if (entry.path == "format" && entry.message.starts_with("unsupported major")) {
      judgement.error = core::FetchError::unsupported_format;
    } else if (entry.path == core::kDocumentPath && entry.message.starts_with("not valid JSON")) {
      judgement.error = core::FetchError::not_json;
    } else {
      judgement.error = core::FetchError::invalid_document;
    }
    const auto errors = decoded.diagnostics.count(core::Severity::error);
    judgement.detail = entry.to_string();
    if (errors > 1) judgement.detail += " (+" + std::to_string(errors - 1) + " more)";
    break;
  }
  return judgement;
}

// A problem in what the server sent, not in reaching it: the server is healthy,
// so no backoff — and the kc'er who fixes her document sees it at the next poll.
bool is_content_problem(core::FetchError error) {
  return error == core::FetchError::not_json || error == core::FetchError::invalid_document ||
         error == core::FetchError::unsupported_format;
}

}  // namespace

Judgement judge_response(const FetchResponse& response, const core::Instant& now) {
  Judgement judgement;
  if (response.outcome == FetchOutcome::document) {
    judgement = judge_body(response, now);
  } else if (response.outcome == FetchOutcome::failed) {
    judgement.error = response.error;
    judgement.detail = response.error_detail;
  }
  return judgement;
}

AnswerEffect apply_judgement(core::SourceState& state, const FetchResponse& response,
                             Judgement judgement, const core::Instant& now,
                             const core::PollPolicy& policy, bool dark) {
  AnswerEffect effect;
  const core::FetchError error_before = state.error;
  const std::string detail_before = state.error_detail;
  state.last_try = now;
  state.http_status = response.http_status;
  state.bytes = response.body_bytes;

  if (judgement.error == core::FetchError::none) {
    if (response.outcome == FetchOutcome::document && judgement.document) {
      effect.document = std::move(judgement.document);
      state.etag = response.etag;
      state.last_modified = response.last_modified;
      state.has_document = true;
      state.document_from_cache = false;
      state.data_generated_at = effect.document->generated_at;
      state.last_change = now;
      effect.change = Change::data;
    }
    state.last_success = now;
    state.error = core::FetchError::none;
    state.error_detail.clear();
    state.failing_since.reset();
    state.consecutive_failures = 0;
    effect.interval =
        core::interval_after_success(policy, core::parse_max_age(response.cache_control));
    if (error_before != core::FetchError::none) {
      effect.log_line = "source " + state.url + " works again";
      if (effect.change == Change::status) effect.change = Change::problem;
    }
  } else {
    state.error = judgement.error;
    state.error_detail = judgement.detail;
    if (!state.failing_since) state.failing_since = now;
    ++state.consecutive_failures;
    if (is_content_problem(judgement.error)) {
      effect.interval = core::interval_after_success(policy, std::nullopt);
    } else {
      effect.interval = core::interval_after_failure(
          policy, state.consecutive_failures,
          core::parse_retry_after(response.retry_after, now.unix_seconds));
    }
    if (state.error != error_before || state.error_detail != detail_before) {
      effect.change = Change::problem;
      effect.log_line = "source " + state.url + ": " +
                        std::string(core::fetch_error_key(state.error)) + ": " + state.error_detail;
    }
  }
  if (dark) effect.interval = std::max(effect.interval, policy.ceiling);
  state.next_interval_ms = effect.interval.count();
  return effect;
}

}  // namespace hgw::net
