#include "source_state.hpp"

#include "i18n.hpp"

namespace hgw::core {
namespace {

struct ProblemWords {
  FetchError error;
  std::string_view key;
  std::string_view nl;
  std::string_view en;
  // Transient problems (the network, the server) say since when; problems the
  // kc'er must fix say what to check instead.
  bool say_since;
};

constexpr ProblemWords kProblems[]{
    {FetchError::none, "none", "", "", false},
    {FetchError::unreachable, "unreachable", "Server onbereikbaar", "Server unreachable", true},
    {FetchError::timeout, "timeout", "Server reageert te traag", "Server too slow", true},
    {FetchError::tls_untrusted, "tls_untrusted", "Certificaat niet vertrouwd — controleer ca_file",
     "Certificate not trusted — check ca_file", false},
    {FetchError::tls_expired, "tls_expired",
     "Certificaat van de server verlopen — laat het vernieuwen",
     "Server certificate expired — have it renewed", false},
    {FetchError::tls_wrong_host, "tls_wrong_host",
     "Certificaat hoort bij een andere servernaam — controleer url",
     "Certificate is for another server name — check url", false},
    {FetchError::tls_other, "tls_other", "Beveiligde verbinding mislukt",
     "Secure connection failed", true},
    {FetchError::ca_file, "ca_file", "ca_file onbruikbaar — controleer ca_file",
     "ca_file unusable — check ca_file", false},
    {FetchError::token_file, "token_file", "Token niet te lezen — controleer token_file",
     "Token cannot be read — check token_file", false},
    {FetchError::unauthorized, "unauthorized", "Token geweigerd (401) — controleer token_file",
     "Token refused (401) — check token_file", false},
    {FetchError::forbidden, "forbidden", "Geen toegang (403) — controleer token_file",
     "Access denied (403) — check token_file", false},
    {FetchError::not_found, "not_found", "Document niet gevonden — controleer url",
     "Document not found — check url", false},
    {FetchError::server_error, "server_error", "Serverfout", "Server error", true},
    {FetchError::http_error, "http_error", "Server weigert het verzoek",
     "Server refuses the request", false},
    {FetchError::too_many_redirects, "too_many_redirects",
     "Te veel doorverwijzingen — controleer url", "Too many redirects — check url", false},
    {FetchError::too_large, "too_large", "Document te groot", "Document too large", false},
    {FetchError::truncated, "truncated", "Document onvolledig ontvangen",
     "Document arrived incomplete", true},
    {FetchError::not_json, "not_json", "Geen document maar een webpagina — controleer url",
     "A web page, not a document — check url", false},
    {FetchError::invalid_document, "invalid_document", "Document ongeldig", "Invalid document",
     false},
    {FetchError::unsupported_format, "unsupported_format",
     "Nieuwer documentformaat — werk de kiosk bij", "Newer document format — update the kiosk",
     false},
    {FetchError::other, "other", "Ophalen mislukt", "Fetch failed", true},
};

const ProblemWords& words_for(FetchError error) {
  for (const auto& words : kProblems) {
    if (words.error == error) return words;
  }
  return kProblems[0];
}

// "08:12" today, "gisteren 16:10" / "ma 29 nov 16:10" on another day.
std::string moment_text(const Instant& moment, const Instant& now, Language language) {
  const Instant local{moment.unix_seconds, now.utc_offset_minutes};
  const std::string time = format_time_of_day(local_time(local));
  const Date day = local_date(local);
  const Date today = local_date(now);
  if (day == today) return time;
  if (add_days(day, 1) == today) {
    return std::string(phrase(Phrase::yesterday, language)) + " " + time;
  }
  return format_short_date(day, language) + " " + time;
}

std::string status_suffix(const SourceState& state) {
  if (state.error == FetchError::server_error || state.error == FetchError::http_error) {
    return " (" + std::to_string(state.http_status) + ")";
  }
  return {};
}

}  // namespace

std::string_view fetch_error_key(FetchError error) {
  return words_for(error).key;
}

std::string url_without_credentials(std::string_view url) {
  const auto scheme_end = url.find("://");
  if (scheme_end == std::string_view::npos) return std::string(url);
  const auto authority_start = scheme_end + 3;
  const auto authority_end = url.find_first_of("/?#", authority_start);
  const auto authority = url.substr(authority_start, authority_end == std::string_view::npos
                                                         ? std::string_view::npos
                                                         : authority_end - authority_start);
  const auto at = authority.rfind('@');
  if (at == std::string_view::npos) return std::string(url);
  return std::string(url.substr(0, authority_start)) + "***" +
         std::string(url.substr(authority_start + at));
}

std::string source_problem_text(const SourceState& state, Language language, const Instant& now) {
  if (!state.failing()) return {};
  const ProblemWords& words = words_for(state.error);
  std::string text(in_language(Words{words.nl, words.en}, language));
  text += status_suffix(state);
  if (state.error == FetchError::invalid_document && !state.error_detail.empty()) {
    text += ": " + state.error_detail;  // the validator's path and reason, as `validate` says it
  }
  if (words.say_since && state.failing_since) {
    text += " " + std::string(phrase(Phrase::since, language)) + " " +
            moment_text(*state.failing_since, now, language);
  }
  // What the wall shows meanwhile, so nobody mistakes old figures for new ones.
  if (state.has_document) {
    const auto& from = state.data_generated_at ? state.data_generated_at : state.last_success;
    if (from) {
      text += " — " + std::string(phrase(Phrase::data_from, language)) + " " +
              moment_text(*from, now, language);
    }
  } else {
    text += " — " + std::string(phrase(Phrase::no_data_yet, language));
  }
  return text;
}

}  // namespace hgw::core
