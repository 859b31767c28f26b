#pragma once
// What avahi-daemon publishes as this device's mDNS name, asked over D-Bus. It is
// the host name under .local unless another device on the network had that name
// first: avahi then publishes "hgw-wall-2.local", and only that name reaches this
// device (docs/ARCHITECTURE.md, "The mDNS name").

#include <chrono>
#include <string>

namespace hgw::platform {

struct AvahiAnswer {
  enum class State {
    unreachable,    // no bus, no avahi on it, or no answer in time
    not_published,  // avahi is registering its name, or choosing another after a collision
    published,
  };
  State state = State::unreachable;
  std::string name;  // "hgw-wall-2.local" when published
};

// Asks avahi's server object (org.freedesktop.Avahi.Server on "/": GetState, then
// GetHostNameFqdn) on the system bus, or on `bus_address` ("unix:path=…") when
// given. Each call waits at most `timeout` for its answer.
AvahiAnswer ask_avahi(std::chrono::milliseconds timeout, const std::string& bus_address = {});

}  // namespace hgw::platform
