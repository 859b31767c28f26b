#include "net/cache.hpp"

#include <doctest/doctest.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>

#include "fixture_server.hpp"
#include "net_documents.hpp"
#include "poller_harness.hpp"
#include "temp_folder.hpp"

using namespace hgw;
using namespace std::chrono_literals;
using test::wait_for;

namespace {

std::string read_text(const std::string& path) {
  std::ifstream stream(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(stream), {});
}

}  // namespace

TEST_CASE("cache: written atomically, read back, nothing left behind") {
  test::TempFolder folder;
  const net::DocumentCache cache(folder.path() + "/cache");
  net::CachedDocument document{"https://a.nl/x", test::valid_document_text(), "\"e1\"",
                               "Sun, 06 Nov 1994 08:49:37 GMT", core::Instant{784111777, 60}};
  CHECK(cache.write(document).empty());
  const auto read = cache.read("https://a.nl/x");
  CHECK(read.warning.empty());
  REQUIRE(read.document);
  CHECK(read.document->text == document.text);
  CHECK(read.document->etag == "\"e1\"");
  CHECK(read.document->last_modified == document.last_modified);
  CHECK(read.document->fetched_at == document.fetched_at);
  int files = 0;
  for ([[maybe_unused]] const auto& entry :
       std::filesystem::directory_iterator(folder.path() + "/cache"))
    ++files;
  CHECK(files == 1);  // no temporary file remains
  CHECK_FALSE(cache.read("https://b.nl/y").document);
  CHECK(cache.read("https://b.nl/y").warning.empty());
}

TEST_CASE("cache: a kiosk started with the server down shows the cached document") {
  test::TempFolder folder;
  const std::string cache_directory = folder.path() + "/cache";
  std::string url;
  {
    test::FixtureServer server;
    url = server.url("src");
    server.set("src", {{"mode", "document"}, {"body", test::valid_document_text("Gecached")}});
    test::PollerHarness harness;
    net::SourcePoller poller(harness.options({test::quick_source(url)}, cache_directory));
    poller.start();
    REQUIRE(wait_for(poller, [](const auto& s) { return test::school_of(s) == "Gecached"; }));
    poller.stop();
  }  // the server is gone now

  test::PollerHarness harness;
  net::SourcePoller poller(harness.options({test::quick_source(url)}, cache_directory));
  const auto before_start = poller.snapshot();  // before any network
  CHECK(test::school_of(before_start) == "Gecached");
  CHECK(before_start.sources.at(0).document_from_cache);
  CHECK(before_start.sources.at(0).last_success);
  poller.start();
  REQUIRE(wait_for(poller, [](const auto& s) { return s.sources.at(0).failing(); }));
  const auto snapshot = poller.snapshot();
  CHECK(snapshot.sources.at(0).error == core::FetchError::unreachable);
  CHECK(test::school_of(snapshot) == "Gecached");
  const auto banner = core::source_problem_text(snapshot.sources.at(0), core::Language::nl,
                                                core::SystemClock().now());
  CHECK(banner.starts_with("Server onbereikbaar sinds "));
  CHECK(banner.find(" — gegevens van ") != std::string::npos);
}

TEST_CASE("cache: a corrupt or foreign cache file is ignored with a warning, never a crash") {
  test::TempFolder folder;
  const std::string url = "http://127.0.0.1:9/never";
  const net::DocumentCache cache(folder.path());
  const std::string contents[]{
      "{\"cache_format\": 1, \"url\": \"" + url + "\", \"docu",  // cut off mid-write
      std::string("\0\0\0\xff\xfe", 5),
      "[1, 2, 3]",
      "{\"cache_format\": 99, \"url\": \"" + url + "\", \"document\": \"{}\"}",
  };
  for (const auto& text : contents) {
    std::ofstream(cache.file_for(url), std::ios::binary) << text;
    test::PollerHarness harness;
    net::SourcePoller poller(harness.options({test::quick_source(url)}, folder.path()));
    CHECK_FALSE(poller.snapshot().merged);
    const auto lines = harness.logged();
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].starts_with("warning: cache file " + cache.file_for(url)));
  }
  // Well-formed, but the document inside no longer passes validation.
  net::CachedDocument stale{url, test::invalid_document_text(), "", "", std::nullopt};
  REQUIRE(cache.write(stale).empty());
  test::PollerHarness harness;
  net::SourcePoller poller(harness.options({test::quick_source(url)}, folder.path()));
  CHECK_FALSE(poller.snapshot().merged);
  REQUIRE(harness.logged().size() == 1);
  CHECK(harness.logged()[0].find("actions[2].when") != std::string::npos);
}

TEST_CASE("cache: a cache folder that cannot be written is a warning, the wall goes on") {
  test::TempFolder folder;
  const std::string blocked = folder.write("not-a-folder", "x");  // a file where the folder goes
  test::FixtureServer server;
  server.set("src", {{"mode", "document"}, {"body", test::valid_document_text()}});
  test::PollerHarness harness;
  net::SourcePoller poller(harness.options({test::quick_source(server.url("src"))}, blocked));
  poller.start();
  REQUIRE(wait_for(poller, [](const auto& s) { return test::school_of(s) == "OBS De Vlinder"; }));
  poller.stop();
  bool warned = false;
  for (const auto& line : harness.logged())
    warned = warned || line.starts_with("warning: cannot cache ");
  CHECK(warned);
  (void)read_text;
}
