// The example configs in the repository are what a school copies: they must
// read without a single error or warning.

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/config.hpp"

namespace {

void check_reads_cleanly(const std::filesystem::path& path) {
  std::ifstream file(path);
  REQUIRE(file.good());
  std::stringstream text;
  text << file.rdbuf();
  const auto result = hgw::core::parse_config(text.str(), path.string());
  for (const auto& diagnostic : result.diagnostics.entries())
    FAIL_CHECK(diagnostic.to_string());
  CHECK(result.ok());
}

}  // namespace

TEST_CASE("every example config reads cleanly") {
  int examples = 0;
  for (const auto& entry : std::filesystem::directory_iterator(HGW_CONFIG_EXAMPLES_DIR)) {
    if (entry.path().extension() != ".conf") continue;
    ++examples;
    check_reads_cleanly(entry.path());
  }
  CHECK(examples >= 2);
}

TEST_CASE("the device config the package and the image install reads cleanly") {
  check_reads_cleanly(HGW_DEVICE_CONFIG);
}
