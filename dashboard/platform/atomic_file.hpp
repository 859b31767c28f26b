#pragma once
// Writing a file so that a power cut leaves either the old or the new contents,
// never half of each: the kiosk's power switch is the staff-room wall socket.

#include <string>
#include <string_view>

namespace hgw::platform {

// Writes a temporary file in the same folder, fsyncs it, renames it over `path`
// and fsyncs the folder so the rename itself survives. Creates the folder when
// missing. Returns an empty string on success, else what went wrong.
std::string write_file_atomically(const std::string& path, std::string_view contents,
                                  unsigned mode = 0644);

// Deletes the temporary files that writes to `path` left when they were cut off
// before their rename (SIGKILL, a watchdog restart, a power cut): nobody else
// removes them, so a kiosk killed often enough would fill its cache folder. Only
// for a path one process owns, before it writes there — another writer's
// temporary file would go too. Returns how many were removed.
int remove_unfinished_writes(const std::string& path);

}  // namespace hgw::platform
