#pragma once
// Which of the kiosk's URL schemes a text starts with. Schemes are
// case-insensitive (RFC 3986 §3.1): "HTTPS://bord.school.nl/" is a URL, not a
// file name. One function, so the config, the fetcher and the command line agree.

#include <optional>
#include <string_view>

namespace hgw::core {

enum class UrlScheme { https, http, file };

// The scheme of "https://…", "http://…" or "file://…" in any ASCII case;
// nullopt for anything else (a file name, another scheme).
std::optional<UrlScheme> url_scheme(std::string_view text);

// What follows "scheme://"; empty when `text` has no scheme url_scheme knows.
std::string_view after_url_scheme(std::string_view text);

}  // namespace hgw::core
