#include "ui_text.hpp"

#include "core/i18n.hpp"

namespace hgw::ui {

std::string more_text(int hidden, core::Language language) {
  return core::format_more(hidden, language);
}

std::string_view ui_text(UiText key, core::Language language) {
  using core::Phrase;
  switch (key) {
    case UiText::setup_title:
      return core::phrase(Phrase::setup_title, language);
    case UiText::setup_no_content:
      return core::phrase(Phrase::setup_no_content, language);
    case UiText::setup_invalid:
      return core::phrase(Phrase::setup_invalid, language);
    case UiText::setup_unreadable:
      return core::phrase(Phrase::setup_unreadable, language);
    case UiText::setup_config_label:
      return core::phrase(Phrase::setup_config_label, language);
    case UiText::setup_no_config:
      return core::phrase(Phrase::setup_no_config, language);
    case UiText::setup_device_label:
      return core::phrase(Phrase::setup_device_label, language);
    case UiText::setup_version_label:
      return core::phrase(Phrase::setup_version_label, language);
    case UiText::setup_details_label:
      return core::phrase(Phrase::setup_details_label, language);
    case UiText::setup_editor_label:
      return core::phrase(Phrase::setup_editor_label, language);
    case UiText::setup_editor_no_password:
      return core::phrase(Phrase::setup_editor_no_password, language);
    case UiText::setup_editor_ready:
      return core::phrase(Phrase::setup_editor_ready, language);
    case UiText::setup_help:
      return core::phrase(Phrase::setup_help, language);
  }
  return {};
}

}  // namespace hgw::ui
