#include "platform/device_address.hpp"

#include <arpa/inet.h>
#include <ifaddrs.h>
#include <net/if.h>
#include <netinet/in.h>
#include <unistd.h>

#include <algorithm>
#include <array>

namespace hgw::platform {

std::string host_name() {
  std::array<char, 256> buffer{};
  if (gethostname(buffer.data(), buffer.size() - 1) != 0) return {};
  return std::string(buffer.data());
}

std::vector<std::string> device_addresses() {
  std::vector<std::string> addresses;
  ifaddrs* list = nullptr;
  if (getifaddrs(&list) != 0) return addresses;
  for (const ifaddrs* entry = list; entry != nullptr; entry = entry->ifa_next) {
    if (entry->ifa_addr == nullptr || (entry->ifa_flags & IFF_UP) == 0 ||
        (entry->ifa_flags & IFF_LOOPBACK) != 0) {
      continue;
    }
    std::array<char, INET6_ADDRSTRLEN> text{};
    if (entry->ifa_addr->sa_family == AF_INET) {
      const auto* address = reinterpret_cast<const sockaddr_in*>(entry->ifa_addr);
      inet_ntop(AF_INET, &address->sin_addr, text.data(), text.size());
    } else if (entry->ifa_addr->sa_family == AF_INET6) {
      const auto* address = reinterpret_cast<const sockaddr_in6*>(entry->ifa_addr);
      if (IN6_IS_ADDR_LINKLOCAL(&address->sin6_addr)) continue;
      inet_ntop(AF_INET6, &address->sin6_addr, text.data(), text.size());
    } else {
      continue;
    }
    std::string shown(text.data());
    if (std::find(addresses.begin(), addresses.end(), shown) == addresses.end()) {
      addresses.push_back(shown);
    }
  }
  freeifaddrs(list);
  return addresses;
}

std::string device_text() {
  std::string text = host_name();
  const auto addresses = device_addresses();
  for (std::size_t index = 0; index < addresses.size(); ++index) {
    text += (index == 0 ? (text.empty() ? "" : " — ") : ", ") + addresses[index];
  }
  return text;
}

}  // namespace hgw::platform
