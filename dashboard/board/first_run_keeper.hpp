#pragma once
// The board's side of the first run (core/first_run.hpp): while no password is set
// it keeps a one-time setup code, replaced after an hour, after each use and at each
// start, and writes the notice the wall shows ([board] first_run_file, 0640, group
// hgw-dashboard when that group exists) whenever it changes; once a password exists
// the notice says so and carries no code. The time comes from a Clock, so tests can
// move it.

#include <sys/types.h>

#include <chrono>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

#include "board_password.hpp"
#include "core/clock.hpp"
#include "core/first_run.hpp"
#include "setup_code.hpp"

namespace hgw::board {

inline constexpr const char* kKioskGroup = "hgw-dashboard";

class FirstRunKeeper {
 public:
  using CodeSource = std::function<std::string()>;
  static constexpr std::chrono::seconds kCodeLifetime = std::chrono::hours(1);

  FirstRunKeeper(const BoardPassword& password, std::string notice_file,
                 std::string certificate_sha256, const core::Clock& clock,
                 CodeSource codes = random_setup_code);

  // Brings the notice up to date (a code when there is none or its hour is over;
  // password_set once a password exists) and writes the file when it changed.
  // Returns what went wrong for the journal, once per failure; "" otherwise.
  std::string refresh();
  // True when `typed` is the current code (spaces ignored) within its hour. The code
  // is then used up: the next refresh makes another one.
  bool use_code(std::string_view typed);
  // What the notice says now.
  core::FirstRunNotice notice() const;

 private:
  core::FirstRunNotice wanted_locked();
  std::string write_locked(const core::FirstRunNotice& notice);

  const BoardPassword& password_;
  const std::string notice_file_;
  const std::string certificate_sha256_;
  const core::Clock& clock_;
  const CodeSource codes_;
  const std::optional<gid_t> kiosk_group_;
  mutable std::mutex mutex_;  // guards the four below
  std::string code_;
  core::Instant valid_until_;
  std::optional<core::FirstRunNotice> written_;
  std::string last_failure_;
};

}  // namespace hgw::board
