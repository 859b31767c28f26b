// Sessions, CSRF tokens, the login limiter, the request limiter, the password
// hash and the first run's password and setup code: pure classes with the time
// passed in, so nothing here sleeps.

#include <doctest/doctest.h>
#include <fcntl.h>
#include <sys/stat.h>

#include <chrono>
#include <fstream>
#include <set>
#include <sstream>

#include "board_password.hpp"
#include "core/first_run.hpp"
#include "editor_name.hpp"
#include "first_run_keeper.hpp"
#include "login_limiter.hpp"
#include "login_limiter_state.hpp"
#include "password_hash.hpp"
#include "preview_cache.hpp"
#include "request_limiter.hpp"
#include "session_table.hpp"
#include "setup_code.hpp"
#include "temp_folder.hpp"

using namespace hgw;
using namespace std::chrono_literals;

namespace {
const board::SteadyTime kStart{std::chrono::hours(1000)};

std::string read_text(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  std::stringstream text;
  text << file.rdbuf();
  return text.str();
}

unsigned mode_of(const std::string& path) {
  struct stat status {};
  if (::stat(path.c_str(), &status) != 0) return 0;
  return status.st_mode & 0777;
}

// What the wall reads from the notice file.
core::FirstRunNotice wall_reads(const std::string& path) {
  const core::FirstRunRead read = core::parse_first_run(read_text(path));
  REQUIRE_MESSAGE(read.notice, read.error);
  return *read.notice;
}

// Codes 00000001, 00000002, … so a test knows which one is current.
board::FirstRunKeeper::CodeSource counting_codes() {
  return [count = 0]() mutable {
    const std::string number = std::to_string(++count);
    return std::string(8 - number.size(), '0') + number;
  };
}

// A board password whose stored hash is a fixed text: no argon2id needed to test
// where it is kept.
constexpr const char* kStoredHash = "$argon2id$v=19$m=65536,t=2,p=1$stored";
}  // namespace

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

TEST_CASE(
    "a setup code is eight digits, drawn anew each time; spaces in what was typed count not") {
  std::set<std::string> codes;
  for (int i = 0; i < 50; ++i) {
    const std::string code = board::random_setup_code();
    CHECK(code.size() == core::kSetupCodeDigits);
    CHECK(code.find_first_not_of("0123456789") == std::string::npos);
    codes.insert(code);
  }
  CHECK(codes.size() > 45);
  CHECK(board::typed_setup_code(" 4821 0937 ") == "48210937");
  CHECK(board::setup_codes_match("48210937", "48210937"));
  CHECK_FALSE(board::setup_codes_match("48210937", "48210938"));
  CHECK_FALSE(board::setup_codes_match("48210937", "4821093"));
  CHECK_FALSE(board::setup_codes_match("", ""));
}

TEST_CASE("the first-run notice: a code for an hour, replaced after its hour and after each use") {
  test::TempFolder folder;
  board::BoardPassword password("", folder.file("data/password.json"));
  core::FixedClock clock(*core::parse_timestamp("2026-12-02T09:15:00+01:00"));
  const std::string file = folder.file("run/first-run.json");
  board::FirstRunKeeper keeper(password, file, "AB:CD", clock, counting_codes());

  CHECK(keeper.refresh().empty());
  core::FirstRunNotice shown = wall_reads(file);
  CHECK_FALSE(shown.password_set);
  CHECK(shown.setup_code == "00000001");
  CHECK(shown.valid_until == core::parse_timestamp("2026-12-02T10:15:00+01:00"));
  CHECK(shown.certificate_sha256 == "AB:CD");
  CHECK(mode_of(file) == 0640);

  // Within its hour the code stays; at the end of it, it no longer works even
  // before the next refresh, and the refresh shows the next one.
  clock.set(*core::parse_timestamp("2026-12-02T10:14:59+01:00"));
  CHECK(keeper.refresh().empty());
  CHECK(wall_reads(file).setup_code == "00000001");
  clock.set(*core::parse_timestamp("2026-12-02T10:15:00+01:00"));
  CHECK_FALSE(keeper.use_code("00000001"));
  CHECK(keeper.refresh().empty());
  shown = wall_reads(file);
  CHECK(shown.setup_code == "00000002");
  CHECK(shown.valid_until == core::parse_timestamp("2026-12-02T11:15:00+01:00"));

  // A wrong code changes nothing; the right one (typed as the wall groups it) works
  // once, and the next refresh shows a new code.
  CHECK_FALSE(keeper.use_code("00000003"));
  CHECK(keeper.use_code(core::grouped_setup_code("00000002")));
  CHECK_FALSE(keeper.use_code("00000002"));
  CHECK(keeper.refresh().empty());
  CHECK(wall_reads(file).setup_code == "00000003");
  CHECK_FALSE(keeper.use_code("00000002"));

  // Once a password exists the notice says so, without a code, and no code works.
  std::string failure;
  REQUIRE(password.set_once(kStoredHash, failure) == board::BoardPassword::SetResult::stored);
  CHECK(keeper.refresh().empty());
  shown = wall_reads(file);
  CHECK(shown.password_set);
  CHECK(shown.setup_code.empty());
  CHECK(read_text(file).find("setup_code") == std::string::npos);
  CHECK(mode_of(file) == 0640);
  CHECK_FALSE(keeper.use_code("00000003"));
}

TEST_CASE("a notice that cannot be written is reported once, and written when it can be") {
  test::TempFolder folder;
  board::BoardPassword password("", folder.file("password.json"));
  core::FixedClock clock(*core::parse_timestamp("2026-12-02T09:15:00+01:00"));
  folder.write("blocked", "a file where the folder should be");
  board::FirstRunKeeper keeper(password, folder.file("blocked/first-run.json"), "", clock,
                               counting_codes());
  CHECK(keeper.refresh().find("the wall cannot show the first-run notice") != std::string::npos);
  CHECK(keeper.refresh().empty());  // the same failure: the journal has it already
}

TEST_CASE("a password set once is kept in the board's state (0600) and read back at a restart") {
  test::TempFolder folder;
  const std::string state = folder.file("data/password.json");
  {
    board::BoardPassword password("", state);
    CHECK(password.load().empty());
    CHECK_FALSE(password.is_set());
    std::string failure;
    CHECK(password.set_once(kStoredHash, failure) == board::BoardPassword::SetResult::stored);
    CHECK(password.set_once("$argon2id$other", failure) ==
          board::BoardPassword::SetResult::already_set);
  }
  CHECK(mode_of(state) == 0600);
  board::BoardPassword restarted("", state);
  CHECK(restarted.load().empty());
  CHECK(restarted.is_set());
  CHECK_FALSE(restarted.in_config());
  CHECK(read_text(state).find(kStoredHash) != std::string::npos);
  CHECK(read_text(state).find("$argon2id$other") == std::string::npos);
}

TEST_CASE("wachtwoord-vergeten clears the stored password once per file") {
  test::TempFolder folder;
  const std::string state = folder.file("data/password.json");
  const std::string reset = folder.file("boot/wachtwoord-vergeten");
  std::string failure;
  {
    board::BoardPassword password("", state);
    REQUIRE(password.set_once(kStoredHash, failure) == board::BoardPassword::SetResult::stored);
    CHECK(password.forget_if_asked(reset).empty());  // no file: nothing happens
    CHECK(password.is_set());
  }
  folder.write("boot/wachtwoord-vergeten", "");
  {
    board::BoardPassword password("", state);
    REQUIRE(password.load().empty());
    const std::string line = password.forget_if_asked(reset);
    CHECK(line.find("password is cleared because of " + reset) != std::string::npos);
    CHECK(line.find("Delete " + reset) != std::string::npos);
    CHECK_FALSE(password.is_set());
    // A new password after the reset, the file still there.
    REQUIRE(password.set_once(kStoredHash, failure) == board::BoardPassword::SetResult::stored);
  }
  {
    board::BoardPassword password("", state);
    REQUIRE(password.load().empty());
    CHECK(password.forget_if_asked(reset).find("clears nothing now") != std::string::npos);
    CHECK(password.is_set());
  }
  // A new file (another time) clears again.
  struct timespec times[2] = {{1'700'000'000, 0}, {1'700'000'000, 0}};
  REQUIRE(::utimensat(AT_FDCWD, reset.c_str(), times, 0) == 0);
  board::BoardPassword password("", state);
  REQUIRE(password.load().empty());
  CHECK(password.forget_if_asked(reset).find("password is cleared") != std::string::npos);
  CHECK_FALSE(password.is_set());
}

TEST_CASE("the config's password_hash wins; wachtwoord-vergeten only warns about it") {
  test::TempFolder folder;
  const auto hash = board::hash_password("uit-de-config");
  REQUIRE(hash);
  board::BoardPassword password(*hash, folder.file("password.json"));
  CHECK(password.is_set());
  CHECK(password.in_config());
  CHECK(password.verify("uit-de-config"));
  CHECK_FALSE(password.verify("iets-anders"));
  std::string failure;
  CHECK(password.set_once(kStoredHash, failure) == board::BoardPassword::SetResult::already_set);
  const std::string reset = folder.write("wachtwoord-vergeten", "");
  const std::string line = password.forget_if_asked(reset);
  CHECK(line.starts_with("warning: "));
  CHECK(line.find("[board] password_hash") != std::string::npos);
  CHECK(line.find("Remove that line") != std::string::npos);
  CHECK(password.is_set());
  CHECK(password.verify("uit-de-config"));
}

TEST_CASE("the preview cache keeps the most recently used within its entries and bytes") {
  board::PreviewCache cache;
  const auto key = [](int width) {
    board::PreviewKey preview_key;
    preview_key.inputs = "digest";
    preview_key.width = width;
    preview_key.height = 100;
    return preview_key;
  };
  cache.keep(key(1), {"png-1", 1});
  REQUIRE(cache.find(key(1)));
  CHECK(cache.find(key(1))->png == "png-1");
  CHECK_FALSE(cache.find(key(2)));
  board::PreviewKey other_minute = key(1);
  other_minute.minute = 1;
  CHECK_FALSE(cache.find(other_minute));

  // Entries: the oldest unused goes first; one just read stays.
  for (int width = 2; width <= static_cast<int>(board::kMaxPreviewCacheEntries); ++width)
    cache.keep(key(width), {"png", 1});
  CHECK(cache.entries() == board::kMaxPreviewCacheEntries);
  REQUIRE(cache.find(key(1)));  // now the most recently used
  cache.keep(key(1000), {"png", 1});
  CHECK(cache.entries() == board::kMaxPreviewCacheEntries);
  CHECK(cache.find(key(1)));
  CHECK_FALSE(cache.find(key(2)));

  // Bytes: three frames of 6 MiB do not fit in 16 MiB; the oldest goes.
  board::PreviewCache frames;
  const std::string frame(6 * 1024 * 1024, 'x');
  frames.keep(key(1), {frame, 1});
  frames.keep(key(2), {frame, 1});
  frames.keep(key(3), {frame, 1});
  CHECK(frames.bytes() <= board::kMaxPreviewCacheBytes);
  CHECK_FALSE(frames.find(key(1)));
  CHECK(frames.find(key(3)));
  // Kept again under the same key: counted once.
  frames.keep(key(3), {frame, 2});
  CHECK(frames.bytes() == 2 * frame.size());
  CHECK(frames.find(key(3))->parts == 2);
  // One frame larger than the whole budget is not kept.
  frames.keep(key(4), {std::string(board::kMaxPreviewCacheBytes + 1, 'x'), 1});
  CHECK_FALSE(frames.find(key(4)));
  CHECK(frames.entries() == 2);
}
