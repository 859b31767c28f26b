// find_config: the kiosk and the board read the same file; --config always wins.

#include "platform/config_search.hpp"

#include <doctest/doctest.h>

#include <optional>
#include <string>

TEST_CASE("--config is used as given, even when it does not exist (the load names it)") {
  CHECK(hgw::platform::find_config(std::string("/nonexistent/wall.conf")) ==
        std::optional<std::string>("/nonexistent/wall.conf"));
}
