// The board store on disk: versions with who and when, the cap of 50, restore as
// a new version, the If-Match rules, validation by core, and a failed write that
// changes nothing.

#include <doctest/doctest.h>

#include <filesystem>

#include "board_store.hpp"
#include "core/date_time.hpp"
#include "platform/atomic_file.hpp"
#include "temp_folder.hpp"

using namespace hgw;

namespace {

const core::Instant kMonday{1796018400, 60};  // 2026-11-30T07:00:00+01:00

std::string board_with_message(const std::string& text) {
  return R"({"format": "hgw-dashboard/1", "messages": [{"text": ")" + text + R"("}]})";
}

std::optional<std::string> match(const board::BoardStore& store) {
  return board::quoted_etag(store.current().info.etag);
}

}  // namespace

TEST_CASE("an empty store starts with a minimal board the kiosk accepts, as version 1") {
  test::TempFolder folder;
  board::BoardStore store(folder.path());
  REQUIRE(store.open(kMonday).empty());
  const board::CurrentBoard current = store.current();
  CHECK(current.text == board::kFirstBoardDocument);
  CHECK(current.info.version == 1);
  CHECK(current.info.saved_by == "hgw-board");
  CHECK(current.info.saved_at == "2026-11-30T07:00:00+01:00");
  CHECK(std::filesystem::exists(folder.file("versions/000001.json")));
  CHECK(std::filesystem::exists(folder.file("versions/index.json")));
}

TEST_CASE("a save needs If-Match with the current ETag; a stale one changes nothing") {
  test::TempFolder folder;
  board::BoardStore store(folder.path());
  REQUIRE(store.open(kMonday).empty());
  const std::string first_etag = store.current().info.etag;

  CHECK(store.save(board_with_message("a"), std::nullopt, "Anna", kMonday).status ==
        board::SaveStatus::precondition_required);
  const auto saved = store.save(board_with_message("a"), match(store), "Anna", kMonday);
  REQUIRE(saved.status == board::SaveStatus::saved);
  CHECK(saved.current.version == 2);
  CHECK(saved.current.saved_by == "Anna");
  CHECK(saved.current.etag != first_etag);

  // `*` would overwrite whatever was saved meanwhile: the version must be named.
  CHECK(store.save(board_with_message("c"), std::string("*"), "Bram", kMonday).status ==
        board::SaveStatus::precondition_required);

  const auto stale =
      store.save(board_with_message("b"), board::quoted_etag(first_etag), "Bram", kMonday);
  CHECK(stale.status == board::SaveStatus::conflict);
  CHECK(stale.current.version == 2);
  CHECK(stale.current.saved_by == "Anna");
  CHECK(store.current().text == board_with_message("a"));
  // Weak ETags never match for a write.
  CHECK(store.save(board_with_message("b"), "W/" + *match(store), "Bram", kMonday).status ==
        board::SaveStatus::conflict);
}

TEST_CASE("an invalid document is refused with core's path-named errors, nothing changed") {
  test::TempFolder folder;
  board::BoardStore store(folder.path());
  REQUIRE(store.open(kMonday).empty());
  const auto result = store.save(
      R"({"format": "hgw-dashboard/1", "actions": [{"id": "a1", "what": "Toets", "who": "Anna", "when": "12 dec"}]})",
      match(store), "Anna", kMonday);
  CHECK(result.status == board::SaveStatus::invalid);
  REQUIRE(result.diagnostics.has_errors());
  CHECK(result.diagnostics.entries()[0].to_string() ==
        "actions[0].when: expected a date YYYY-MM-DD, got \"12 dec\"");
  CHECK(store.current().info.version == 1);
  CHECK(store.versions().size() == 1);
}

TEST_CASE("the last 50 versions are kept, newest first, older files removed") {
  test::TempFolder folder;
  board::BoardStore store(folder.path());
  REQUIRE(store.open(kMonday).empty());
  for (int i = 0; i < 60; ++i) {
    REQUIRE(
        store
            .save(board_with_message("bericht " + std::to_string(i)), match(store), "Anna", kMonday)
            .status == board::SaveStatus::saved);
  }
  const auto versions = store.versions();
  REQUIRE(versions.size() == board::kKeptVersions);
  CHECK(versions.front().version == 61);
  CHECK(versions.back().version == 12);
  CHECK_FALSE(std::filesystem::exists(folder.file("versions/000011.json")));
  CHECK(std::filesystem::exists(folder.file("versions/000012.json")));
  CHECK_FALSE(store.version_text(11));
  CHECK(store.version_text(12) == board_with_message("bericht 10"));

  // The store reads back the same history after a restart.
  board::BoardStore again(folder.path());
  REQUIRE(again.open(kMonday).empty());
  CHECK(again.versions().size() == board::kKeptVersions);
  CHECK(again.current().text == board_with_message("bericht 59"));
}

TEST_CASE("restore makes an old version current as a new version") {
  test::TempFolder folder;
  board::BoardStore store(folder.path());
  REQUIRE(store.open(kMonday).empty());
  REQUIRE(store.save(board_with_message("eerste"), match(store), "Anna", kMonday).status ==
          board::SaveStatus::saved);
  REQUIRE(store.save(board_with_message("tweede"), match(store), "Anna", kMonday).status ==
          board::SaveStatus::saved);
  CHECK(store.restore(2, std::nullopt, "Bram", kMonday).status ==
        board::SaveStatus::precondition_required);
  CHECK(store.restore(99, match(store), "Bram", kMonday).status == board::SaveStatus::not_found);
  const auto restored = store.restore(2, match(store), "Bram", kMonday);
  REQUIRE(restored.status == board::SaveStatus::saved);
  CHECK(restored.current.version == 4);
  CHECK(restored.current.restored_from == 2);
  CHECK(store.current().text == board_with_message("eerste"));
  // Same content as version 2, yet a different ETag: an editor holding 2's is stale.
  CHECK(restored.current.etag != store.versions()[2].etag);
  CHECK(store.versions().size() == 4);
}

TEST_CASE("a write that fails half-way leaves the current document and history as they were") {
  test::TempFolder folder;
  int writes_left = 1000;
  board::BoardStore store(
      folder.path(),
      [&](const std::string& path, std::string_view contents, unsigned mode) -> std::string {
        if (writes_left-- <= 0) return "disk full (test)";
        return platform::write_file_atomically(path, contents, mode);
      });
  REQUIRE(store.open(kMonday).empty());
  REQUIRE(store.save(board_with_message("goed"), match(store), "Anna", kMonday).status ==
          board::SaveStatus::saved);

  for (int allowed : {0, 1}) {  // the version file fails, or the index after it
    CAPTURE(allowed);
    writes_left = allowed;
    const auto failed = store.save(board_with_message("kwijt"), match(store), "Anna", kMonday);
    CHECK(failed.status == board::SaveStatus::write_failed);
    CHECK(failed.failure == "disk full (test)");
    CHECK(store.current().text == board_with_message("goed"));
    CHECK(store.current().info.version == 2);

    board::BoardStore reopened(folder.path());
    REQUIRE(reopened.open(kMonday).empty());
    CHECK(reopened.current().text == board_with_message("goed"));
    CHECK(reopened.versions().size() == 2);
  }
  writes_left = 1000;
  const auto next = store.save(board_with_message("weer goed"), match(store), "Anna", kMonday);
  CHECK(next.status == board::SaveStatus::saved);
  CHECK(next.current.version == 3);
}

TEST_CASE("a damaged index stops the store instead of starting afresh over the kc'er's work") {
  test::TempFolder folder;
  folder.write("versions/index.json", "{ half");
  board::BoardStore store(folder.path());
  const std::string problem = store.open(kMonday);
  CHECK(problem.find("is damaged") != std::string::npos);
}

TEST_CASE("a document over 1 MiB is refused by the store itself, whatever framing it came in") {
  test::TempFolder folder;
  board::BoardStore store(folder.path());
  REQUIRE(store.open(kMonday).empty());
  const std::string huge = board_with_message(std::string(board::kMaxDocumentBytes, 'x'));
  const auto refused = store.save(huge, match(store), "Anna", kMonday);
  CHECK(refused.status == board::SaveStatus::too_large);
  CHECK(store.current().info.version == 1);
  CHECK_FALSE(std::filesystem::exists(folder.file("versions/000002.json")));
}

TEST_CASE("an unreadable current version is set aside; the store opens on the newest readable") {
  test::TempFolder folder;
  {
    board::BoardStore store(folder.path());
    REQUIRE(store.open(kMonday).empty());
    REQUIRE(store.save(board_with_message("a"), match(store), "Anna", kMonday).status ==
            board::SaveStatus::saved);
    REQUIRE(store.save(board_with_message("b"), match(store), "Anna", kMonday).status ==
            board::SaveStatus::saved);
  }
  // What a chunked 5 MiB PUT once left behind: a version larger than any the store reads.
  folder.write("versions/000003.json", std::string(2 * board::kMaxDocumentBytes, ' '));
  board::BoardStore store(folder.path());
  REQUIRE(store.open(kMonday).empty());
  CHECK(store.current().info.version == 2);
  CHECK(store.current().text == board_with_message("a"));
  CHECK(store.versions().size() == 2);
  CHECK(std::filesystem::exists(folder.file("versions/000003.json.unreadable")));
  CHECK_FALSE(std::filesystem::exists(folder.file("versions/000003.json")));
  CHECK(store.recovery_note().find("Versie 3 kon niet worden gelezen") != std::string::npos);
  CHECK(store.recovery_note().find("versie 2") != std::string::npos);

  // The index was repaired, so the next start is a plain one.
  board::BoardStore again(folder.path());
  REQUIRE(again.open(kMonday).empty());
  CHECK(again.current().info.version == 2);
  CHECK(again.recovery_note().empty());
}

TEST_CASE("with no readable version at all the store starts afresh and keeps the files aside") {
  test::TempFolder folder;
  {
    board::BoardStore store(folder.path());
    REQUIRE(store.open(kMonday).empty());
  }
  folder.write("versions/000001.json", std::string(2 * board::kMaxDocumentBytes, ' '));
  board::BoardStore store(folder.path());
  REQUIRE(store.open(kMonday).empty());
  CHECK(store.current().text == board::kFirstBoardDocument);
  CHECK(std::filesystem::exists(folder.file("versions/000001.json.unreadable")));
  CHECK(store.recovery_note().find("begint opnieuw") != std::string::npos);
}
