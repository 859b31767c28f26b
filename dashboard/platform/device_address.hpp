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

// Where avahi-daemon keeps its pid while it runs (Debian's package).
inline constexpr const char* kAvahiPidFile = "/run/avahi-daemon/pid";

// "hgw-wall.local": the name the school network resolves to this device by mDNS,
// when avahi-daemon runs here (its pid file exists); "" when it does not, or the
// device has no name. avahi publishes the host name's first label under .local.
std::string mdns_name(const std::string& avahi_pid_file = kAvahiPidFile);

// "wand-1 — 192.168.1.20, 2001:db8::20": the name and where to reach it, on one
// row, as the setup page shows it.
std::string device_text();

}  // namespace hgw::platform
