// One case-insensitive URL scheme check for the config, the fetcher and the
// command line (core/url_scheme).

#include "core/url_scheme.hpp"

#include <doctest/doctest.h>

using namespace hgw;

TEST_CASE("url scheme: https, http and file in any case; anything else is no URL") {
  CHECK(core::url_scheme("HTTPS://bord.school.nl/board.json") == core::UrlScheme::https);
  CHECK(core::url_scheme("https://bord.school.nl/") == core::UrlScheme::https);
  CHECK(core::url_scheme("http://127.0.0.1:8080/api/board") == core::UrlScheme::http);
  CHECK(core::url_scheme("Http://127.0.0.1/") == core::UrlScheme::http);
  CHECK(core::url_scheme("File:///boot/firmware/board.json") == core::UrlScheme::file);
  CHECK(core::url_scheme("FILE:///x") == core::UrlScheme::file);

  CHECK_FALSE(core::url_scheme("board.json"));
  CHECK_FALSE(core::url_scheme("https.json"));
  CHECK_FALSE(core::url_scheme("https:/bord.school.nl/"));
  CHECK_FALSE(core::url_scheme("ftp://bord.school.nl/board.json"));
  CHECK_FALSE(core::url_scheme(""));
  CHECK(core::after_url_scheme("HTTPS://bord.school.nl/x") == "bord.school.nl/x");
  CHECK(core::after_url_scheme("File:///x") == "/x");
  CHECK(core::after_url_scheme("board.json").empty());
}

TEST_CASE("url scheme: bytes above 0x7F are compared as bytes, never lower-cased") {
  // "é" in UTF-8 and Latin-1 letters: a plain char holds them as negative numbers,
  // which std::tolower must not be given.
  CHECK_FALSE(core::url_scheme("\xC3\xA9://bord.school.nl/"));
  CHECK_FALSE(core::url_scheme("fil\xC3\xA9://x"));
  CHECK_FALSE(core::url_scheme("\xC6ILE:///x"));
  CHECK_FALSE(core::url_scheme("HTTP\xD3://x"));
  CHECK_FALSE(core::url_scheme("\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF"));
  CHECK(core::url_scheme("https://bord.school.nl/\xC3\xA9.json") == core::UrlScheme::https);
}
