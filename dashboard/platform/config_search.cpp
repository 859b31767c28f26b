#include "platform/config_search.hpp"

#include <filesystem>

namespace hgw::platform {

std::optional<std::string> find_config(const std::optional<std::string>& given) {
  if (given) return given;
  for (const char* candidate : {"/boot/firmware/hgw-dashboard.conf", "/etc/hgw-dashboard.conf"}) {
    std::error_code error;
    if (std::filesystem::exists(candidate, error)) return std::string(candidate);
  }
  return std::nullopt;
}

}  // namespace hgw::platform
