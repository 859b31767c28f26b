#pragma once
// Measuring text, wrapping it into lines and shortening it with "…": the layout
// uses these to decide what fits before anything is drawn, so text is wrapped or
// ellipsised, never clipped or overflowing.

#include <imgui.h>

#include <string>
#include <string_view>
#include <vector>

namespace hgw::ui {

float text_width(const ImFont& font, std::string_view text);

// The longest prefix of `text` that, followed by "…", fits `max_width`; `text`
// itself when it fits whole. Cuts between UTF-8 characters, prefers a word break.
std::string ellipsize(const ImFont& font, std::string_view text, float max_width);

// Breaks `text` into lines no wider than `max_width`, at spaces (a single word
// wider than a line is ellipsised). With max_lines > 0 the last allowed line ends
// in "…" when text remains.
std::vector<std::string> wrap_text(const ImFont& font, std::string_view text, float max_width,
                                   int max_lines = 0);

}  // namespace hgw::ui
