#include <doctest/doctest.h>

#include <cstdlib>

#include "core/source_state.hpp"
#include "fixture_server.hpp"
#include "net/fetcher.hpp"
#include "net_documents.hpp"
#include "temp_folder.hpp"

using namespace hgw;
using namespace std::chrono_literals;

namespace {

// The certificates are made once per run: RSA keys take a moment.
const test::TempFolder& certificates() {
  static const test::TempFolder folder;
  static const bool made = [] {
    const std::string command = std::string(HGW_MAKE_CERTIFICATES) + " " + folder.path();
    return std::system(command.c_str()) == 0;
  }();
  REQUIRE_MESSAGE(made, "openssl could not make the test certificates");
  return folder;
}

struct TlsCase {
  std::string certificate;  // good, expired, wrong-host, stranger
};

net::FetchResponse fetch_from(const std::string& certificate, bool with_ca_file) {
  const auto& folder = certificates();
  test::FixtureServer server(folder.file(certificate + ".pem"), folder.file(certificate + ".key"));
  net::FetchLimits limits;
  limits.connect_timeout = 2s;
  limits.total_timeout = 3s;
  net::Fetcher fetcher(limits);
  net::FetchRequest request;
  request.url = server.url("missing");  // the server answers 404: enough to see TLS worked
  if (with_ca_file) request.ca_file = folder.file("ca.pem");
  return fetcher.fetch(request);
}

}  // namespace

TEST_CASE("tls: the school's CA through ca_file is trusted") {
  const auto response = fetch_from("good", true);
  CHECK(response.error == core::FetchError::not_found);  // TLS fine, then HTTP 404
  CHECK(response.http_status == 404);
}

TEST_CASE("tls: without ca_file a private CA is not trusted (no switch turns it off)") {
  const auto response = fetch_from("good", false);
  CHECK(response.error == core::FetchError::tls_untrusted);
  CHECK(response.http_status == 0);
}

TEST_CASE("tls: a certificate from an unknown CA is refused as untrusted") {
  const auto response = fetch_from("stranger", true);
  CHECK(response.error == core::FetchError::tls_untrusted);
  CAPTURE(response.error_detail);
  CHECK_FALSE(response.error_detail.empty());
}

TEST_CASE("tls: an expired certificate is refused as expired") {
  const auto response = fetch_from("expired", true);
  CAPTURE(response.error_detail);
  CHECK(response.error == core::FetchError::tls_expired);
}

TEST_CASE("tls: a certificate for another host is refused as the wrong host") {
  const auto response = fetch_from("wrong-host", true);
  CAPTURE(response.error_detail);
  CHECK(response.error == core::FetchError::tls_wrong_host);
}

TEST_CASE("tls: an unreadable ca_file is its own reason") {
  const auto& folder = certificates();
  test::FixtureServer server(folder.file("good.pem"), folder.file("good.key"));
  net::Fetcher fetcher;
  net::FetchRequest request;
  request.url = server.url("x");
  request.ca_file = folder.file("no-such-ca.pem");
  CHECK(fetcher.fetch(request).error == core::FetchError::ca_file);
}
