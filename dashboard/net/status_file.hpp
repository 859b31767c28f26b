#pragma once
// `--status-file PATH` (docs/ARCHITECTURE.md): a JSON of the kiosk's state for whoever looks
// after the device — per source url, last try, last success, HTTP status, ETag,
// bytes and error; the data's age; what the app adds (page, display on/off).
// Written atomically, so a reader never sees half a file. Never holds a token:
// the state it is made from has none.

#include <optional>
#include <string>

#include "core/date_time.hpp"
#include "source_poller.hpp"

namespace hgw::net {

// What only the app knows.
struct AppStatus {
  std::optional<std::string> page;  // "overzicht"
  std::optional<bool> display_on;
  std::string version;
};

std::string status_json(const PollerSnapshot& snapshot, const AppStatus& app,
                        const core::Instant& now);

// Returns an empty string on success, else what went wrong. Put the file on a
// RAM disk (/run/hgw-dashboard/status.json): it changes at every poll.
std::string write_status_file(const std::string& path, const PollerSnapshot& snapshot,
                              const AppStatus& app, const core::Instant& now);

}  // namespace hgw::net
