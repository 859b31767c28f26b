#pragma once
// What one answer from a source means for that source, with no network, thread or
// lock in sight: the poller's worker fetches, then asks these two functions and
// only carries out what they say. Kept pure so the decision is unit-tested and
// fuzzed (fuzz/fuzz_http_response.cpp) exactly as the kiosk makes it.

#include <optional>
#include <string>

#include "core/date_time.hpp"
#include "core/document.hpp"
#include "core/poll_policy.hpp"
#include "core/source_state.hpp"
#include "fetch_types.hpp"

namespace hgw::net {

// What changed, so the app can decide what to redo.
enum class Change {
  data,     // the merged document changed: rebuild the view model, redraw
  problem,  // a source started failing, failed differently, or recovered: redraw the banner
  status,   // only bookkeeping (last try, bytes): worth a status-file write, not a redraw
};

struct Judgement {
  core::FetchError error = core::FetchError::none;
  std::string detail;
  std::optional<core::Document> document;  // a 200 whose body is a valid document
};

// The answer judged on its own: a failed transfer keeps its error, a 304 is fine,
// and a 200 is only good when its body is a valid document (an HTML login page,
// bad JSON or a document with errors is refused whole). Parsing takes a while:
// the poller calls this outside its lock.
Judgement judge_response(const FetchResponse& response, const core::Instant& now);

struct AnswerEffect {
  Change change = Change::status;
  // Moved out of the judgement when the answer brought a new good document.
  std::optional<core::Document> document;
  core::PollDuration interval{};  // the wait before the next request, before jitter
  std::string log_line;           // empty: nothing worth a log line
};

// Updates the source's state for the judged answer (times, errors, ETag, failure
// count, the chosen wait) and says what follows from it. `dark`: the wall is off,
// so the wait is at least the policy's ceiling.
AnswerEffect apply_judgement(core::SourceState& state, const FetchResponse& response,
                             Judgement judgement, const core::Instant& now,
                             const core::PollPolicy& policy, bool dark);

}  // namespace hgw::net
