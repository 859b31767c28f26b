#include "source_policy.hpp"

#include <algorithm>

#include "decode_document.hpp"
#include "http_headers.hpp"

namespace hgw::core {
namespace {

bool looks_like_html(const SourceAnswer& answer) {
  if (answer.content_type.find("html") != std::string::npos) return true;
  const auto first = answer.body.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  return first != std::string::npos && answer.body[first] == '<';
}

FetchError fetch_error_for(DecodeFailure failure) {
  switch (failure) {
    case DecodeFailure::not_json:
      return FetchError::not_json;
    case DecodeFailure::unsupported_format:
      return FetchError::unsupported_format;
    case DecodeFailure::none:  // a refused document always names its failure; be safe
    case DecodeFailure::invalid_document:
      break;
  }
  return FetchError::invalid_document;
}

// The first error names the problem; the count says whether fixing it is enough.
std::string first_error(const Diagnostics& diagnostics) {
  for (const auto& entry : diagnostics.entries()) {
    if (entry.severity != Severity::error) continue;
    std::string detail = entry.to_string();
    const auto errors = diagnostics.count(Severity::error);
    if (errors > 1) detail += " (+" + std::to_string(errors - 1) + " more)";
    return detail;
  }
  return {};
}

Judgement judge_body(const SourceAnswer& answer, const Instant& now) {
  Judgement judgement;
  if (looks_like_html(answer)) {
    judgement.error = FetchError::not_json;
    judgement.detail = "received " +
                       (answer.content_type.empty() ? std::string("HTML") : answer.content_type) +
                       " instead of a JSON document";
    return judgement;
  }
  auto decoded = load_document(answer.body, DecodeOptions{now});
  if (decoded.ok()) {
    judgement.document = std::move(decoded.document);
    return judgement;
  }
  judgement.error = fetch_error_for(decoded.failure);
  judgement.detail = first_error(decoded.diagnostics);
  return judgement;
}

// A problem in what the server sent, not in reaching it: the server is healthy,
// so no backoff — and the kc'er who fixes her document sees it at the next poll.
bool is_content_problem(FetchError error) {
  return error == FetchError::not_json || error == FetchError::invalid_document ||
         error == FetchError::unsupported_format;
}

}  // namespace

Judgement judge_answer(const SourceAnswer& answer, const Instant& now) {
  Judgement judgement;
  if (answer.outcome == AnswerOutcome::document) {
    judgement = judge_body(answer, now);
  } else if (answer.outcome == AnswerOutcome::failed) {
    judgement.error = answer.error;
    judgement.detail = answer.error_detail;
  }
  return judgement;
}

AnswerEffect apply_judgement(SourceState& state, const SourceAnswer& answer, Judgement judgement,
                             const Instant& now, const PollPolicy& policy, bool dark) {
  AnswerEffect effect;
  const FetchError error_before = state.error;
  const std::string detail_before = state.error_detail;
  state.last_try = now;
  state.http_status = answer.http_status;
  state.bytes = answer.body_bytes;

  if (judgement.error == FetchError::none) {
    if (answer.outcome == AnswerOutcome::document && judgement.document) {
      effect.document = std::move(judgement.document);
      state.etag = answer.etag;
      state.last_modified = answer.last_modified;
      state.has_document = true;
      state.document_from_cache = false;
      state.data_generated_at = effect.document->generated_at;
      state.last_change = now;
      effect.change = SourceChange::data;
    }
    state.last_success = now;
    state.error = FetchError::none;
    state.error_detail.clear();
    state.failing_since.reset();
    state.consecutive_failures = 0;
    effect.interval = interval_after_success(policy, parse_max_age(answer.cache_control));
    if (error_before != FetchError::none) {
      effect.log_line = "source " + state.url + " works again";
      if (effect.change == SourceChange::status) effect.change = SourceChange::problem;
    }
  } else {
    state.error = judgement.error;
    state.error_detail = judgement.detail;
    if (!state.failing_since) state.failing_since = now;
    ++state.consecutive_failures;
    if (is_content_problem(judgement.error)) {
      effect.interval = interval_after_success(policy, std::nullopt);
    } else {
      effect.interval =
          interval_after_failure(policy, state.consecutive_failures,
                                 parse_retry_after(answer.retry_after, now.unix_seconds));
    }
    if (state.error != error_before || state.error_detail != detail_before) {
      effect.change = SourceChange::problem;
      effect.log_line = "source " + state.url + ": " + std::string(fetch_error_key(state.error)) +
                        ": " + state.error_detail;
    }
  }
  if (dark) effect.interval = std::max(effect.interval, policy.ceiling);
  state.next_interval_ms = effect.interval.count();
  return effect;
}

}  // namespace hgw::core
