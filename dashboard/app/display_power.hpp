#pragma once
// The configured display-off/on commands (e.g. `cec-ctl --to 0 --standby` to put
// the TV to sleep outside school hours). Each runs once per change of state, in a
// child process, without the loop waiting for it.
//
// The command is the school's own config line, run as `/bin/sh -c COMMAND` so it
// may hold quotes and pipes as written; nothing from a document or the network
// is ever put into it, so there is nothing to inject. The child gets the wall's
// state in HGW_DISPLAY (on/off) and HGW_WALL_TIME (RFC 3339).

#include <sys/types.h>

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hgw::app {

class DisplayPower {
 public:
  DisplayPower(std::string off_command, std::string on_command,
               std::function<void(std::string_view)> log);
  ~DisplayPower();  // waits for commands still running (they are short)
  DisplayPower(const DisplayPower&) = delete;
  DisplayPower& operator=(const DisplayPower&) = delete;

  // The wall is (now) on or off. The first call only runs the off command: a
  // wall that starts in the day needs no "on" sent to a TV that is on.
  void set(bool on, const std::string& wall_time);
  // Collects finished commands and logs failures; never waits.
  void reap();

  std::optional<bool> state() const { return state_; }

 private:
  void run(const std::string& command, bool on, const std::string& wall_time);

  std::string off_command_;
  std::string on_command_;
  std::function<void(std::string_view)> log_;
  std::optional<bool> state_;
  std::vector<pid_t> running_;
};

}  // namespace hgw::app
