#include "status_file.hpp"

#include <nlohmann/json.hpp>

#include "core/i18n.hpp"
#include "platform/atomic_file.hpp"

namespace hgw::net {
namespace {

nlohmann::json timestamp_or_null(const std::optional<core::Instant>& instant) {
  if (!instant) return nullptr;
  return core::format_timestamp(*instant);
}

nlohmann::json source_json(const core::SourceState& state, const core::Instant& now) {
  nlohmann::json source{
      {"url", state.url},
      {"last_try", timestamp_or_null(state.last_try)},
      {"last_success", timestamp_or_null(state.last_success)},
      {"last_change", timestamp_or_null(state.last_change)},
      {"http_status",
       state.http_status == 0 ? nlohmann::json(nullptr) : nlohmann::json(state.http_status)},
      {"etag", state.etag.empty() ? nlohmann::json(nullptr) : nlohmann::json(state.etag)},
      {"last_modified",
       state.last_modified.empty() ? nlohmann::json(nullptr) : nlohmann::json(state.last_modified)},
      {"bytes", state.bytes},
      {"has_document", state.has_document},
      {"from_cache", state.document_from_cache},
      {"data_generated_at", timestamp_or_null(state.data_generated_at)},
      {"next_poll_seconds", static_cast<double>(state.next_interval_ms) / 1000.0},
      {"error", nullptr},
  };
  if (state.failing()) {
    source["error"] = {
        {"kind", core::fetch_error_key(state.error)},
        {"detail", state.error_detail},
        {"since", timestamp_or_null(state.failing_since)},
        {"failures", state.consecutive_failures},
        {"message_nl", core::source_problem_text(state, core::Language::nl, now)},
        {"message_en", core::source_problem_text(state, core::Language::en, now)},
    };
  }
  return source;
}

}  // namespace

std::string status_json(const PollerSnapshot& snapshot, const AppStatus& app,
                        const core::Instant& now) {
  nlohmann::json status{
      {"written_at", core::format_timestamp(now)},
      {"version", app.version},
      {"page", app.page ? nlohmann::json(*app.page) : nlohmann::json(nullptr)},
      {"display_on", app.display_on ? nlohmann::json(*app.display_on) : nlohmann::json(nullptr)},
      {"data_generated_at", nullptr},
      {"data_age_seconds", nullptr},
      {"sources", nlohmann::json::array()}};
  // The merge keeps the oldest generated_at, so this is the age of the stalest
  // source on the wall.
  if (snapshot.merged && snapshot.merged->generated_at) {
    status["data_generated_at"] = core::format_timestamp(*snapshot.merged->generated_at);
    status["data_age_seconds"] = now.unix_seconds - snapshot.merged->generated_at->unix_seconds;
  }
  for (const auto& source : snapshot.sources)
    status["sources"].push_back(source_json(source, now));
  return status.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

std::string write_status_file(const std::string& path, const PollerSnapshot& snapshot,
                              const AppStatus& app, const core::Instant& now) {
  return platform::write_file_atomically(path, status_json(snapshot, app, now), 0640);
}

}  // namespace hgw::net
