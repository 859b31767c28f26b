// The device's mDNS name for the setup page: given only while avahi-daemon runs
// (its pid file is there), made of the host name's first label.

#include "platform/device_address.hpp"

#include <doctest/doctest.h>

#include "temp_folder.hpp"

TEST_CASE("the mDNS name is given only while avahi runs, as the host name under .local") {
  const hgw::test::TempFolder folder;
  CHECK(hgw::platform::mdns_name(folder.file("avahi-daemon/pid")).empty());

  const std::string pid_file = folder.write("avahi-daemon/pid", "412\n");
  const std::string host = hgw::platform::host_name();
  REQUIRE_FALSE(host.empty());
  const std::string name = hgw::platform::mdns_name(pid_file);
  CHECK(name == host.substr(0, host.find('.')) + ".local");
}
