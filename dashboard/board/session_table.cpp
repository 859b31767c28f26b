#include "session_table.hpp"

#include <sodium.h>

#include <algorithm>

namespace hgw::board {

std::string random_token() {
  unsigned char bytes[32];
  randombytes_buf(bytes, sizeof bytes);
  char hex[sizeof bytes * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, bytes, sizeof bytes);
  return hex;
}

SessionTable::SessionTable(std::chrono::minutes idle_limit, TokenSource tokens)
    : idle_limit_(idle_limit), tokens_(std::move(tokens)) {}

Session SessionTable::create(std::string name, SteadyTime now) {
  for (auto it = sessions_.begin(); it != sessions_.end();) {
    it = now - it->second.last_used > idle_limit_ ? sessions_.erase(it) : std::next(it);
  }
  if (sessions_.size() >= kMaxSessions) {
    const auto oldest = std::min_element(sessions_.begin(), sessions_.end(), [](auto& a, auto& b) {
      return a.second.last_used < b.second.last_used;
    });
    sessions_.erase(oldest);
  }
  Session session{tokens_(), tokens_(), std::move(name), now, now};
  sessions_[session.id] = session;
  return session;
}

std::optional<Session> SessionTable::find(const std::string& id, SteadyTime now) {
  const auto found = sessions_.find(id);
  if (found == sessions_.end()) return std::nullopt;
  if (now - found->second.last_used > idle_limit_ || now - found->second.created >= kMaxLifetime) {
    sessions_.erase(found);
    return std::nullopt;
  }
  found->second.last_used = now;
  return found->second;
}

void SessionTable::end(const std::string& id) {
  sessions_.erase(id);
}

bool csrf_matches(const Session& session, std::string_view token) {
  if (token.size() != session.csrf.size() || token.empty()) return false;
  return sodium_memcmp(token.data(), session.csrf.data(), token.size()) == 0;
}

}  // namespace hgw::board
