#pragma once
// The device's name and IP addresses, for the setup page and the board's certificate:
// whoever installs the screen can reach the device (ssh, the board editor) without
// hunting for it on the network.

#include <string>
#include <vector>

namespace hgw::platform {

// This device's host name, or "" when it cannot be read.
std::string host_name();

// IPv4 and global IPv6 addresses of the interfaces that are up, loopback and
// link-local left out, in interface order.
std::vector<std::string> device_addresses();

// "wand-1 — 192.168.1.20, 2001:db8::20": the name and where to reach it, on one
// row, as the setup page shows it.
std::string device_text();

}  // namespace hgw::platform
