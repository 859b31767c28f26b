#include "fetcher.hpp"

#include <curl/curl.h>

#include <algorithm>
#include <mutex>

#include "core/secret_file.hpp"
#include "core/url_scheme.hpp"
#include "file_fetch.hpp"
#include "token_redaction.hpp"

namespace hgw::net {
namespace {

// The OpenSSL verify results curl reports for a refused certificate
// (X509_V_ERR_CERT_NOT_YET_VALID, X509_V_ERR_CERT_HAS_EXPIRED,
// X509_V_ERR_HOSTNAME_MISMATCH). curl 7.88 checks the name itself after OpenSSL
// accepted the chain and then reports 1 ("unspecified"), so its message — "…
// does not match target host name" / "… matches target host name" — decides;
// the tls test pins this down.
constexpr long kCertificateNotYetValid = 9;
constexpr long kCertificateExpired = 10;
constexpr long kHostnameMismatch = 62;

// libcurl's global set-up is thread-safe since 7.84 (bookworm has 7.88); doing it
// here once keeps the app free of a curl call of its own.
void ensure_curl_initialised() {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

std::string header_value(CURL* easy, const char* name) {
  struct curl_header* header = nullptr;
  // -1: the last request of a redirect chain, the one whose body we have.
  if (curl_easy_header(easy, name, 0, CURLH_HEADER, -1, &header) != CURLHE_OK) return {};
  return header->value;
}

struct Transfer {
  std::string body;
  std::size_t max_bytes = 0;
  bool too_large = false;
  const std::atomic<bool>* cancelled = nullptr;
};

std::size_t on_body(char* data, std::size_t size, std::size_t count, void* user) {
  auto& transfer = *static_cast<Transfer*>(user);
  const std::size_t bytes = size * count;
  if (transfer.body.size() + bytes > transfer.max_bytes) {
    transfer.too_large = true;
    return 0;  // makes curl stop with CURLE_WRITE_ERROR before storing more
  }
  transfer.body.append(data, bytes);
  return bytes;
}

int on_progress(void* user, curl_off_t, curl_off_t, curl_off_t, curl_off_t) {
  const auto& transfer = *static_cast<Transfer*>(user);
  return transfer.cancelled->load() ? 1 : 0;
}

void classify_curl_error(CURLcode code, CURL* easy, const Transfer& transfer, const char* message,
                         FetchResponse& response) {
  using core::FetchError;
  response.error_detail = *message ? message : curl_easy_strerror(code);
  switch (code) {
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
    case CURLE_COULDNT_CONNECT:
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_GOT_NOTHING:
      response.error = FetchError::unreachable;
      break;
    case CURLE_OPERATION_TIMEDOUT:
      response.error = FetchError::timeout;
      break;
    case CURLE_PEER_FAILED_VERIFICATION: {
      long verify = -1;
      curl_easy_getinfo(easy, CURLINFO_SSL_VERIFYRESULT, &verify);
      if (verify == kCertificateExpired || verify == kCertificateNotYetValid) {
        response.error = FetchError::tls_expired;
      } else if (verify == kHostnameMismatch ||
                 response.error_detail.find("target host name") != std::string::npos) {
        response.error = FetchError::tls_wrong_host;
      } else {
        response.error = FetchError::tls_untrusted;
      }
      break;
    }
    case CURLE_SSL_CACERT_BADFILE:
      response.error = FetchError::ca_file;
      break;
    case CURLE_SSL_CONNECT_ERROR:
      response.error = FetchError::tls_other;
      break;
    case CURLE_TOO_MANY_REDIRECTS:
      response.error = FetchError::too_many_redirects;
      break;
    case CURLE_FILESIZE_EXCEEDED:
      response.error = FetchError::too_large;
      break;
    case CURLE_WRITE_ERROR:
      response.error = transfer.too_large ? FetchError::too_large : FetchError::other;
      break;
    case CURLE_PARTIAL_FILE:
      response.error = FetchError::truncated;
      break;
    default:
      response.error = FetchError::other;
      break;
  }
  if (response.error == FetchError::too_large) {
    response.error_detail =
        "the document is larger than " + std::to_string(transfer.max_bytes) + " bytes";
  }
}

}  // namespace

struct Fetcher::Curl {
  CURLM* multi = nullptr;
  CURL* easy = nullptr;

  Curl() {
    ensure_curl_initialised();
    multi = curl_multi_init();
    easy = curl_easy_init();
  }
  ~Curl() {
    if (easy) curl_easy_cleanup(easy);
    if (multi) curl_multi_cleanup(multi);
  }
};

Fetcher::Fetcher(FetchLimits limits) : limits_(limits), curl_(std::make_unique<Curl>()) {}

Fetcher::~Fetcher() = default;

void Fetcher::cancel() {
  cancelled_ = true;
  if (curl_->multi) curl_multi_wakeup(curl_->multi);
}

FetchResponse Fetcher::fetch(const FetchRequest& request) {
  FetchResponse response;
  if (cancelled_) {
    response.error_detail = "stopped";
    response.error = core::FetchError::other;
    return response;
  }
  const auto scheme = core::url_scheme(request.url);
  if (scheme == core::UrlScheme::file) return fetch_file(request, limits_);
  if (!scheme) {
    response.error = core::FetchError::other;
    response.error_detail = "only https://, http:// and file:// URLs are fetched";
    return response;
  }
  if (!curl_->multi || !curl_->easy) {
    response.error = core::FetchError::other;
    response.error_detail = "libcurl could not be initialised";
    return response;
  }

  std::string token;
  if (request.token_file) {
    auto read = core::read_token_file(*request.token_file);
    if (!read.token) {
      response.error = core::FetchError::token_file;
      response.error_detail = read.error;
      return response;
    }
    token = std::move(*read.token);
  }

  CURL* easy = curl_->easy;
  curl_easy_reset(easy);  // keeps the connection and TLS session caches
  Transfer transfer;
  transfer.max_bytes = limits_.max_bytes;
  transfer.cancelled = &cancelled_;
  char message[CURL_ERROR_SIZE] = {};

  curl_easy_setopt(easy, CURLOPT_URL, request.url.c_str());
  // Redirects may go to http or https only: a server must never make the kiosk
  // read one of its own files (file://) or speak another protocol.
  curl_easy_setopt(easy, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(easy, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(easy, CURLOPT_FOLLOWLOCATION, 1L);
  curl_easy_setopt(easy, CURLOPT_MAXREDIRS, limits_.max_redirects);
  curl_easy_setopt(easy, CURLOPT_ACCEPT_ENCODING, "");  // whatever this libcurl decodes
  curl_easy_setopt(easy, CURLOPT_CONNECTTIMEOUT_MS,
                   static_cast<long>(limits_.connect_timeout.count()));
  curl_easy_setopt(easy, CURLOPT_TIMEOUT_MS, static_cast<long>(limits_.total_timeout.count()));
  curl_easy_setopt(easy, CURLOPT_LOW_SPEED_LIMIT, limits_.low_speed_bytes_per_second);
  curl_easy_setopt(easy, CURLOPT_LOW_SPEED_TIME, static_cast<long>(limits_.low_speed_time.count()));
  curl_easy_setopt(easy, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(limits_.max_bytes));
  // TLS is always verified; a private CA comes in through ca_file, never by
  // switching verification off.
  curl_easy_setopt(easy, CURLOPT_SSL_VERIFYPEER, 1L);
  curl_easy_setopt(easy, CURLOPT_SSL_VERIFYHOST, 2L);
  if (request.ca_file) curl_easy_setopt(easy, CURLOPT_CAINFO, request.ca_file->c_str());
  if (!token.empty()) {
    // curl's own bearer support, not a hand-made header: curl drops it when a
    // redirect leads to another host, scheme or port.
    curl_easy_setopt(easy, CURLOPT_HTTPAUTH, CURLAUTH_BEARER);
    curl_easy_setopt(easy, CURLOPT_XOAUTH2_BEARER, token.c_str());
  }
  curl_easy_setopt(easy, CURLOPT_USERAGENT, HGW_USER_AGENT);
  curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(easy, CURLOPT_ERRORBUFFER, message);
  curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, on_body);
  curl_easy_setopt(easy, CURLOPT_WRITEDATA, &transfer);
  curl_easy_setopt(easy, CURLOPT_NOPROGRESS, 0L);
  curl_easy_setopt(easy, CURLOPT_XFERINFOFUNCTION, on_progress);
  curl_easy_setopt(easy, CURLOPT_XFERINFODATA, &transfer);

  struct curl_slist* headers = curl_slist_append(nullptr, "Accept: application/json");
  if (!request.etag.empty()) {
    headers = curl_slist_append(headers, ("If-None-Match: " + request.etag).c_str());
  }
  if (!request.last_modified.empty()) {
    headers = curl_slist_append(headers, ("If-Modified-Since: " + request.last_modified).c_str());
  }
  curl_easy_setopt(easy, CURLOPT_HTTPHEADER, headers);

  // The multi interface only so that cancel() can wake the wait at once
  // (curl_multi_wakeup) instead of at the next progress callback.
  curl_multi_add_handle(curl_->multi, easy);
  CURLcode code = CURLE_OK;
  bool finished = false;
  while (!finished) {
    int running = 0;
    if (curl_multi_perform(curl_->multi, &running) != CURLM_OK) {
      code = CURLE_FAILED_INIT;
      break;
    }
    int queued = 0;
    while (CURLMsg* done = curl_multi_info_read(curl_->multi, &queued)) {
      if (done->msg == CURLMSG_DONE && done->easy_handle == easy) {
        code = done->data.result;
        finished = true;
      }
    }
    if (finished) break;
    if (cancelled_) {
      code = CURLE_ABORTED_BY_CALLBACK;
      break;
    }
    curl_multi_poll(curl_->multi, nullptr, 0, 1000, nullptr);
  }
  curl_multi_remove_handle(curl_->multi, easy);
  curl_slist_free_all(headers);
  redact_token(transfer.body, token);

  curl_easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &response.http_status);
  curl_off_t header_bytes = 0;
  curl_off_t body_wire_bytes = 0;
  long header_size = 0;
  curl_easy_getinfo(easy, CURLINFO_HEADER_SIZE, &header_size);
  curl_easy_getinfo(easy, CURLINFO_SIZE_DOWNLOAD_T, &body_wire_bytes);
  header_bytes = header_size;
  response.network_bytes = static_cast<std::uint64_t>(header_bytes + body_wire_bytes);
  response.body_bytes = transfer.body.size();

  if (code != CURLE_OK) {
    classify_curl_error(code, easy, transfer, message, response);
    if (code == CURLE_ABORTED_BY_CALLBACK && cancelled_) response.error_detail = "stopped";
    redact_token(response.error_detail, token);
    std::fill(token.begin(), token.end(), '\0');
    curl_easy_setopt(easy, CURLOPT_ERRORBUFFER, nullptr);
    return response;
  }
  curl_easy_setopt(easy, CURLOPT_ERRORBUFFER, nullptr);

  response.etag = header_value(easy, "ETag");
  response.last_modified = header_value(easy, "Last-Modified");
  response.content_type = header_value(easy, "Content-Type");
  response.cache_control = header_value(easy, "Cache-Control");
  response.retry_after = header_value(easy, "Retry-After");
  for (std::string* value : {&response.etag, &response.last_modified, &response.content_type,
                             &response.cache_control, &response.retry_after}) {
    redact_token(*value, token);
  }
  std::fill(token.begin(), token.end(), '\0');

  core::settle_http_status(response, std::move(transfer.body));
  return response;
}

}  // namespace hgw::net
