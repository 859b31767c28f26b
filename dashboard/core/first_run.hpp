#pragma once
// What the board tells the wall while nobody can edit yet (issue 16, "first run
// from the wall"): hgw-board writes it to a small JSON file that only the kiosk's
// group can read ([board] first_run_file); the kiosk's setup page shows the
// one-time setup code, when it changes, and the certificate's fingerprint. The
// file is the only channel: the code never crosses a socket before it is typed.
// See docs/ARCHITECTURE.md, "First run".

#include <optional>
#include <string>
#include <string_view>

#include "date_time.hpp"

namespace hgw::core {

inline constexpr const char* kDefaultFirstRunFile = "/run/hgw-board/first-run.json";
inline constexpr std::string_view kFirstRunFormat = "hgw-board-first-run/1";
// Eight digits: typed on a phone's number pad, read from four metres.
inline constexpr std::size_t kSetupCodeDigits = 8;

struct FirstRunNotice {
  bool password_set = false;
  // Only while no password is set: the code and the instant it stops working.
  std::string setup_code;
  std::optional<Instant> valid_until;
  // "AB:CD:…" as browsers show it; empty when the board has no certificate.
  std::string certificate_sha256;

  bool operator==(const FirstRunNotice&) const = default;
};

// The file's text. A notice with password_set carries no code.
std::string first_run_json(const FirstRunNotice& notice);

struct FirstRunRead {
  std::optional<FirstRunNotice> notice;
  std::string error;  // what is wrong with the text, when notice is empty
};

// Reads the file's text; anything else than what first_run_json writes is refused
// with a reason (a code that is not eight digits, a missing valid_until, …).
FirstRunRead parse_first_run(std::string_view text);

// "4821 0937": the code as the wall and the editor show it, in two groups of four.
std::string grouped_setup_code(std::string_view code);

}  // namespace hgw::core
