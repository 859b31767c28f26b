#include "command_line.hpp"

#include <doctest/doctest.h>

using namespace hgw::app;

TEST_CASE("validate takes files and --now") {
  const auto parsed =
      parse_command_line({"validate", "a.json", "--now", "2026-11-30T08:00:00+01:00", "b.json"});
  REQUIRE(parsed.command);
  CHECK(parsed.command->kind == CommandKind::validate);
  CHECK(parsed.command->inputs == std::vector<std::string>{"a.json", "b.json"});
  REQUIRE(parsed.command->now);
  CHECK(hgw::core::format_timestamp(*parsed.command->now) == "2026-11-30T08:00:00+01:00");
}

TEST_CASE("validate and render take --config for a URL's token and CA") {
  const auto validate =
      parse_command_line({"validate", "--config", "wall.conf", "https://school.nl/b.json"});
  REQUIRE(validate.command);
  CHECK(validate.command->config_path == "wall.conf");
  CHECK(validate.command->inputs == std::vector<std::string>{"https://school.nl/b.json"});
  const auto render =
      parse_command_line({"render", "https://school.nl/b.json", "--config", "wall.conf"});
  REQUIRE(render.command);
  CHECK(render.command->config_path == "wall.conf");
}

TEST_CASE("usage errors say what is wrong") {
  CHECK(parse_command_line({"validate"}).error == "validate needs at least one FILE");
  CHECK(parse_command_line({"validate", "a.json", "--now"})
            .error.rfind("--now needs a timestamp", 0) == 0);
  CHECK(parse_command_line({"validate", "a.json", "--now", "morgen"}).error ==
        "--now: expected an RFC 3339 timestamp with offset, got \"morgen\"");
  CHECK(parse_command_line({"--frobnicate"}).error == "unknown option --frobnicate");
  CHECK(parse_command_line({"--lang", "de"}).error == "--lang: expected nl or en, got \"de\"");
}

TEST_CASE("--help and --version win") {
  CHECK(parse_command_line({"--help"}).command->kind == CommandKind::help);
  CHECK(parse_command_line({"validate", "--version"}).command->kind == CommandKind::version);
  CHECK(parse_command_line({}).command->kind == CommandKind::kiosk);
}

TEST_CASE("--present for the kiosk, and with --version --verbose") {
  CHECK(parse_command_line({"--present", "framebuffer"}).command->present ==
        hgw::core::PresentChoice::framebuffer);
  CHECK(parse_command_line({"--present", "opengl"}).error ==
        "--present needs auto, gpu or framebuffer");
  const auto version = parse_command_line({"--version", "--verbose", "--present", "gpu"}).command;
  CHECK(version->kind == CommandKind::version);
  CHECK(version->verbose);
  CHECK(version->present == hgw::core::PresentChoice::gpu);
  CHECK_FALSE(parse_command_line({"--version"}).command->verbose);
}
