#include "source_answer.hpp"

namespace hgw::core {
namespace {

FetchError error_for_status(long status) {
  if (status == 401) return FetchError::unauthorized;
  if (status == 403) return FetchError::forbidden;
  if (status == 404 || status == 410) return FetchError::not_found;
  if (status >= 500) return FetchError::server_error;
  return FetchError::http_error;
}

}  // namespace

void settle_http_status(SourceAnswer& answer, std::string body) {
  if (answer.http_status == 304) {
    answer.outcome = AnswerOutcome::not_modified;
  } else if (answer.http_status == 200) {
    answer.outcome = AnswerOutcome::document;
    answer.body = std::move(body);
  } else {
    answer.outcome = AnswerOutcome::failed;
    answer.error = error_for_status(answer.http_status);
    answer.error_detail = "HTTP " + std::to_string(answer.http_status);
  }
}

}  // namespace hgw::core
