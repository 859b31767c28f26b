#pragma once
// Who is logged in to the board: random session ids with a CSRF token each, ended
// after a quiet spell. Time comes in as an argument, so tests need no sleep.

#include <chrono>
#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace hgw::board {

using SteadyTime = std::chrono::steady_clock::time_point;

struct Session {
  std::string id;
  std::string csrf;
  std::string name;  // who is editing, for the history; may be empty
  SteadyTime last_used;
  SteadyTime created;
};

// 32 random bytes from libsodium as 64 hex digits.
std::string random_token();

class SessionTable {
 public:
  using TokenSource = std::function<std::string()>;
  // More than this and the oldest session ends: a login flood cannot fill memory.
  static constexpr std::size_t kMaxSessions = 64;
  // However busy, a session ends this long after its login: a cookie taken from a
  // staff-room PC left logged in is not good forever.
  static constexpr std::chrono::hours kMaxLifetime{12};

  explicit SessionTable(std::chrono::minutes idle_limit, TokenSource tokens = random_token);

  Session create(std::string name, SteadyTime now);
  // The session, its idle time restarted; nullopt when unknown or idle too long.
  std::optional<Session> find(const std::string& id, SteadyTime now);
  void end(const std::string& id);
  std::size_t size() const { return sessions_.size(); }

 private:
  std::chrono::minutes idle_limit_;
  TokenSource tokens_;
  std::map<std::string, Session> sessions_;
};

// Compares in constant time, so the token cannot be guessed byte by byte.
bool csrf_matches(const Session& session, std::string_view token);

}  // namespace hgw::board
