// Sessions, CSRF tokens, the login limiter, the request limiter and the password
// hash: pure classes with the time passed in, so nothing here sleeps.

#include <doctest/doctest.h>

#include <chrono>

#include "editor_name.hpp"
#include "login_limiter.hpp"
#include "login_limiter_state.hpp"
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
    const auto attempt = limiter.begin_attempt("10.0.0.7", kStart + i * 1min);
    CHECK(attempt.retry_after == 0s);
    CHECK(attempt.delay_if_wrong > previous_delay);  // each answer comes a little later
    previous_delay = attempt.delay_if_wrong;
  }
  CHECK(limiter.begin_attempt("10.0.0.7", kStart + 5min).retry_after == 10min);
  CHECK(limiter.begin_attempt("10.0.0.8", kStart + 5min).retry_after == 0s);  // per address
  CHECK(limiter.begin_attempt("10.0.0.7", kStart + 14min + 30s).retry_after == 30s);
  CHECK(limiter.begin_attempt("10.0.0.7", kStart + 15min).retry_after == 0s);
}

TEST_CASE(
    "an attempt counts before its check: parallel ones cannot all pass; a good one is taken back") {
  board::LoginLimiter limiter;
  int admitted = 0;
  // Sixteen at the same instant, none finished: exactly five reach a password check.
  for (int i = 0; i < 16; ++i)
    admitted += limiter.begin_attempt("10.0.0.7", kStart).retry_after == 0s;
  CHECK(admitted == 5);

  board::LoginLimiter fresh;
  for (int i = 0; i < 4; ++i)
    fresh.begin_attempt("10.0.0.7", kStart);
  fresh.begin_attempt("10.0.0.7", kStart);  // this one had the right password
  fresh.record_success("10.0.0.7");
  CHECK(fresh.begin_attempt("10.0.0.7", kStart).retry_after == 0s);
  CHECK(fresh.failures().all.size() == 5);  // 4 wrong ones and the new attempt
}

TEST_CASE("failures older than 15 minutes no longer count") {
  board::LoginLimiter limiter;
  for (int i = 0; i < 4; ++i)
    limiter.begin_attempt("10.0.0.7", kStart);
  CHECK(limiter.begin_attempt("10.0.0.7", kStart + 16min).retry_after == 0s);
  for (int i = 0; i < 4; ++i)
    limiter.begin_attempt("10.0.0.7", kStart + 17min);
  CHECK(limiter.begin_attempt("10.0.0.7", kStart + 17min).retry_after > 0s);
}

TEST_CASE("IPv4-mapped addresses are their IPv4 address; IPv6 counts per /64") {
  CHECK(board::limiter_key("10.0.0.7") == "10.0.0.7");
  CHECK(board::limiter_key("::ffff:127.0.0.1") == "127.0.0.1");
  CHECK(board::limiter_key("2001:db8:1:2:a:b:c:d") == "2001:db8:1:2::/64");
  CHECK(board::limiter_key("2001:db8:1:2::1") == "2001:db8:1:2::/64");
  CHECK(board::limiter_key("2001:db8:1:3::1") == "2001:db8:1:3::/64");

  board::LoginLimiter limiter;
  for (int i = 0; i < 5; ++i)
    limiter.begin_attempt(i % 2 ? "::ffff:10.0.0.7" : "10.0.0.7", kStart);
  CHECK(limiter.begin_attempt("::ffff:10.0.0.7", kStart).retry_after > 0s);
  for (int i = 0; i < 5; ++i)
    limiter.begin_attempt("2001:db8:1:2::" + std::to_string(i + 1), kStart);
  CHECK(limiter.begin_attempt("2001:db8:1:2:ffff::9", kStart).retry_after > 0s);
  CHECK(limiter.begin_attempt("2001:db8:1:3::1", kStart).retry_after == 0s);
}

TEST_CASE("a flood from 4,100 addresses neither clears a lock nor gets past the global budget") {
  board::LoginLimiter limiter;
  for (int i = 0; i < 5; ++i)
    limiter.begin_attempt("10.0.0.7", kStart);
  int admitted = 0;
  for (int i = 0; i < 4100; ++i) {
    const std::string address = "10." + std::to_string(1 + i / 65536) + "." +
                                std::to_string(i / 256 % 256) + "." + std::to_string(i % 256);
    admitted += limiter.begin_attempt(address, kStart + 1min).retry_after == 0s;
  }
  CHECK(admitted == board::LoginLimiter::kMaxGlobalFailures - 5);
  CHECK(limiter.begin_attempt("10.0.0.7", kStart + 2min).retry_after == 13min);
  CHECK(limiter.failures().by_key.size() <= board::LoginLimiter::kMaxAddresses);
  // The budget refills as the failures age: the school can log in again.
  CHECK(limiter.begin_attempt("10.9.9.9", kStart + 16min).retry_after == 0s);
}

TEST_CASE("the limiter's failures survive a restart, measured from the wall clock") {
  board::LoginLimiter limiter;
  for (int i = 0; i < 5; ++i)
    limiter.begin_attempt("10.0.0.7", kStart);
  const board::WallTime wall{std::chrono::seconds(1796018400)};
  const std::string text = board::limiter_state_text(limiter.failures(), kStart + 1min, wall);

  // A new process: another steady clock, five minutes later on the wall.
  const board::SteadyTime later{std::chrono::hours(3)};
  board::LoginLimiter restarted;
  restarted.restore(board::limiter_state_from_text(text, later, wall + 5min));
  CHECK(restarted.begin_attempt("10.0.0.7", later).retry_after == 9min);
  CHECK(restarted.begin_attempt("10.0.0.8", later).retry_after == 0s);
  // Damaged state gives no failures, never a refusal to start.
  CHECK(board::limiter_state_from_text("{ half", later, wall).by_key.empty());
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

TEST_CASE("a session ends 12 hours after its login however busy it is") {
  board::SessionTable sessions(30min);
  const board::Session session = sessions.create("Anna", kStart);
  for (auto at = kStart; at < kStart + 12h; at += 20min)
    REQUIRE(sessions.find(session.id, at));
  CHECK_FALSE(sessions.find(session.id, kStart + 12h));
}

TEST_CASE("an editor's name is cut between characters and loses control characters") {
  // 79 ASCII bytes and a 2-byte é: a cut at 80 bytes would leave half of it.
  const std::string long_name = std::string(79, 'a') + "\xC3\xA9" + "bc";
  CHECK(board::clean_editor_name(long_name) == std::string(79, 'a'));
  CHECK(board::clean_editor_name("Anna\n2026-12-01 hgw-board: Bram logged in") ==
        "Anna 2026-12-01 hgw-board: Bram logged in");
  CHECK(board::clean_editor_name("Anna\x1B[31m") == "Anna[31m");
  CHECK(board::clean_editor_name("Anna \xE2\x80\xAE"
                                 "nna") == "Anna nna");
  CHECK(board::clean_editor_name("Jos\xC3\xA9") == "Jos\xC3\xA9");
}
