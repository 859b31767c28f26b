#pragma once
// The setup page's facts: shown instead of the pages when nothing can be shown
// (docs/ARCHITECTURE.md, "The wall model"). core decides whether it is shown and
// what it says; ui only lays it out.

#include <optional>
#include <string>
#include <vector>

#include "diagnostics.hpp"
#include "editor_status.hpp"
#include "first_run.hpp"
#include "present_path.hpp"

namespace hgw::core {

enum class SetupProblem {
  no_content,        // the documents hold nothing a page could show
  document_invalid,  // a document was refused (details: its errors by path)
  unreadable,        // a document or the configuration could not be read
  // The editor on this device has no password, so nobody can fill the wall in: the
  // setup page shows how to set one, even over a document that has content (after
  // `wachtwoord-vergeten` cleared the password).
  no_password,
};

// What the program knows about itself and its config, before any document: the
// kiosk, render and the board's previews each fill it in their own way.
struct SetupFacts {
  std::optional<SetupProblem> problem;  // a config that could not be used
  std::vector<std::string> details;     // its errors, FILE:LINE first
  std::string config_path;              // the config file read; empty when none was found
  std::string device;                   // "wand-1 — 192.168.1.20"
  std::string version;
  // The config's errors as it reported them; core says each in the wall's language.
  std::vector<Diagnostic> config_errors;
  // Where the editor can be reached: this device's name and network addresses.
  std::string host_name;
  std::vector<std::string> addresses;
  // "hgw-wall.local" when avahi publishes this device's name; empty when it does not.
  std::string mdns_name;
  // What the board last wrote to its first-run file ([board] first_run_file);
  // absent while there is no such file (or it could not be used).
  std::optional<FirstRunNotice> first_run;
  // How the kiosk puts frames on screen (issue 15); absent where nothing is shown
  // (render, previews, a headless kiosk).
  std::optional<PresentDecision> present;
};

struct SetupView {
  bool shown = false;  // the frame is the setup page instead of a page
  SetupProblem problem = SetupProblem::no_content;
  std::vector<std::string> details;
  std::string config_path;
  std::string device;
  std::string version;
  // The kc'er's editor on this device: whether to say how to reach it or how to
  // set its password.
  EditorStatus editor = EditorStatus::not_here;
  // What to do with the editor, beside its address: "Open het adres in een browser
  // op het schoolnetwerk.", or how to choose the first password with the setup
  // code; empty when the editor is not on this device.
  std::string editor_text;
  // Where a browser reaches the editor, when it is on this device and the device has
  // an address: "https://192.168.1.20:8443/" (also the QR code's text; empty while
  // the device has no address and no name), and by name
  // when avahi publishes it: "https://hgw-wall.local:8443/".
  std::string editor_address;
  std::string editor_name_address;
  // While no password is set: the one-time code as typed ("4821 0937") and until
  // when it holds ("geldig tot 10:00"), or that it has run out. Empty otherwise.
  std::string setup_code;
  std::string setup_code_until;
  // The certificate's SHA-256 fingerprint, to compare with the browser's warning.
  std::string certificate_sha256;
  // Where the fix is: the editor, the data's source or the config file.
  std::string help_text;
  // How frames reach the screen and why: "framebuffer, zonder GL (geen vc4/v3d)";
  // empty where nothing is shown on a screen.
  std::string present_text;

  bool operator==(const SetupView&) const = default;
};

}  // namespace hgw::core
