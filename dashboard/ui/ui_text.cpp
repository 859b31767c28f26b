#include "ui_text.hpp"

#include "core/i18n.hpp"

namespace hgw::ui {

std::string more_text(int hidden, core::Language language) {
  return core::format_more(hidden, language);
}

}  // namespace hgw::ui
