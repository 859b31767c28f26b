#pragma once
// Documents the net tests serve: valid ones that differ by school name, and one
// that fails validation with a known path.

#include <string>

namespace hgw::test {

inline std::string valid_document_text(
    const std::string& school = "OBS De Vlinder",
    const std::string& generated_at = "2026-11-30T07:45:00+01:00") {
  return R"({"format": "hgw-dashboard/1", "generated_at": ")" + generated_at +
         R"(", "school": {"name": ")" + school + R"("}})";
}

inline std::string invalid_document_text() {
  return R"({"format": "hgw-dashboard/1", "actions": [
    {"id": "a1", "what": "x", "who": "y", "when": "2026-12-01"},
    {"id": "a2", "what": "x", "who": "y", "when": "2026-12-01"},
    {"id": "a3", "what": "x", "who": "y", "when": "12 dec"}]})";
}

}  // namespace hgw::test
