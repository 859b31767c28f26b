#pragma once
// The name an editor gives at login is shown in the history and written to the
// journal: it must be valid UTF-8 (nlohmann::json refuses to write anything else,
// and every save of the session would fail), and must not carry a line break or an
// escape code that forges a log line or hides what the history says.

#include <cstddef>
#include <string>
#include <string_view>

namespace hgw::board {

inline constexpr std::size_t kMaxEditorNameBytes = 80;

// Invisible and control characters left out (as on the wall), bytes that are not
// UTF-8 replaced, then cut to at most kMaxEditorNameBytes between two characters.
std::string clean_editor_name(std::string_view raw);

}  // namespace hgw::board
