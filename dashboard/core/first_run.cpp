#include "first_run.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "json_text.hpp"

namespace hgw::core {
namespace {

bool is_setup_code(const std::string& code) {
  return code.size() == kSetupCodeDigits &&
         std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

std::string first_run_json(const FirstRunNotice& notice) {
  nlohmann::json json{{"format", kFirstRunFormat},
                      {"password_set", notice.password_set},
                      {"certificate_sha256", notice.certificate_sha256}};
  if (!notice.password_set) {
    json["setup_code"] = notice.setup_code;
    json["valid_until"] = notice.valid_until ? format_timestamp(*notice.valid_until) : "";
  }
  return json.dump(2) + "\n";
}

FirstRunRead parse_first_run(std::string_view text) {
  const JsonParseResult parsed = parse_json_text(text);
  if (!parsed.value) return {std::nullopt, parsed.error};
  const nlohmann::json& json = *parsed.value;
  if (!json.is_object()) return {std::nullopt, "expected a JSON object"};
  const auto format = json.find("format");
  if (format == json.end() || *format != kFirstRunFormat)
    return {std::nullopt, "format: expected \"" + std::string(kFirstRunFormat) + "\""};
  const auto password_set = json.find("password_set");
  if (password_set == json.end() || !password_set->is_boolean())
    return {std::nullopt, "password_set: expected true or false"};
  FirstRunNotice notice;
  notice.password_set = password_set->get<bool>();
  if (const auto fingerprint = json.find("certificate_sha256"); fingerprint != json.end()) {
    if (!fingerprint->is_string()) return {std::nullopt, "certificate_sha256: expected text"};
    notice.certificate_sha256 = fingerprint->get<std::string>();
  }
  if (notice.password_set) return {notice, ""};

  const auto code = json.find("setup_code");
  if (code == json.end() || !code->is_string() || !is_setup_code(code->get<std::string>()))
    return {std::nullopt, "setup_code: expected " + std::to_string(kSetupCodeDigits) + " digits"};
  notice.setup_code = code->get<std::string>();
  const auto until = json.find("valid_until");
  if (until == json.end() || !until->is_string())
    return {std::nullopt, "valid_until: expected an RFC 3339 timestamp"};
  notice.valid_until = parse_timestamp(until->get<std::string>());
  if (!notice.valid_until) return {std::nullopt, "valid_until: expected an RFC 3339 timestamp"};
  return {notice, ""};
}

std::string grouped_setup_code(std::string_view code) {
  if (code.size() != kSetupCodeDigits) return std::string(code);
  return std::string(code.substr(0, 4)) + " " + std::string(code.substr(4));
}

}  // namespace hgw::core
