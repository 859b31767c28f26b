#pragma once
// Turns document text into a JSON tree, or says where the text stops being JSON
// (line and column). Depth and size are bounded so no input can exhaust the stack.

#include <cstddef>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace hgw::core {

inline constexpr std::size_t kMaxJsonDepth = 64;

struct JsonParseResult {
  std::optional<nlohmann::json> value;
  std::string error;  // empty on success; "line L, column C: …" otherwise
};

JsonParseResult parse_json_text(std::string_view text);

}  // namespace hgw::core
