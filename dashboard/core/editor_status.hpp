#pragma once
// Whether this device hosts the kc'er's editor (hgw-board), and whether it can be
// used yet. The wall's setup page says so: until a password is set nobody can
// change the wall, and the person installing the screen must learn how to set one.

#include <optional>

#include "config.hpp"
#include "first_run.hpp"

namespace hgw::core {

enum class EditorStatus {
  not_here,     // no source reads the board on this device
  no_password,  // the board says no password is set: the setup code is on the wall
  ready,        // the editor can be used
  // The board has not said yet whether a password is set (no first-run file: it is
  // starting, or not running) and the config holds none either.
  waiting,
};

// The board is on this device when a source's URL is the board's own loopback
// listener (http://127.0.0.1:8080/…, as the device config sets it up). Then the
// board's own word decides (its first-run file, `notice`); without one, a
// password_hash in the config means ready, and no hash means the wall does not know
// yet: the password may be in the board's state.
EditorStatus editor_status(const Config& config, const std::optional<FirstRunNotice>& notice);

}  // namespace hgw::core
