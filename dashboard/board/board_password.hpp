#pragma once
// The editor's password as the board knows it (issue 16, "first run from the wall").
// A password set in the editor's first run is kept as its argon2id hash in the
// board's own state (DATA/password.json, 0600), not on the FAT boot partition that
// anyone holding the card can read. `[board] password_hash` in the config, made by
// `hgw-board hash-password` for scripted set-ups, still works and wins when present.
// A file `wachtwoord-vergeten` next to the config clears the stored password at the
// next start, once per file: the state remembers which file it obeyed.

#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>

namespace hgw::board {

inline constexpr const char* kPasswordStateName = "password.json";
inline constexpr const char* kResetFileName = "wachtwoord-vergeten";

// Which reset file was obeyed: a file left behind does not clear a password set
// after it, a new one (another mtime) clears again.
struct ResetFileIdentity {
  std::int64_t mtime_ns = 0;
  std::int64_t size = 0;
  bool operator==(const ResetFileIdentity&) const = default;
};

class BoardPassword {
 public:
  // `config_hash`: [board] password_hash ("" when absent); `state_file`: DATA/password.json.
  BoardPassword(std::string config_hash, std::string state_file);

  // Reads the state file. Returns what is wrong with it for the journal, "" when it is
  // fine or absent; an unreadable one counts as no stored password.
  std::string load();
  // Obeys `reset_file` when it is there and not obeyed before. Returns the journal
  // line (what was done, or why not), "" when there is no such file.
  std::string forget_if_asked(const std::string& reset_file);

  bool is_set() const;
  // The password is the config's password_hash (the first run cannot set or clear it).
  bool in_config() const { return !config_hash_.empty(); }
  bool verify(std::string_view password) const;

  enum class SetResult { stored, already_set, failed };
  // Keeps `hash` when no password is set yet; `failure` says why it could not be kept.
  SetResult set_once(const std::string& hash, std::string& failure);

 private:
  std::string save_locked() const;

  const std::string config_hash_;
  const std::string state_file_;
  mutable std::mutex mutex_;  // guards the two below
  std::string stored_hash_;
  ResetFileIdentity obeyed_reset_;
};

}  // namespace hgw::board
