// The example configs in the repository are what a school copies: they must
// read without a single error or warning.

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/config.hpp"

TEST_CASE("every example config reads cleanly") {
  int examples = 0;
  for (const auto& entry : std::filesystem::directory_iterator(HGW_CONFIG_EXAMPLES_DIR)) {
    if (entry.path().extension() != ".conf") continue;
    ++examples;
    std::ifstream file(entry.path());
    std::stringstream text;
    text << file.rdbuf();
    const auto result = hgw::core::parse_config(text.str(), entry.path().string());
    for (const auto& diagnostic : result.diagnostics.entries())
      FAIL_CHECK(diagnostic.to_string());
    CHECK(result.ok());
  }
  CHECK(examples >= 2);
}
