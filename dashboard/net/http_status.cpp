#include "http_status.hpp"

namespace hgw::net {
namespace {

core::FetchError error_for_status(long status) {
  if (status == 401) return core::FetchError::unauthorized;
  if (status == 403) return core::FetchError::forbidden;
  if (status == 404 || status == 410) return core::FetchError::not_found;
  if (status >= 500) return core::FetchError::server_error;
  return core::FetchError::http_error;
}

}  // namespace

void settle_http_status(FetchResponse& response, std::string body) {
  if (response.http_status == 304) {
    response.outcome = FetchOutcome::not_modified;
  } else if (response.http_status == 200) {
    response.outcome = FetchOutcome::document;
    response.body = std::move(body);
  } else {
    response.outcome = FetchOutcome::failed;
    response.error = error_for_status(response.http_status);
    response.error_detail = "HTTP " + std::to_string(response.http_status);
  }
}

}  // namespace hgw::net
