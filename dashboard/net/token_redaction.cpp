#include "token_redaction.hpp"

#include <algorithm>
#include <cctype>
#include <vector>

namespace hgw::net {
namespace {

std::string json_escaped(const std::string& token) {
  std::string escaped;
  for (const char c : token) {
    if (c == '/') escaped += '\\';
    escaped += c;
  }
  return escaped;
}

std::string percent_encoded(const std::string& token, const char* digits) {
  std::string encoded;
  for (const char c : token) {
    const auto byte = static_cast<unsigned char>(c);
    if (std::isalnum(byte) || c == '-' || c == '.' || c == '_' || c == '~') {
      encoded += c;
    } else {
      encoded += '%';
      encoded += digits[byte >> 4];
      encoded += digits[byte & 0x0F];
    }
  }
  return encoded;
}

void replace_all(std::string& text, const std::string& form) {
  for (auto at = text.find(form); at != std::string::npos; at = text.find(form, at + 3))
    text.replace(at, form.size(), "***");
}

}  // namespace

void redact_token(std::string& text, const std::string& token) {
  if (token.empty()) return;
  std::vector<std::string> forms{token, json_escaped(token),
                                 percent_encoded(token, "0123456789ABCDEF"),
                                 percent_encoded(token, "0123456789abcdef")};
  // Longest first: one form may contain another.
  std::sort(forms.begin(), forms.end(),
            [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  for (const auto& form : forms)
    replace_all(text, form);
}

}  // namespace hgw::net
