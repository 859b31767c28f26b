#include "device_facts.hpp"

#include <chrono>

#include "platform/device_address.hpp"
#include "platform/version.hpp"

namespace hgw::app {

void fill_device_facts(core::SetupFacts& facts, platform::MdnsName& mdns) {
  facts.device = platform::device_text();
  facts.version = platform::kVersion;
  facts.host_name = platform::host_name();
  facts.addresses = platform::device_addresses();
  facts.mdns_name = mdns.current(std::chrono::steady_clock::now());
}

}  // namespace hgw::app
