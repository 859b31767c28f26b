#pragma once
// Whether this device hosts the kc'er's editor (hgw-board), and whether it can be
// used yet. The wall's setup page says so: until a password is set nobody can
// change the wall, and the person installing the screen must learn how to set one.

#include "config.hpp"

namespace hgw::core {

enum class EditorStatus {
  not_here,     // no source reads the board on this device
  no_password,  // the wall reads the local board, but [board] has no password_hash
  ready,        // the editor can be used
};

// The board is on this device when a source's URL is the board's own loopback
// listener (http://127.0.0.1:8080/…, as the device config sets it up).
EditorStatus editor_status(const Config& config);

}  // namespace hgw::core
