#pragma once
// What one answer from a source means for that source, with no network, thread or
// lock in sight: net's poller fetches, then asks these two functions and only
// carries out what they say. Kept in core so the decision is unit-tested (also
// under qemu on arm64) and fuzzed (fuzz/fuzz_http_response.cpp) exactly as the
// kiosk makes it.

#include <optional>
#include <string>

#include "date_time.hpp"
#include "document.hpp"
#include "poll_policy.hpp"
#include "source_answer.hpp"
#include "source_state.hpp"

namespace hgw::core {

// What changed, so the app can decide what to redo.
enum class SourceChange {
  data,     // the merged document changed: rebuild the view model, redraw
  problem,  // a source started failing, failed differently, or recovered: redraw the banner
  status,   // only bookkeeping (last try, bytes): worth a status-file write, not a redraw
};

struct Judgement {
  FetchError error = FetchError::none;
  std::string detail;
  std::optional<Document> document;  // a 200 whose body is a valid document
};

// The answer judged on its own: a failed transfer keeps its error, a 304 is fine,
// and a 200 is only good when its body is a valid document (an HTML login page,
// bad JSON or a document with errors is refused whole). Parsing takes a while:
// the poller calls this outside its lock.
Judgement judge_answer(const SourceAnswer& answer, const Instant& now);

struct AnswerEffect {
  SourceChange change = SourceChange::status;
  // Moved out of the judgement when the answer brought a new good document.
  std::optional<Document> document;
  PollDuration interval{};  // the wait before the next request, before jitter
  std::string log_line;     // empty: nothing worth a log line
};

// Updates the source's state for the judged answer (times, errors, ETag, failure
// count, the chosen wait) and says what follows from it. `dark`: the wall is off,
// so the wait is at least the policy's ceiling.
AnswerEffect apply_judgement(SourceState& state, const SourceAnswer& answer, Judgement judgement,
                             const Instant& now, const PollPolicy& policy, bool dark);

}  // namespace hgw::core
