// Fuzz target: what the kiosk does with a source's HTTP answers, everything but
// the transfer itself (libcurl's part): the status (core::settle_http_status, the
// fetcher's last step), the header values the poll policy reads (ETag,
// Last-Modified, Content-Type, Cache-Control max-age, Retry-After), the body
// through validation, the source state and the next wait (core::judge_answer and
// core::apply_judgement, the poller's decision), the status file and the banner.
//
// The input is a sequence of answers, as one source would give them over time,
// each an HTTP/1.1-like head and body; answers are separated by kNextAnswer:
//
//   200                        status; "0 timeout" is a failed transfer with that
//   ETag: "v1"                 fetch_error_key; " dark" after it: the wall is dark
//   Cache-Control: max-age=60
//                              an empty line ends the head
//   {"format": "hgw-dashboard/1"}

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "core/http_headers.hpp"
#include "core/merge.hpp"
#include "core/source_policy.hpp"
#include "fuzz_check.hpp"
#include "net/status_file.hpp"

namespace {

using namespace hgw;

constexpr std::string_view kNextAnswer = "\n--next-answer--\n";
const core::Instant kStart{1796022000, 60};  // Monday 30 November 2026, 08:00

std::string_view trim(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())))
    text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
    text.remove_suffix(1);
  return text;
}

bool same_name(std::string_view a, std::string_view b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
    return std::tolower(static_cast<unsigned char>(x)) ==
           std::tolower(static_cast<unsigned char>(y));
  });
}

std::string_view next_line(std::string_view& text) {
  const auto end = text.find('\n');
  std::string_view line = text.substr(0, end);
  text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

struct Answer {
  core::SourceAnswer response;
  bool dark = false;
};

// The head as libcurl would hand it over: the first header of each name
// (curl_easy_header with index 0), its value without surrounding white space.
Answer read_answer(std::string_view text) {
  Answer answer;
  core::SourceAnswer& response = answer.response;
  std::string_view status_line = next_line(text);
  if (status_line.starts_with("HTTP/")) status_line.remove_prefix(status_line.find(' ') + 1);
  long status = 0;
  const auto parsed =
      std::from_chars(status_line.data(), status_line.data() + status_line.size(), status);
  std::string_view rest = trim(status_line.substr(parsed.ptr - status_line.data()));
  if (rest.ends_with("dark")) {
    answer.dark = true;
    rest = trim(rest.substr(0, rest.size() - 4));
  }
  response.http_status = status;

  std::vector<std::pair<std::string_view, std::string*>> wanted{
      {"ETag", &response.etag},
      {"Last-Modified", &response.last_modified},
      {"Content-Type", &response.content_type},
      {"Cache-Control", &response.cache_control},
      {"Retry-After", &response.retry_after}};
  while (!text.empty()) {
    const std::string_view line = next_line(text);
    if (line.empty()) break;
    const auto colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    const std::string_view name = line.substr(0, colon);
    for (auto& [header, field] : wanted) {
      if (field->empty() && same_name(name, header)) *field = trim(line.substr(colon + 1));
    }
  }

  const std::string body(text);
  response.body_bytes = body.size();
  if (status <= 0) {
    // A transfer that failed before any status: curl's error, named by its key.
    response.outcome = core::AnswerOutcome::failed;
    response.error = core::FetchError::other;
    for (int kind = 0; kind <= static_cast<int>(core::FetchError::other); ++kind) {
      const auto error = static_cast<core::FetchError>(kind);
      if (error != core::FetchError::none && core::fetch_error_key(error) == rest) {
        response.error = error;
      }
    }
    response.error_detail = std::string(rest);
  } else {
    core::settle_http_status(response, body);
  }
  return answer;
}

// A date the kiosk reads (Last-Modified, Retry-After) survives formatting.
void check_http_date(const std::string& value) {
  if (const auto seconds = core::parse_http_date(value)) {
    HGW_FUZZ_CHECK(core::parse_http_date(core::format_http_date(*seconds)) == seconds);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  const core::PollPolicy policy;
  const auto longest = std::max(policy.ceiling, policy.poll_interval);
  core::SourceState state;
  state.url = "https://bord.school.nl/board.json";
  std::shared_ptr<const core::Document> last_good;
  core::Instant now = kStart;

  for (int answers = 0; !input.empty() && answers < 16; ++answers) {
    const auto end = input.find(kNextAnswer);
    Answer answer = read_answer(input.substr(0, end));
    input =
        end == std::string_view::npos ? std::string_view{} : input.substr(end + kNextAnswer.size());
    const core::SourceAnswer& response = answer.response;
    check_http_date(response.last_modified);
    check_http_date(response.retry_after);

    core::Judgement judgement = core::judge_answer(response, now);
    const bool good = judgement.error == core::FetchError::none;
    const core::AnswerEffect effect =
        core::apply_judgement(state, response, std::move(judgement), now, policy, answer.dark);

    // Only a 200 with a valid document replaces the last good one.
    if (effect.document) {
      HGW_FUZZ_CHECK(response.outcome == core::AnswerOutcome::document &&
                     response.http_status == 200);
      last_good = std::make_shared<const core::Document>(*effect.document);
    }
    HGW_FUZZ_CHECK(good == !state.failing());
    HGW_FUZZ_CHECK((state.consecutive_failures == 0) == !state.failing());
    // The next request comes, and not later than the ceiling (a careless or hostile
    // Cache-Control or Retry-After cannot park the wall).
    HGW_FUZZ_CHECK(effect.interval > core::PollDuration::zero() && effect.interval <= longest);
    if (answer.dark) HGW_FUZZ_CHECK(effect.interval >= policy.ceiling);
    for (const double random : {0.0, 0.5, 0.999999}) {
      const auto jittered = core::with_jitter(policy, effect.interval, random);
      HGW_FUZZ_CHECK(jittered > core::PollDuration::zero());
    }

    // What the status file and the banner make of it.
    net::PollerSnapshot snapshot;
    snapshot.sources.push_back(state);
    if (last_good) {
      const std::vector<core::Document> documents{*last_good};
      snapshot.merged = std::make_shared<const core::Document>(
          core::merge_and_check(documents, snapshot.merge_diagnostics));
    }
    const std::string status = net::status_json(snapshot, {}, now);
    HGW_FUZZ_CHECK(nlohmann::json::accept(status));
    (void)core::source_problem_text(state, core::Language::nl, now);
    (void)core::source_problem_text(state, core::Language::en, now);

    now.unix_seconds += std::chrono::duration_cast<std::chrono::seconds>(effect.interval).count();
  }
  return 0;
}
