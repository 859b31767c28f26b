#include "first_run_input.hpp"

#include <sys/stat.h>

#include <cerrno>

#include "platform/bounded_read.hpp"

namespace hgw::app {

std::optional<core::FirstRunNotice> read_first_run_file(const std::string& path,
                                                        std::ostream& err) {
  struct stat status {};
  if (::stat(path.c_str(), &status) != 0 && errno == ENOENT) return std::nullopt;
  const platform::FileRead read = platform::read_file_bounded(path, kFirstRunFileMaxBytes);
  if (!read.ok()) {
    err << "hgw-dashboard: " << path << ": "
        << (read.outcome == platform::FileRead::Outcome::too_large
                ? "larger than " + std::to_string(kFirstRunFileMaxBytes) + " bytes"
                : read.reason)
        << '\n';
    return std::nullopt;
  }
  core::FirstRunRead parsed = core::parse_first_run(read.text);
  if (!parsed.notice) err << "hgw-dashboard: " << path << ": " << parsed.error << '\n';
  return parsed.notice;
}

const std::optional<core::FirstRunNotice>& FirstRunFile::current(std::ostream& err) {
  struct stat status {};
  std::optional<Signature> now;
  if (::stat(path_.c_str(), &status) == 0) {
    now = Signature{
        static_cast<std::uint64_t>(status.st_ino), static_cast<std::int64_t>(status.st_size),
        static_cast<std::int64_t>(status.st_mtim.tv_sec) * 1'000'000'000 + status.st_mtim.tv_nsec};
  } else if (errno != ENOENT) {
    // There but out of reach (a folder the kiosk may not enter): said once.
    now = Signature{0, -1, errno};
  }
  if (read_once_ && now == read_signature_) return notice_;
  notice_ = now ? read_first_run_file(path_, err) : std::nullopt;
  read_signature_ = now;
  read_once_ = true;
  return notice_;
}

}  // namespace hgw::app
