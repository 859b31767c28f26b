#pragma once
// What the setup page says about this device — its name, addresses, mDNS name and
// version — as the kiosk and render both fill it in, so `render --config` draws the
// setup page the kiosk draws.

#include "core/setup_view.hpp"
#include "platform/mdns_name.hpp"

namespace hgw::app {

// Looked up anew on each call: the kiosk asks at every rebuild, so an address
// that DHCP gives after the wall started, or avahi starting later or renaming the
// device, is on the setup page within a minute. `mdns` keeps avahi's last answer
// between calls.
void fill_device_facts(core::SetupFacts& facts, platform::MdnsName& mdns);

}  // namespace hgw::app
