// The setup page's editor line: only when the wall reads the board on this very
// device, and then whether a password has been set.

#include "core/editor_status.hpp"

#include <doctest/doctest.h>

#include "core/config.hpp"
#include "core/wall_model.hpp"

namespace {

hgw::core::Config parsed(const char* text) {
  const auto result = hgw::core::parse_config(text, "/boot/firmware/hgw-dashboard.conf");
  REQUIRE(result.ok());
  return *result.config;
}

}  // namespace

TEST_CASE("a wall that reads no local board has no editor to mention") {
  const auto config = parsed("[source]\nurl = https://school.example/board.json\n");
  CHECK(hgw::core::editor_status(config) == hgw::core::EditorStatus::not_here);
}

TEST_CASE("the local board without a password cannot be edited yet") {
  const auto config = parsed("[source]\nurl = http://127.0.0.1:8080/api/board\n[board]\n");
  CHECK(hgw::core::editor_status(config) == hgw::core::EditorStatus::no_password);
}

TEST_CASE("the local board with a password hash is ready") {
  const auto config = parsed(
      "[source]\nurl = http://127.0.0.1:8080/api/board\n[board]\n"
      "password_hash = "
      "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$RdescudvJCsgt3ub+b+dWRWJTmaaJObG\n");
  CHECK(hgw::core::editor_status(config) == hgw::core::EditorStatus::ready);
}

TEST_CASE("the board's own loopback port decides, also when it is moved") {
  const auto moved = parsed(
      "[source]\nurl = http://localhost:9090/api/board\n[board]\nhttp_listen = 127.0.0.1:9090\n");
  CHECK(hgw::core::editor_status(moved) == hgw::core::EditorStatus::no_password);
  const auto other_port = parsed("[source]\nurl = http://127.0.0.1:9090/api/board\n");
  CHECK(hgw::core::editor_status(other_port) == hgw::core::EditorStatus::not_here);
}

namespace {

constexpr const char* kLocalBoardWithPassword =
    "[source]\nurl = http://127.0.0.1:8080/api/board\n[board]\n"
    "password_hash = "
    "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$RdescudvJCsgt3ub+b+dWRWJTmaaJObG\n";

// The setup page of a wall with nothing to show yet, as the kiosk builds it.
hgw::core::SetupView setup_of(const hgw::core::Config* config, hgw::core::SetupFacts facts,
                              hgw::core::CommandOverrides overrides = {}) {
  hgw::core::WallInputs inputs;
  inputs.document = std::make_shared<const hgw::core::Document>();
  inputs.config = config;
  inputs.facts = std::move(facts);
  inputs.now = *hgw::core::parse_timestamp("2026-11-30T08:00:00+01:00");
  inputs.overrides = overrides;
  return hgw::core::build_wall_model(inputs).setup;
}

}  // namespace

TEST_CASE("the setup page gives the editor's real address, from this device and the config") {
  const auto config = parsed(kLocalBoardWithPassword);
  hgw::core::SetupFacts facts;
  facts.host_name = "wand-1";
  facts.addresses = {"2001:db8::20", "192.168.1.20"};
  auto setup = setup_of(&config, facts);
  REQUIRE(setup.shown);
  CHECK(setup.editor_text == "https://192.168.1.20:8443/ in een browser op het schoolnetwerk");
  // The fix for an empty wall is in the editor, not in the config file.
  CHECK(setup.help_text.find("editor") != std::string::npos);
  CHECK(setup.help_text.find("hgw-dashboard.conf") == std::string::npos);

  facts.addresses = {"2001:db8::20"};
  CHECK(setup_of(&config, facts).editor_text.starts_with("https://[2001:db8::20]:8443/ "));
  facts.addresses = {};
  CHECK(setup_of(&config, facts).editor_text.starts_with("https://wand-1:8443/ "));

  // hgw-board serving HTTPS itself on the network: its own port.
  const auto own_https =
      parsed("[source]\nurl = http://127.0.0.1:8080/api/board\n[board]\nlisten = 0.0.0.0:9443\n");
  facts.addresses = {"192.168.1.20"};
  const auto own = setup_of(&own_https, facts, {hgw::core::Language::en, {}});
  CHECK(own.editor_text.starts_with("https://192.168.1.20:9443/ — no password yet"));
}

TEST_CASE("the setup page says a config error in the wall's language, and to fix the config") {
  const std::string file = "/boot/firmware/hgw-dashboard.conf";
  const auto parsed_with_errors = hgw::core::parse_config(
      "[source]\nurl = https://school.example/b.json\n[display]\n"
      "rotation = 45\nkleur = rood\n",
      file);
  REQUIRE_FALSE(parsed_with_errors.ok());
  hgw::core::SetupFacts facts;
  facts.problem = hgw::core::SetupProblem::unreadable;
  facts.config_path = file;
  for (const auto& entry : parsed_with_errors.diagnostics.entries())
    facts.config_errors.push_back(entry);

  const auto dutch = setup_of(nullptr, facts);
  REQUIRE(dutch.details.size() == 2);
  CHECK(dutch.details[0] == "regel 4, [display] rotation: deze instelling klopt niet (\"45\")");
  CHECK(dutch.details[1] == "regel 5, [display] kleur: deze instelling klopt niet");
  for (const auto& detail : dutch.details)
    CHECK(detail.find("expected") == std::string::npos);
  CHECK(dutch.help_text.find("hgw-dashboard.conf") != std::string::npos);

  const auto english = setup_of(nullptr, facts, {hgw::core::Language::en, {}});
  REQUIRE(english.details.size() == 2);
  CHECK(english.details[0].starts_with("line 4, [display] rotation: expected 0 | 90"));
}

TEST_CASE("a wall without its editor here points at where the data is made") {
  const auto config = parsed("[source]\nurl = https://school.example/board.json\n");
  const auto setup = setup_of(&config, {});
  CHECK(setup.editor_text.empty());
  CHECK(setup.help_text.find("hgw-dashboard.conf") == std::string::npos);
  CHECK(setup.help_text.find("buiten dit apparaat") != std::string::npos);
}

// Issue 15: the setup page says which way frames reach the screen and why, in the
// wall's language; render and the previews, which show on no screen, say nothing.
TEST_CASE("the setup page says how the kiosk presents, and why, in the wall's language") {
  hgw::core::SetupFacts facts;
  CHECK(setup_of(nullptr, facts).present_text.empty());

  facts.present = hgw::core::choose_present_path(hgw::core::PresentChoice::automatic,
                                                 hgw::core::PresentProbe{true, {"virtio_gpu"}});
  CHECK(setup_of(nullptr, facts).present_text ==
        "framebuffer zonder GL: geen GPU-stuurprogramma (vc4/v3d)");
  CHECK(setup_of(nullptr, facts, {hgw::core::Language::en, std::nullopt}).present_text ==
        "framebuffer without GL: no GPU driver (vc4/v3d)");

  facts.present = hgw::core::choose_present_path(hgw::core::PresentChoice::automatic,
                                                 hgw::core::PresentProbe{false, {"v3d"}});
  CHECK(setup_of(nullptr, facts).present_text == "GPU (v3d)");

  facts.present = hgw::core::choose_present_path(hgw::core::PresentChoice::framebuffer,
                                                 hgw::core::PresentProbe{false, {}});
  CHECK(setup_of(nullptr, facts).present_text.find("framebuffer gevraagd") != std::string::npos);
}
