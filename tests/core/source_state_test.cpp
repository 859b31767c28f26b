#include "core/source_state.hpp"

#include <doctest/doctest.h>

#include "test_documents.hpp"

using namespace hgw;
using hgw::test::at;

namespace {

// A source that had good data generated at 07:45 and has failed since 08:12.
core::SourceState failing(core::FetchError error) {
  core::SourceState state;
  state.url = "https://api.school.nl/hgw";
  state.has_document = true;
  state.data_generated_at = at("2026-11-30T07:45:00+01:00");
  state.last_success = at("2026-11-30T08:10:00+01:00");
  state.failing_since = at("2026-11-30T08:12:00+01:00");
  state.consecutive_failures = 3;
  state.error = error;
  return state;
}

// The wall looks at nine (Monday 30 November 2026, 09:00), 48 minutes into the failure.
const core::Instant kAtNine{1796025600, 60};

std::string dutch(const core::SourceState& state) {
  return core::source_problem_text(state, core::Language::nl, kAtNine);
}
std::string english(const core::SourceState& state) {
  return core::source_problem_text(state, core::Language::en, kAtNine);
}

}  // namespace

TEST_CASE("source state: a healthy source has nothing to say") {
  core::SourceState state;
  state.has_document = true;
  CHECK(dutch(state).empty());
  CHECK_FALSE(state.failing());
}

TEST_CASE("source state: the network says since when and how old the data is") {
  CHECK(dutch(failing(core::FetchError::unreachable)) ==
        "Server onbereikbaar sinds 08:12 — gegevens van 07:45");
  CHECK(english(failing(core::FetchError::unreachable)) ==
        "Server unreachable since 08:12 — data from 07:45");
  CHECK(dutch(failing(core::FetchError::timeout)) ==
        "Server reageert te traag sinds 08:12 — gegevens van 07:45");
  auto server = failing(core::FetchError::server_error);
  server.http_status = 503;
  CHECK(dutch(server) == "Serverfout (503) sinds 08:12 — gegevens van 07:45");
}

TEST_CASE("source state: what the kc'er must fix says what to check") {
  CHECK(dutch(failing(core::FetchError::unauthorized)) ==
        "Token geweigerd (401) — controleer token_file — gegevens van 07:45");
  CHECK(english(failing(core::FetchError::unauthorized)) ==
        "Token refused (401) — check token_file — data from 07:45");
  CHECK(dutch(failing(core::FetchError::tls_untrusted)) ==
        "Certificaat niet vertrouwd — controleer ca_file — gegevens van 07:45");
  CHECK(dutch(failing(core::FetchError::tls_expired))
            .starts_with("Certificaat van de server "
                         "verlopen"));
  CHECK(dutch(failing(core::FetchError::tls_wrong_host))
            .starts_with("Certificaat hoort bij een andere servernaam — controleer url"));
  CHECK(dutch(failing(core::FetchError::not_found))
            .starts_with("Document niet gevonden — controleer url"));
  CHECK(dutch(failing(core::FetchError::not_json))
            .starts_with("Geen document maar een webpagina — controleer url"));
  CHECK(dutch(failing(core::FetchError::unsupported_format))
            .starts_with("Nieuwer documentformaat — werk de kiosk bij"));
  auto invalid = failing(core::FetchError::invalid_document);
  invalid.error_detail = "actions[2].when: expected a date YYYY-MM-DD, got \"12 dec\"";
  CHECK(dutch(invalid) ==
        "Document ongeldig: actions[2].when: expected a date YYYY-MM-DD, got \"12 dec\" — "
        "gegevens van 07:45");
}

TEST_CASE("source state: every failure kind has words in both languages and a key") {
  for (int kind = static_cast<int>(core::FetchError::unreachable);
       kind <= static_cast<int>(core::FetchError::other); ++kind) {
    const auto error = static_cast<core::FetchError>(kind);
    CAPTURE(kind);
    CHECK_FALSE(dutch(failing(error)).starts_with(" "));
    CHECK(dutch(failing(error)).size() > 20);
    CHECK(english(failing(error)) != dutch(failing(error)));
    CHECK(core::fetch_error_key(error) != "none");
  }
}

TEST_CASE("source state: times on another day carry the day; no data says so") {
  auto state = failing(core::FetchError::unreachable);
  state.failing_since = at("2026-11-29T16:10:00+01:00");
  state.data_generated_at = at("2026-11-27T15:00:00+01:00");
  CHECK(dutch(state) == "Server onbereikbaar sinds gisteren 16:10 — gegevens van vr 27 nov 15:00");
  state.has_document = false;
  CHECK(dutch(state) == "Server onbereikbaar sinds gisteren 16:10 — nog geen gegevens");
  CHECK(english(state) == "Server unreachable since yesterday 16:10 — no data yet");
  // Without generated_at, the data is as old as the last good fetch.
  state = failing(core::FetchError::unreachable);
  state.data_generated_at.reset();
  CHECK(dutch(state) == "Server onbereikbaar sinds 08:12 — gegevens van 08:10");
}

TEST_CASE("source state: times are shown in the wall's own offset") {
  auto state = failing(core::FetchError::unreachable);
  state.failing_since = at("2026-11-30T07:12:00Z");  // 08:12 in Amsterdam
  CHECK(dutch(state) == "Server onbereikbaar sinds 08:12 — gegevens van 07:45");
}

TEST_CASE("source state: credentials in a URL are never shown") {
  CHECK(core::url_without_credentials("https://kc:geheim@board.school.nl/bord.json") ==
        "https://***@board.school.nl/bord.json");
  CHECK(core::url_without_credentials("https://board.school.nl/a@b.json") ==
        "https://board.school.nl/a@b.json");
  CHECK(core::url_without_credentials("file:///boot/firmware/bord.json") ==
        "file:///boot/firmware/bord.json");
}
