#pragma once
// The board's first-run file ([board] first_run_file, core/first_run.hpp) as the
// kiosk and render read it for the setup page: the setup code, until when it holds
// and the certificate's fingerprint while no password is set. No file means the
// board has not said anything yet (it is starting, or not on this device).

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>

#include "core/first_run.hpp"

namespace hgw::app {

// The file is a few hundred bytes; anything far beyond is not the board's.
inline constexpr std::size_t kFirstRunFileMaxBytes = 4096;

// Reads the file once. Missing: nullopt, silently. Unreadable or not what the board
// writes: nullopt, and the reason on `err`.
std::optional<core::FirstRunNotice> read_first_run_file(const std::string& path, std::ostream& err);

// The kiosk's view of the file, asked at every rebuild of the wall (each minute and
// on new data): the board rewrites it every hour and after each use of the code, by
// renaming a new file over it. A file that did not change (same inode, size and
// modification time) costs one stat() and is not read or parsed again, and its
// problem is said once, not every minute.
class FirstRunFile {
 public:
  explicit FirstRunFile(std::string path) : path_(std::move(path)) {}

  const std::optional<core::FirstRunNotice>& current(std::ostream& err);

 private:
  struct Signature {
    std::uint64_t inode = 0;
    std::int64_t size = 0;
    std::int64_t modified_ns = 0;
    bool operator==(const Signature&) const = default;
  };

  std::string path_;
  std::optional<Signature> read_signature_;  // of the file last read; none when missing
  bool read_once_ = false;
  std::optional<core::FirstRunNotice> notice_;
};

}  // namespace hgw::app
