// Apache httpd with mod_dav as a real board host (docs/ARCHITECTURE.md, "Platform facts"):
// HTTPS with the test's CA, ETag and 304, If-Match on PUT. Skipped when Debian's
// apache2 is not installed.

#include <doctest/doctest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "child_process.hpp"
#include "net_documents.hpp"
#include "poller_harness.hpp"
#include "temp_folder.hpp"
#include "test_http.hpp"

using namespace hgw;
using namespace std::chrono_literals;
using test::wait_for;

namespace {

// A port nobody uses right now; Apache binds it a moment later.
int free_loopback_port() {
  const int socket_fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ::bind(socket_fd, reinterpret_cast<sockaddr*>(&address), sizeof address);
  socklen_t length = sizeof address;
  ::getsockname(socket_fd, reinterpret_cast<sockaddr*>(&address), &length);
  ::close(socket_fd);
  return ntohs(address.sin_port);
}

std::string apache_config(const std::string& root, int port) {
  const std::string modules = "/usr/lib/apache2/modules/";
  std::string config;
  for (const char* module : {"mpm_event", "authz_core", "dav", "dav_fs", "ssl"}) {
    config +=
        "LoadModule " + std::string(module) + "_module " + modules + "mod_" + module + ".so\n";
  }
  config += "ServerRoot " + root +
            "\nServerName 127.0.0.1\nListen 127.0.0.1:" + std::to_string(port) + "\nPidFile " +
            root + "/httpd.pid\nErrorLog " + root +
            "/error.log\nLogLevel warn\nDefaultRuntimeDir " + root + "/run\nMutex file:" + root +
            "/run default\nUser www-data\nGroup www-data\nDocumentRoot " + root +
            "/htdocs\nDAVLockDB " + root + "/lock/DavLock\n<Directory " + root +
            "/htdocs>\n  Dav On\n  Require all granted\n</Directory>\nSSLEngine on\n"
            "SSLCertificateFile " +
            root + "/tls/good.pem\nSSLCertificateKeyFile " + root + "/tls/good.key\n";
  return config;
}

}  // namespace

TEST_CASE("apache mod_dav board: 304s, a stale If-Match gets 412, a change shows up in time") {
  if (std::string(HGW_APACHE2).empty()) {
    MESSAGE("apache2 is not installed: skipped (Debian package apache2)");
    return;
  }
  test::TempFolder folder;
  const std::string& root = folder.path();
  ::chmod(root.c_str(), 0755);  // Apache's workers run as www-data
  for (const char* sub : {"htdocs", "lock", "run", "tls"})
    std::filesystem::create_directories(root + "/" + sub);
  REQUIRE(std::system((std::string(HGW_MAKE_CERTIFICATES) + " " + root + "/tls").c_str()) == 0);
  if (::geteuid() == 0) {
    REQUIRE(std::system(
                ("chown www-data:www-data " + root + "/htdocs " + root + "/lock").c_str()) == 0);
  }
  const int port = free_loopback_port();
  const std::string config = folder.write("httpd.conf", apache_config(root, port));
  test::ChildProcess apache({HGW_APACHE2, "-f", config, "-DFOREGROUND"});

  const std::string url = "https://127.0.0.1:" + std::to_string(port) + "/board.json";
  const std::string ca = root + "/tls/ca.pem";
  // Wait until it listens: the first PUT creates the board document.
  test::HttpAnswer created;
  for (int i = 0; i < 100 && created.status == 0; ++i) {
    created = test::http_request("PUT", url, test::valid_document_text("Versie 1"),
                                 {"If-None-Match: *"}, ca);
    if (created.status == 0) std::this_thread::sleep_for(50ms);
  }
  REQUIRE_MESSAGE(created.status == 201, "apache did not come up: " << created.error);

  test::PollerHarness harness;
  auto source = test::quick_source(url, 300ms, 2s);
  source.ca_file = ca;
  net::SourcePoller poller(harness.options({source}));
  poller.start();
  REQUIRE(wait_for(poller, [](const auto& s) { return s.sources.at(0).http_status == 304; }));
  CHECK(test::school_of(poller.snapshot()) == "Versie 1");
  CHECK_FALSE(poller.snapshot().sources.at(0).etag.empty());
  // An editor reads the current ETag before she writes. Apache hands out a weak
  // ETag (W/"…") for a file changed within the last second, and If-Match never
  // matches a weak one: the editor must read again until it is strong.
  std::string etag;
  for (int i = 0; i < 40 && (etag.empty() || etag.starts_with("W/")); ++i) {
    if (!etag.empty()) std::this_thread::sleep_for(50ms);
    etag = test::http_request("GET", url, {}, {}, ca).etag;
  }
  REQUIRE(etag.starts_with("\""));

  // A second editor with an old ETag is refused, and nothing changes.
  const auto stale = test::http_request("PUT", url, test::valid_document_text("Overschreven!"),
                                        {"If-Match: \"00000-0000000000000\""}, ca);
  CHECK(stale.status == 412);
  CHECK(test::http_request("GET", url, {}, {}, ca).body == test::valid_document_text("Versie 1"));

  // The kc'er's change with the current ETag goes through and reaches the wall
  // within one poll interval (plus jitter and a little slack).
  const auto change = test::http_request("PUT", url, test::valid_document_text("Versie twee"),
                                         {"If-Match: " + etag}, ca);
  CHECK(change.status == 204);
  const auto changed_at = std::chrono::steady_clock::now();
  REQUIRE(wait_for(poller, [](const auto& s) { return test::school_of(s) == "Versie twee"; }));
  CHECK(std::chrono::steady_clock::now() - changed_at <= 300ms + 30ms + 150ms);
  CHECK(poller.snapshot().sources.at(0).etag != etag);
  poller.stop();
  apache.stop();
}
