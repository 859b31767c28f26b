#include "document_input.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>

#include "core/url_scheme.hpp"
#include "net/fetcher.hpp"

namespace hgw::app {
namespace {

InputText read_stream(std::istream& stream) {
  InputText input;
  std::string text;
  char buffer[65536];
  while (stream.read(buffer, sizeof buffer) || stream.gcount() > 0) {
    text.append(buffer, static_cast<std::size_t>(stream.gcount()));
    if (text.size() > kMaxDocumentBytes) {
      input.error = "larger than " + std::to_string(kMaxDocumentBytes / (1024 * 1024)) + " MiB";
      return input;
    }
  }
  if (stream.bad()) {
    input.error = "read error";
    return input;
  }
  input.ok = true;
  input.text = std::move(text);
  return input;
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
  if (name == "-") return read_stream(std::cin);
  if (core::url_scheme(name)) return fetch_url(name, config);
  std::ifstream file(name, std::ios::binary);
  if (!file) return InputText{false, {}, std::string("cannot open: ") + std::strerror(errno)};
  return read_stream(file);
}

}  // namespace hgw::app
