#pragma once
// The kc'er's board document on disk, with its history (docs/ARCHITECTURE.md): every version
// is a file of its own, and a small index names them with who saved them and when.
// The index is written last, so it is the commit point: a write that fails half-way
// leaves the index, and so the current document, as they were.

#include <cstddef>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date_time.hpp"
#include "core/diagnostics.hpp"

namespace hgw::board {

// An empty store starts from this: valid, so the kiosk accepts it, and with no
// section at all, so it hides nothing the school's other sources supply.
inline constexpr std::string_view kFirstBoardDocument = "{\n  \"format\": \"hgw-dashboard/1\"\n}\n";
inline constexpr std::size_t kKeptVersions = 50;
// The largest document the store keeps, whatever framing it came in with.
inline constexpr std::size_t kMaxDocumentBytes = 1024 * 1024;

struct VersionInfo {
  int version = 0;
  std::string etag;  // without quotes
  std::string saved_at;
  std::string saved_by;
  std::size_t size = 0;
  std::optional<int> restored_from;
};

enum class SaveStatus {
  saved,
  precondition_required,
  conflict,
  invalid,
  not_found,
  too_large,
  write_failed
};

struct SaveResult {
  SaveStatus status = SaveStatus::saved;
  VersionInfo current;            // after the save, or the one that stays
  core::Diagnostics diagnostics;  // errors and warnings by path
  std::string failure;            // write_failed: what went wrong
};

struct CurrentBoard {
  std::string text;
  VersionInfo info;
};

// Writes `contents` to `path` so that a failure leaves the old file; returns "" or
// what went wrong. platform::write_file_atomically by default; tests make it fail.
using FileWriter =
    std::function<std::string(const std::string& path, std::string_view contents, unsigned mode)>;

class BoardStore {
 public:
  explicit BoardStore(std::string directory, FileWriter writer = {});

  // Reads the index, or starts the store with kFirstBoardDocument. Returns "" or
  // why the store cannot be used (then nothing was written). A current version
  // that cannot be read is no such reason: the newest readable one becomes current,
  // the bad file is renamed to NNNNNN.json.unreadable and recovery_note() says so.
  std::string open(const core::Instant& now);

  // What open() had to repair, in Dutch for the editor and the journal; "" when nothing.
  std::string recovery_note() const;

  CurrentBoard current() const;
  // Newest first.
  std::vector<VersionInfo> versions() const;
  std::optional<std::string> version_text(int version) const;

  // `if_match` is the If-Match header as sent (quoted ETag or *); nullopt when absent.
  SaveResult save(std::string_view text, const std::optional<std::string>& if_match,
                  const std::string& who, const core::Instant& now);
  SaveResult restore(int version, const std::optional<std::string>& if_match,
                     const std::string& who, const core::Instant& now);

 private:
  SaveResult check_precondition(const std::optional<std::string>& if_match) const;
  SaveResult store_locked(std::string_view text, const std::string& who, const core::Instant& now,
                          std::optional<int> restored_from);
  std::string version_path(int version) const;
  std::string index_path() const;
  std::optional<std::string> read_locked(int version) const;
  void recover_current_locked(const core::Instant& now);

  std::string directory_;
  FileWriter writer_;
  mutable std::mutex mutex_;
  std::vector<VersionInfo> index_;  // oldest first
  std::string current_text_;
  std::string recovery_note_;
};

// The ETag as a header value: "7-3f9a…" with the quotes.
std::string quoted_etag(const std::string& etag);

}  // namespace hgw::board
