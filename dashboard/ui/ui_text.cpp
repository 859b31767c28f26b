#include "ui_text.hpp"

#include "core/i18n.hpp"

namespace hgw::ui {

std::string more_text(int hidden, core::Language language) {
  return "+ " + core::format_count(hidden, language) +
         (language == core::Language::en ? " more" : " meer");
}

std::string_view ui_text(UiText key, core::Language language) {
  const bool dutch = language == core::Language::nl;
  switch (key) {
    case UiText::setup_title:
      return dutch ? "Dit scherm is nog niet ingericht" : "This screen is not set up yet";
    case UiText::setup_no_content:
      return dutch ? "De gegevens zijn gelezen, maar er staat nog niets in om te tonen: geen "
                     "teams, doelen, trends, acties of mededelingen."
                   : "The data was read, but it holds nothing to show yet: no teams, goals, "
                     "trends, actions or messages.";
    case UiText::setup_invalid:
      return dutch ? "Het document met de gegevens klopt niet en is daarom niet gebruikt."
                   : "The data document is not valid, so it was not used.";
    case UiText::setup_unreadable:
      return dutch ? "De gegevens of de configuratie konden niet worden gelezen."
                   : "The data or the configuration could not be read.";
    case UiText::setup_config_label:
      return dutch ? "Configuratie" : "Configuration";
    case UiText::setup_no_config:
      return dutch ? "geen configuratiebestand gevonden" : "no configuration file found";
    case UiText::setup_device_label:
      return dutch ? "Apparaat" : "Device";
    case UiText::setup_version_label:
      return dutch ? "Versie" : "Version";
    case UiText::setup_details_label:
      return dutch ? "Wat er mis is" : "What is wrong";
    case UiText::setup_editor_label:
      return "Editor";
    case UiText::setup_editor_no_password:
      return dutch ? "nog geen wachtwoord, dus niemand kan de muur wijzigen. Zet de "
                     "regel die “hgw-board hash-password” geeft onder [board] in "
                     "hgw-dashboard.conf."
                   : "no password yet, so nobody can change the wall. Run "
                     "“hgw-board hash-password” and put the line it prints under "
                     "[board] in hgw-dashboard.conf.";
    case UiText::setup_editor_ready:
      return dutch ? "https://<apparaat>:8443/ in een browser op het schoolnetwerk"
                   : "https://<device>:8443/ in a browser on the school network";
    case UiText::setup_help:
      return dutch ? "De kwaliteitscoördinator of ICT-beheerder kan dit oplossen in "
                     "hgw-dashboard.conf op de opstartpartitie van de SD-kaart."
                   : "The quality coordinator or IT support can fix this in "
                     "hgw-dashboard.conf on the SD card's boot partition.";
  }
  return {};
}

}  // namespace hgw::ui
