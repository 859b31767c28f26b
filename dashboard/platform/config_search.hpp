#pragma once
// Which config file the kiosk and the board read: both programs must find the same
// one, or the board would edit for a wall that reads another file.

#include <optional>
#include <string>

namespace hgw::platform {

// `given` (--config) when set; else /boot/firmware/hgw-dashboard.conf (the FAT
// partition, editable from any computer), else /etc/hgw-dashboard.conf; else nothing.
std::optional<std::string> find_config(const std::optional<std::string>& given);

}  // namespace hgw::platform
