#pragma once
// The few words the wall itself adds around the view model's texts: the marker for
// what did not fit, and the setup page's labels. Their words are core's (i18n.hpp),
// like every word the wall shows; ui only names which one it draws.

#include <string>
#include <string_view>

#include "core/document.hpp"

namespace hgw::ui {

// "+ 7 meer" / "+ 7 more".
std::string more_text(int hidden, core::Language language);

enum class UiText {
  setup_title,          // "Dit scherm is nog niet ingericht"
  setup_no_content,     // the document holds nothing to show
  setup_invalid,        // a document was refused
  setup_unreadable,     // a document or the configuration could not be read
  setup_config_label,   // "Configuratie"
  setup_no_config,      // "geen configuratiebestand gevonden"
  setup_device_label,   // "Apparaat"
  setup_version_label,  // "Versie"
  setup_details_label,  // "Wat er mis is"
  setup_editor_label,   // "Editor"
  setup_editor_no_password,
  setup_editor_ready,
  setup_help,  // where to get help
};

std::string_view ui_text(UiText key, core::Language language);

}  // namespace hgw::ui
