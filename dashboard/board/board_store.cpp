#include "board_store.hpp"

#include <sodium.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "core/decode_document.hpp"
#include "platform/atomic_file.hpp"
#include "platform/bounded_read.hpp"

namespace hgw::board {
namespace {

constexpr int kIndexFormat = 1;
// A version file is at most a document the store accepted.
constexpr std::size_t kMaxVersionBytes = kMaxDocumentBytes;

std::string content_hash(std::string_view text) {
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(text.data()), text.size());
  char hex[crypto_hash_sha256_BYTES * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
  return std::string(hex, 16);
}

// The version number is part of the ETag, so a restore of old content still
// differs from what a stale editor holds.
std::string make_etag(int version, std::string_view text) {
  return std::to_string(version) + "-" + content_hash(text);
}

nlohmann::json to_json(const VersionInfo& info) {
  nlohmann::json entry{{"version", info.version},   {"etag", info.etag},
                       {"saved_at", info.saved_at}, {"saved_by", info.saved_by},
                       {"size", info.size},         {"restored_from", nullptr}};
  if (info.restored_from) entry["restored_from"] = *info.restored_from;
  return entry;
}

std::optional<VersionInfo> from_json(const nlohmann::json& entry) {
  if (!entry.is_object()) return std::nullopt;
  try {
    VersionInfo info;
    info.version = entry.at("version").get<int>();
    info.etag = entry.at("etag").get<std::string>();
    info.saved_at = entry.at("saved_at").get<std::string>();
    info.saved_by = entry.at("saved_by").get<std::string>();
    info.size = entry.at("size").get<std::size_t>();
    if (entry.contains("restored_from") && !entry["restored_from"].is_null())
      info.restored_from = entry["restored_from"].get<int>();
    return info;
  } catch (const nlohmann::json::exception&) {
    return std::nullopt;
  }
}

std::optional<std::string> read_whole_file(const std::string& path) {
  platform::FileRead read = platform::read_file_bounded(path, kMaxVersionBytes);
  if (!read.ok()) return std::nullopt;
  return std::move(read.text);
}

// If-Match: "etag" or a list of them; weak tags never match (RFC 9110 §13.1.1).
// `*` (any current version) is answered 428 by check_precondition, never here.
bool if_match_allows(const std::string& header, const std::string& current_etag) {
  std::size_t position = 0;
  while (position < header.size()) {
    const auto comma = header.find(',', position);
    const std::size_t stop = comma == std::string::npos ? header.size() : comma;
    std::string tag = header.substr(position, stop - position);
    const auto first = tag.find_first_not_of(" \t");
    const auto last = tag.find_last_not_of(" \t");
    tag = first == std::string::npos ? "" : tag.substr(first, last - first + 1);
    if (tag == quoted_etag(current_etag)) return true;
    position = stop + 1;
  }
  return false;
}

}  // namespace

std::string quoted_etag(const std::string& etag) {
  return "\"" + etag + "\"";
}

BoardStore::BoardStore(std::string directory, FileWriter writer)
    : directory_(std::move(directory)), writer_(std::move(writer)) {
  if (!writer_) writer_ = platform::write_file_atomically;
}

std::string BoardStore::version_path(int version) const {
  char name[32];
  std::snprintf(name, sizeof name, "%06d.json", version);
  return directory_ + "/versions/" + name;
}

std::string BoardStore::index_path() const {
  return directory_ + "/versions/index.json";
}

std::optional<std::string> BoardStore::read_locked(int version) const {
  return read_whole_file(version_path(version));
}

std::string BoardStore::open(const core::Instant& now) {
  if (sodium_init() < 0) return "libsodium cannot start";
  std::lock_guard lock(mutex_);
  index_.clear();
  const auto index_text = read_whole_file(index_path());
  if (!index_text) {
    std::error_code error;
    if (std::filesystem::exists(index_path(), error)) return index_path() + " cannot be read";
    const SaveResult first = store_locked(kFirstBoardDocument, "hgw-board", now, std::nullopt);
    return first.status == SaveStatus::saved ? "" : first.failure;
  }
  const auto index = nlohmann::json::parse(*index_text, nullptr, false);
  // A broken index is never replaced on its own: the versions behind it are the
  // kc'er's work, and whoever repairs it should find them untouched.
  if (index.is_discarded() || !index.is_object() ||
      index.value("index_format", 0) != kIndexFormat || !index.contains("versions") ||
      !index["versions"].is_array() || index["versions"].empty()) {
    return index_path() + " is damaged; the versions next to it are kept as they are";
  }
  for (const auto& entry : index["versions"]) {
    auto info = from_json(entry);
    if (!info) return index_path() + " has an entry that is not a version: " + entry.dump();
    index_.push_back(std::move(*info));
  }
  recover_current_locked(now);
  return {};
}

// A board that cannot start is worse than one that shows an older version: the
// unreadable files are kept aside for whoever looks, never deleted.
void BoardStore::recover_current_locked(const core::Instant& now) {
  std::vector<int> set_aside;
  while (!index_.empty()) {
    if (auto text = read_locked(index_.back().version)) {
      current_text_ = std::move(*text);
      break;
    }
    const int version = index_.back().version;
    std::error_code ignored;
    std::filesystem::rename(version_path(version), version_path(version) + ".unreadable", ignored);
    set_aside.push_back(version);
    index_.pop_back();
  }
  if (set_aside.empty()) return;
  std::string numbers;
  for (const int version : set_aside)
    numbers += (numbers.empty() ? "" : ", ") + std::to_string(version);
  if (index_.empty()) {
    // Nothing readable at all: start afresh, the old files stay aside.
    store_locked(kFirstBoardDocument, "hgw-board", now, std::nullopt);
    recovery_note_ = "Versie " + numbers +
                     " kon niet worden gelezen en is apart gezet (.unreadable); er was geen "
                     "leesbare versie meer, dus het bord begint opnieuw.";
    return;
  }
  recovery_note_ = "Versie " + numbers +
                   " kon niet worden gelezen en is apart gezet (.unreadable); het bord toont "
                   "versie " +
                   std::to_string(index_.back().version) + ".";
  // Best effort: the index names only readable versions from now on. If this write
  // fails, the next start repairs the same way.
  nlohmann::json index{{"index_format", kIndexFormat}, {"versions", nlohmann::json::array()}};
  for (const auto& entry : index_)
    index["versions"].push_back(to_json(entry));
  writer_(index_path(), index.dump(2) + "\n", 0640);
}

std::string BoardStore::recovery_note() const {
  std::lock_guard lock(mutex_);
  return recovery_note_;
}

CurrentBoard BoardStore::current() const {
  std::lock_guard lock(mutex_);
  return {current_text_, index_.back()};
}

std::vector<VersionInfo> BoardStore::versions() const {
  std::lock_guard lock(mutex_);
  return {index_.rbegin(), index_.rend()};
}

std::optional<std::string> BoardStore::version_text(int version) const {
  std::lock_guard lock(mutex_);
  for (const auto& info : index_) {
    if (info.version == version) return read_locked(version);
  }
  return std::nullopt;
}

SaveResult BoardStore::check_precondition(const std::optional<std::string>& if_match) const {
  SaveResult result;
  result.current = index_.back();
  // `If-Match: *` would overwrite whatever another editor saved meanwhile: the
  // editor must name the version it changed (docs/board-api.md).
  if (!if_match || if_match->find_first_not_of(" \t*") == std::string::npos) {
    result.status = SaveStatus::precondition_required;
  } else if (!if_match_allows(*if_match, index_.back().etag)) {
    result.status = SaveStatus::conflict;
  }
  return result;
}

SaveResult BoardStore::save(std::string_view text, const std::optional<std::string>& if_match,
                            const std::string& who, const core::Instant& now) {
  std::lock_guard lock(mutex_);
  SaveResult result = check_precondition(if_match);
  if (result.status != SaveStatus::saved) return result;
  if (text.size() > kMaxDocumentBytes) {
    result.status = SaveStatus::too_large;
    return result;
  }
  core::DecodeOptions options;
  options.now = now;
  core::DecodeResult decoded = core::load_document(text, options);
  if (!decoded.ok()) {
    result.status = SaveStatus::invalid;
    result.diagnostics = std::move(decoded.diagnostics);
    return result;
  }
  SaveResult stored = store_locked(text, who, now, std::nullopt);
  stored.diagnostics = std::move(decoded.diagnostics);
  return stored;
}

SaveResult BoardStore::restore(int version, const std::optional<std::string>& if_match,
                               const std::string& who, const core::Instant& now) {
  std::lock_guard lock(mutex_);
  SaveResult result = check_precondition(if_match);
  if (result.status != SaveStatus::saved) return result;
  const bool kept = std::any_of(index_.begin(), index_.end(),
                                [&](const VersionInfo& info) { return info.version == version; });
  const auto text = kept ? read_locked(version) : std::nullopt;
  if (!text) {
    result.status = SaveStatus::not_found;
    return result;
  }
  // Checked again: the rules may have become stricter since it was saved.
  core::DecodeOptions options;
  options.now = now;
  core::DecodeResult decoded = core::load_document(*text, options);
  if (!decoded.ok()) {
    result.status = SaveStatus::invalid;
    result.diagnostics = std::move(decoded.diagnostics);
    return result;
  }
  SaveResult stored = store_locked(*text, who, now, version);
  stored.diagnostics = std::move(decoded.diagnostics);
  return stored;
}

SaveResult BoardStore::store_locked(std::string_view text, const std::string& who,
                                    const core::Instant& now, std::optional<int> restored_from) {
  SaveResult result;
  VersionInfo info;
  info.version = index_.empty() ? 1 : index_.back().version + 1;
  info.etag = make_etag(info.version, text);
  info.saved_at = core::format_timestamp(now);
  info.saved_by = who;
  info.size = text.size();
  info.restored_from = restored_from;

  std::vector<VersionInfo> next = index_;
  next.push_back(info);
  std::vector<int> dropped;
  while (next.size() > kKeptVersions) {
    dropped.push_back(next.front().version);
    next.erase(next.begin());
  }
  nlohmann::json index{{"index_format", kIndexFormat}, {"versions", nlohmann::json::array()}};
  for (const auto& entry : next)
    index["versions"].push_back(to_json(entry));

  if (!index_.empty()) result.current = index_.back();
  if (std::string failure = writer_(version_path(info.version), text, 0640); !failure.empty()) {
    result.status = SaveStatus::write_failed;
    result.failure = failure;
    return result;
  }
  if (std::string failure = writer_(index_path(), index.dump(2) + "\n", 0640); !failure.empty()) {
    result.status = SaveStatus::write_failed;
    result.failure = failure;
    return result;
  }
  index_ = std::move(next);
  current_text_ = std::string(text);
  result.current = info;
  // Only after the index no longer names them; a leftover file is harmless.
  for (const int version : dropped) {
    std::error_code ignored;
    std::filesystem::remove(version_path(version), ignored);
  }
  return result;
}

}  // namespace hgw::board
