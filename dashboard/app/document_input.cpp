#include "document_input.hpp"

#include <unistd.h>

#include "core/url_scheme.hpp"
#include "net/fetcher.hpp"
#include "platform/bounded_read.hpp"

namespace hgw::app {
namespace {

InputText input_text(platform::FileRead read) {
  switch (read.outcome) {
    case platform::FileRead::Outcome::read:
      return InputText{true, std::move(read.text), {}};
    case platform::FileRead::Outcome::cannot_open:
      return InputText{false, {}, "cannot open: " + read.reason};
    case platform::FileRead::Outcome::too_large:
      return InputText{
          false, {}, "larger than " + std::to_string(kMaxDocumentBytes / (1024 * 1024)) + " MiB"};
    case platform::FileRead::Outcome::read_error:
      return InputText{false, {}, "read error: " + read.reason};
  }
  return InputText{false, {}, "read error"};
}

InputText fetch_url(const std::string& url, const core::Config* config) {
  net::FetchRequest request;
  request.url = url;
  if (config != nullptr) {
    for (const auto& source : config->sources) {
      if (source.url == url) {
        request.token_file = source.token_file;
        request.ca_file = source.ca_file;
      }
    }
  }
  net::Fetcher fetcher;
  const net::FetchResponse response = fetcher.fetch(request);
  if (response.outcome == net::FetchOutcome::document) return InputText{true, response.body, {}};
  std::string error = "cannot fetch " + core::url_without_credentials(url) + ": " +
                      std::string(core::fetch_error_key(response.error));
  if (response.http_status != 0) error += " (HTTP " + std::to_string(response.http_status) + ")";
  if (!response.error_detail.empty()) error += ": " + response.error_detail;
  return InputText{false, {}, error};
}

}  // namespace

InputText read_document_input(const std::string& name, const core::Config* config) {
  if (name == "-")
    return input_text(platform::read_descriptor_bounded(STDIN_FILENO, kMaxDocumentBytes));
  if (core::url_scheme(name)) return fetch_url(name, config);
  return input_text(platform::read_file_bounded(name, kMaxDocumentBytes));
}

}  // namespace hgw::app
