#include "board_password.hpp"

#include <sys/stat.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "password_hash.hpp"
#include "platform/atomic_file.hpp"

namespace hgw::board {
namespace {

constexpr std::string_view kStateFormat = "hgw-board-password/1";

std::optional<ResetFileIdentity> identity_of(const std::string& path) {
  struct stat status {};
  if (::stat(path.c_str(), &status) != 0 || !S_ISREG(status.st_mode)) return std::nullopt;
  return ResetFileIdentity{
      static_cast<std::int64_t>(status.st_mtim.tv_sec) * 1'000'000'000 + status.st_mtim.tv_nsec,
      static_cast<std::int64_t>(status.st_size)};
}

}  // namespace

BoardPassword::BoardPassword(std::string config_hash, std::string state_file)
    : config_hash_(std::move(config_hash)), state_file_(std::move(state_file)) {}

std::string BoardPassword::load() {
  std::ifstream file(state_file_, std::ios::binary);
  if (!file) return {};
  std::stringstream text;
  text << file.rdbuf();
  const auto state = nlohmann::json::parse(text.str(), nullptr, false);
  if (!state.is_object() || state.value("format", "") != kStateFormat)
    return state_file_ + " cannot be read; no password is kept there";
  const std::lock_guard lock(mutex_);
  const auto hash = state.value("password_hash", nlohmann::json());
  stored_hash_ = hash.is_string() ? hash.get<std::string>() : "";
  const auto reset = state.value("reset_file_obeyed", nlohmann::json());
  if (reset.is_object() && reset.value("mtime_ns", nlohmann::json()).is_number_integer() &&
      reset.value("size", nlohmann::json()).is_number_integer()) {
    obeyed_reset_ = {reset["mtime_ns"].get<std::int64_t>(), reset["size"].get<std::int64_t>()};
  }
  return {};
}

std::string BoardPassword::forget_if_asked(const std::string& reset_file) {
  const auto identity = identity_of(reset_file);
  if (!identity) return {};
  if (in_config()) {
    return "warning: " + reset_file +
           " cannot clear the password: it is the config's [board] password_hash. Remove that "
           "line from the config (and delete " +
           reset_file + "), then restart to set a new password from the wall";
  }
  const std::lock_guard lock(mutex_);
  if (*identity == obeyed_reset_)
    return "note: " + reset_file +
           " was obeyed at an earlier start and clears nothing now; delete it";
  const bool had_password = !stored_hash_.empty();
  stored_hash_.clear();
  obeyed_reset_ = *identity;
  if (const std::string failure = save_locked(); !failure.empty())
    return "warning: " + reset_file +
           " asks to clear the password, but the state cannot be kept: " + failure;
  return std::string(had_password ? "the editor's password is cleared"
                                  : "there was no password to clear") +
         " because of " + reset_file + "; the wall shows a setup code to set a new one. Delete " +
         reset_file + " (it clears only once)";
}

bool BoardPassword::is_set() const {
  if (in_config()) return true;
  const std::lock_guard lock(mutex_);
  return !stored_hash_.empty();
}

bool BoardPassword::verify(std::string_view password) const {
  std::string hash = config_hash_;
  if (hash.empty()) {
    const std::lock_guard lock(mutex_);
    hash = stored_hash_;
  }
  // Outside the lock: an argon2id check takes a good part of a second.
  return verify_password(hash, password);
}

BoardPassword::SetResult BoardPassword::set_once(const std::string& hash, std::string& failure) {
  if (in_config()) return SetResult::already_set;
  const std::lock_guard lock(mutex_);
  if (!stored_hash_.empty()) return SetResult::already_set;
  stored_hash_ = hash;
  failure = save_locked();
  if (failure.empty()) return SetResult::stored;
  stored_hash_.clear();
  return SetResult::failed;
}

std::string BoardPassword::save_locked() const {
  nlohmann::json state{
      {"format", kStateFormat},
      {"password_hash", stored_hash_},
      {"reset_file_obeyed", {{"mtime_ns", obeyed_reset_.mtime_ns}, {"size", obeyed_reset_.size}}}};
  return platform::write_file_atomically(state_file_, state.dump(2) + "\n", 0600);
}

}  // namespace hgw::board
