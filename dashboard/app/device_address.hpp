#pragma once
// The device's IP addresses, for the setup page: whoever installs the screen can
// reach the device (ssh, the board editor) without hunting for it on the network.

#include <string>
#include <vector>

namespace hgw::app {

// IPv4 and global IPv6 addresses of the interfaces that are up, loopback and
// link-local left out, in interface order.
std::vector<std::string> device_addresses();

}  // namespace hgw::app
