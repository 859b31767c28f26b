#pragma once
// Helpers to state documents in tests as JSON and to read what validation said.

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/config.hpp"
#include "core/decode_document.hpp"
#include "core/view_model.hpp"

namespace hgw::test {

using nlohmann::json;

inline json minimal_document() {
  return json{{"format", "hgw-dashboard/1"}};
}

inline std::vector<std::string> lines_of(const core::Diagnostics& diagnostics,
                                         core::Severity severity) {
  std::vector<std::string> lines;
  for (const auto& entry : diagnostics.entries()) {
    if (entry.severity == severity) lines.push_back(entry.to_string());
  }
  return lines;
}

inline std::vector<std::string> errors_of(const json& document) {
  return lines_of(core::decode_document(document).diagnostics, core::Severity::error);
}

inline std::vector<std::string> warnings_of(const json& document,
                                            const core::DecodeOptions& options = {}) {
  return lines_of(core::decode_document(document, options).diagnostics, core::Severity::warning);
}

inline std::vector<std::string> errors_of(const core::ConfigResult& config) {
  return lines_of(config.diagnostics, core::Severity::error);
}

inline std::vector<std::string> warnings_of(const core::ConfigResult& config) {
  return lines_of(config.diagnostics, core::Severity::warning);
}

inline std::vector<std::string> error_paths(const json& document) {
  std::vector<std::string> paths;
  const auto result = core::decode_document(document);
  for (const auto& entry : result.diagnostics.entries()) {
    if (entry.severity == core::Severity::error) paths.push_back(entry.path);
  }
  return paths;
}

// Decodes a document that must be valid; fails the test with the errors otherwise.
inline core::Document valid_document(const json& document) {
  auto result = core::decode_document(document);
  for (const auto& line : lines_of(result.diagnostics, core::Severity::error))
    FAIL_CHECK(line);
  REQUIRE(result.document.has_value());
  return *result.document;
}

inline core::Instant at(const std::string& timestamp) {
  auto instant = core::parse_timestamp(timestamp);
  REQUIRE(instant.has_value());
  return *instant;
}

inline core::ViewModel view_of(const json& document,
                               const std::string& now = "2026-11-30T08:00:00+01:00",
                               core::ViewOptions options = {}) {
  return core::build_view_model(valid_document(document), at(now), options);
}

// True when some line contains `fragment`.
inline bool any_contains(const std::vector<std::string>& lines, const std::string& fragment) {
  for (const auto& line : lines) {
    if (line.find(fragment) != std::string::npos) return true;
  }
  return false;
}

}  // namespace hgw::test
