// The device's name and addresses for the setup page: the host name first, then
// where to reach it; never loopback or link-local, which reach nothing from
// another machine.

#include "platform/device_address.hpp"

#include <doctest/doctest.h>

#include <algorithm>

TEST_CASE("the setup page's device line is the host name, then addresses other machines can use") {
  const std::string host = hgw::platform::host_name();
  REQUIRE_FALSE(host.empty());
  const std::string text = hgw::platform::device_text();
  CHECK(text.rfind(host, 0) == 0);

  const auto addresses = hgw::platform::device_addresses();
  for (const auto& address : addresses) {
    CHECK(address != "127.0.0.1");
    CHECK(address != "::1");
    CHECK(address.rfind("fe80:", 0) != 0);
    CHECK(text.find(address) != std::string::npos);
  }
  CHECK(std::adjacent_find(addresses.begin(), addresses.end()) == addresses.end());
}
