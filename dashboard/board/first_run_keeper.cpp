#include "first_run_keeper.hpp"

#include <grp.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "platform/atomic_file.hpp"

namespace hgw::board {
namespace {

std::optional<gid_t> group_id(const char* name) {
  // Looked up once, before any thread: getgrnam is not thread-safe.
  const group* entry = ::getgrnam(name);
  if (entry == nullptr) return std::nullopt;
  return entry->gr_gid;
}

}  // namespace

FirstRunKeeper::FirstRunKeeper(const BoardPassword& password, std::string notice_file,
                               std::string certificate_sha256, const core::Clock& clock,
                               CodeSource codes)
    : password_(password),
      notice_file_(std::move(notice_file)),
      certificate_sha256_(std::move(certificate_sha256)),
      clock_(clock),
      codes_(std::move(codes)),
      kiosk_group_(group_id(kKioskGroup)) {}

std::string FirstRunKeeper::refresh() {
  const std::lock_guard lock(mutex_);
  const core::FirstRunNotice wanted = wanted_locked();
  if (written_ == wanted) return {};
  const std::string failure = write_locked(wanted);
  if (failure.empty()) {
    written_ = wanted;
    last_failure_.clear();
    return {};
  }
  if (failure == last_failure_) return {};
  last_failure_ = failure;
  return "warning: the wall cannot show the first-run notice: " + failure;
}

bool FirstRunKeeper::use_code(std::string_view typed) {
  const std::lock_guard lock(mutex_);
  if (code_.empty() || clock_.now() >= valid_until_ || password_.is_set()) return false;
  if (!setup_codes_match(code_, typed_setup_code(typed))) return false;
  code_.clear();
  return true;
}

core::FirstRunNotice FirstRunKeeper::notice() const {
  const std::lock_guard lock(mutex_);
  return written_.value_or(core::FirstRunNotice{});
}

core::FirstRunNotice FirstRunKeeper::wanted_locked() {
  core::FirstRunNotice notice;
  notice.certificate_sha256 = certificate_sha256_;
  if (password_.is_set()) {
    code_.clear();
    notice.password_set = true;
    return notice;
  }
  const core::Instant now = clock_.now();
  if (code_.empty() || now >= valid_until_) {
    code_ = codes_();
    valid_until_ = {now.unix_seconds + kCodeLifetime.count(), now.utc_offset_minutes};
  }
  notice.setup_code = code_;
  notice.valid_until = valid_until_;
  return notice;
}

std::string FirstRunKeeper::write_locked(const core::FirstRunNotice& notice) {
  if (std::string failure =
          platform::write_file_atomically(notice_file_, core::first_run_json(notice), 0640);
      !failure.empty())
    return failure;
  // The kiosk reads it as a member of its group; the board's unit has that group as
  // a supplementary one.
  if (kiosk_group_ && ::chown(notice_file_.c_str(), static_cast<uid_t>(-1), *kiosk_group_) != 0)
    return "cannot give " + notice_file_ + " to the group " + kKioskGroup + ": " +
           std::strerror(errno);
  return {};
}

}  // namespace hgw::board
