// Sessions, CSRF tokens, the login limiter, the request limiter and the password
// hash: pure classes with the time passed in, so nothing here sleeps.

#include <doctest/doctest.h>

#include <chrono>

#include "login_limiter.hpp"
#include "password_hash.hpp"
#include "request_limiter.hpp"
#include "session_table.hpp"

using namespace hgw;
using namespace std::chrono_literals;

namespace {
const board::SteadyTime kStart{std::chrono::hours(1000)};
}

TEST_CASE("a password verifies against its argon2id hash, a wrong one does not") {
  const auto hash = board::hash_password("kc-er-2026!");
  REQUIRE(hash);
  CHECK(hash->starts_with("$argon2id$"));
  CHECK(board::verify_password(*hash, "kc-er-2026!"));
  CHECK_FALSE(board::verify_password(*hash, "kc-er-2026"));
  CHECK_FALSE(board::verify_password("", ""));
  // Salted: the same password twice gives two different hashes.
  CHECK(board::hash_password("kc-er-2026!") != hash);
}

TEST_CASE("session ids and CSRF tokens are random and long") {
  const std::string a = board::random_token();
  const std::string b = board::random_token();
  CHECK(a.size() == 64);
  CHECK(a != b);
}

TEST_CASE("a session ends after the idle limit, and each use restarts the limit") {
  board::SessionTable sessions(30min);
  const board::Session session = sessions.create("Anna", kStart);
  CHECK(session.id != session.csrf);
  CHECK(sessions.find(session.id, kStart + 29min));
  CHECK(sessions.find(session.id, kStart + 58min));  // 29 minutes after the last use
  CHECK_FALSE(sessions.find(session.id, kStart + 89min));
  CHECK_FALSE(sessions.find(session.id, kStart + 90min));  // gone for good
  CHECK_FALSE(sessions.find("unknown", kStart));
}

TEST_CASE("logout ends a session; the table holds a bounded number") {
  board::SessionTable sessions(30min);
  const board::Session first = sessions.create("Anna", kStart);
  sessions.end(first.id);
  CHECK_FALSE(sessions.find(first.id, kStart));
  for (std::size_t i = 0; i < board::SessionTable::kMaxSessions + 10; ++i)
    sessions.create("", kStart + std::chrono::seconds(i));
  CHECK(sessions.size() == board::SessionTable::kMaxSessions);
}

TEST_CASE("the CSRF token must match exactly") {
  board::SessionTable sessions(30min);
  const board::Session session = sessions.create("Anna", kStart);
  CHECK(board::csrf_matches(session, session.csrf));
  CHECK_FALSE(board::csrf_matches(session, ""));
  CHECK_FALSE(board::csrf_matches(session, session.id));
  CHECK_FALSE(board::csrf_matches(session, session.csrf.substr(1)));
}

TEST_CASE("five wrong passwords within 15 minutes lock the address until the first is 15 min old") {
  board::LoginLimiter limiter;
  std::chrono::milliseconds previous_delay{0};
  for (int i = 0; i < 5; ++i) {
    CHECK(limiter.retry_after("10.0.0.7", kStart + i * 1min) == 0s);
    const auto delay = limiter.record_failure("10.0.0.7", kStart + i * 1min);
    CHECK(delay > previous_delay);  // each answer comes a little later
    previous_delay = delay;
  }
  CHECK(limiter.retry_after("10.0.0.7", kStart + 5min) == 10min);
  CHECK(limiter.retry_after("10.0.0.8", kStart + 5min) == 0s);  // per address
  CHECK(limiter.retry_after("10.0.0.7", kStart + 14min + 30s) == 30s);
  CHECK(limiter.retry_after("10.0.0.7", kStart + 15min) == 0s);
}

TEST_CASE("failures older than 15 minutes no longer count; a good login clears them") {
  board::LoginLimiter limiter;
  for (int i = 0; i < 4; ++i)
    limiter.record_failure("10.0.0.7", kStart);
  limiter.record_failure("10.0.0.7", kStart + 16min);
  CHECK(limiter.retry_after("10.0.0.7", kStart + 16min) == 0s);
  for (int i = 0; i < 4; ++i)
    limiter.record_failure("10.0.0.7", kStart + 17min);
  CHECK(limiter.retry_after("10.0.0.7", kStart + 17min) > 0s);
  limiter.record_success("10.0.0.7");
  CHECK(limiter.retry_after("10.0.0.7", kStart + 17min) == 0s);
}

TEST_CASE("the request limiter lets a burst through, then refills over time") {
  board::RequestLimiter limiter(10, 5);
  for (int i = 0; i < 10; ++i)
    CHECK(limiter.allow("10.0.0.7", kStart));
  CHECK_FALSE(limiter.allow("10.0.0.7", kStart));
  CHECK(limiter.allow("10.0.0.8", kStart));  // per address
  CHECK_FALSE(limiter.allow("10.0.0.7", kStart + 100ms));
  CHECK(limiter.allow("10.0.0.7", kStart + 200ms));
  for (int i = 0; i < 10; ++i)
    CHECK(limiter.allow("10.0.0.7", kStart + 10s));  // full again, never more than the burst
  CHECK_FALSE(limiter.allow("10.0.0.7", kStart + 10s));
}
