#pragma once
// What the setup page says about this device — its name, addresses, mDNS name and
// version — as the kiosk and render both fill it in, so `render --config` draws the
// setup page the kiosk draws.

#include "core/setup_view.hpp"

namespace hgw::app {

// Looked up anew on each call: the kiosk asks at every rebuild, so an address
// that DHCP gives after the wall started, or avahi starting later, is on the setup
// page within a minute.
void fill_device_facts(core::SetupFacts& facts);

}  // namespace hgw::app
