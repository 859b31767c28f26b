#pragma once
// The marker for what did not fit, in core's words (i18n.hpp), like every word the
// wall shows; the setup page takes its words from core::phrase directly.

#include <string>

#include "core/document.hpp"

namespace hgw::ui {

// "+ 7 meer" / "+ 7 more".
std::string more_text(int hidden, core::Language language);

}  // namespace hgw::ui
