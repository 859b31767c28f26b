#include "url_scheme.hpp"

#include <utility>

namespace hgw::core {
namespace {

constexpr std::pair<std::string_view, UrlScheme> kSchemes[]{
    {"https://", UrlScheme::https}, {"http://", UrlScheme::http}, {"file://", UrlScheme::file}};

// ASCII only, by design: std::tolower depends on the locale and is undefined for
// the negative values a plain char holds for bytes above 0x7F.
char ascii_lower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

bool starts_with_ignoring_case(std::string_view text, std::string_view lower_prefix) {
  if (text.size() < lower_prefix.size()) return false;
  for (std::size_t i = 0; i < lower_prefix.size(); ++i) {
    if (ascii_lower(text[i]) != lower_prefix[i]) return false;
  }
  return true;
}

}  // namespace

std::optional<UrlScheme> url_scheme(std::string_view text) {
  for (const auto& [prefix, scheme] : kSchemes) {
    if (starts_with_ignoring_case(text, prefix)) return scheme;
  }
  return std::nullopt;
}

std::string_view after_url_scheme(std::string_view text) {
  for (const auto& [prefix, scheme] : kSchemes) {
    if (starts_with_ignoring_case(text, prefix)) return text.substr(prefix.size());
  }
  return {};
}

}  // namespace hgw::core
