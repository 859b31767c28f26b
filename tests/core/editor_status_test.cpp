// The setup page's editor block: only when the wall reads the board on this very
// device, and then whether a password has been set — as the board's first-run file
// says (issue 16), else as the config's password_hash says.

#include "core/editor_status.hpp"

#include <doctest/doctest.h>

#include "core/config.hpp"
#include "core/decode_document.hpp"
#include "core/demo_school.hpp"
#include "core/wall_model.hpp"

namespace {

hgw::core::Config parsed(const char* text) {
  const auto result = hgw::core::parse_config(text, "/boot/firmware/hgw-dashboard.conf");
  REQUIRE(result.ok());
  return *result.config;
}

using hgw::core::EditorStatus;
using hgw::core::FirstRunNotice;

// What hgw-board writes while no password is set: the code until 10:00 Amsterdam.
FirstRunNotice waiting_for_password() {
  FirstRunNotice notice;
  notice.setup_code = "48210937";
  notice.valid_until = hgw::core::parse_timestamp("2026-11-30T09:00:00Z");
  notice.certificate_sha256 =
      "AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:"
      "45:67:89";
  return notice;
}

FirstRunNotice password_set() {
  FirstRunNotice notice;
  notice.password_set = true;
  notice.certificate_sha256 = waiting_for_password().certificate_sha256;
  return notice;
}

}  // namespace

TEST_CASE("a wall that reads no local board has no editor to mention") {
  const auto config = parsed("[source]\nurl = https://school.example/board.json\n");
  CHECK(hgw::core::editor_status(config, std::nullopt) == EditorStatus::not_here);
  // Whatever a first-run file on this machine says.
  CHECK(hgw::core::editor_status(config, waiting_for_password()) == EditorStatus::not_here);
}

TEST_CASE("the board's first-run file says whether the editor has a password") {
  const auto config = parsed("[source]\nurl = http://127.0.0.1:8080/api/board\n[board]\n");
  CHECK(hgw::core::editor_status(config, waiting_for_password()) == EditorStatus::no_password);
  // Set through the browser: the hash is in the board's state, not in the config.
  CHECK(hgw::core::editor_status(config, password_set()) == EditorStatus::ready);
}

TEST_CASE("no first-run file and no hash in the config: the wall waits for the board's word") {
  // The password may be in the board's state; only the board can say.
  const auto config = parsed("[source]\nurl = http://127.0.0.1:8080/api/board\n[board]\n");
  CHECK(hgw::core::editor_status(config, std::nullopt) == EditorStatus::waiting);
}

TEST_CASE("the local board with a password hash in the config is ready") {
  const auto config = parsed(
      "[source]\nurl = http://127.0.0.1:8080/api/board\n[board]\n"
      "password_hash = "
      "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$RdescudvJCsgt3ub+b+dWRWJTmaaJObG\n");
  CHECK(hgw::core::editor_status(config, std::nullopt) == EditorStatus::ready);
  // The board's own word comes first: after `wachtwoord-vergeten` it has none.
  CHECK(hgw::core::editor_status(config, waiting_for_password()) == EditorStatus::no_password);
}

TEST_CASE("the board's own loopback port decides, also when it is moved") {
  const auto moved = parsed(
      "[source]\nurl = http://localhost:9090/api/board\n[board]\nhttp_listen = 127.0.0.1:9090\n");
  CHECK(hgw::core::editor_status(moved, waiting_for_password()) == EditorStatus::no_password);
  const auto other_port = parsed("[source]\nurl = http://127.0.0.1:9090/api/board\n");
  CHECK(hgw::core::editor_status(other_port, waiting_for_password()) == EditorStatus::not_here);
}

namespace {

constexpr const char* kLocalBoardWithPassword =
    "[source]\nurl = http://127.0.0.1:8080/api/board\n[board]\n"
    "password_hash = "
    "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$RdescudvJCsgt3ub+b+dWRWJTmaaJObG\n";

// The setup page of a wall with nothing to show yet, as the kiosk builds it.
hgw::core::SetupView setup_of(const hgw::core::Config* config, hgw::core::SetupFacts facts,
                              hgw::core::CommandOverrides overrides = {},
                              const char* now = "2026-11-30T08:00:00+01:00",
                              std::shared_ptr<const hgw::core::Document> document = nullptr) {
  hgw::core::WallInputs inputs;
  inputs.document = document ? document : std::make_shared<const hgw::core::Document>();
  inputs.config = config;
  inputs.facts = std::move(facts);
  inputs.now = *hgw::core::parse_timestamp(now);
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
  CHECK(setup.editor_address == "https://192.168.1.20:8443/");
  CHECK(setup.editor_text == "Open het adres in een browser op het schoolnetwerk.");
  // The fix for an empty wall is in the editor, not in the config file.
  CHECK(setup.help_text.find("editor") != std::string::npos);
  CHECK(setup.help_text.find("hgw-dashboard.conf") == std::string::npos);

  facts.addresses = {"2001:db8::20"};
  CHECK(setup_of(&config, facts).editor_address == "https://[2001:db8::20]:8443/");
  facts.addresses = {};
  CHECK(setup_of(&config, facts).editor_address == "https://wand-1:8443/");

  // hgw-board serving HTTPS itself on the network: its own port, and no word from
  // the board yet.
  const auto own_https =
      parsed("[source]\nurl = http://127.0.0.1:8080/api/board\n[board]\nlisten = 0.0.0.0:9443\n");
  facts.addresses = {"192.168.1.20"};
  const auto own = setup_of(&own_https, facts, {hgw::core::Language::en, {}});
  CHECK(own.editor == EditorStatus::waiting);
  CHECK(own.editor_address == "https://192.168.1.20:9443/");
  CHECK(own.editor_text == "Waiting for the editor to say here whether a password is set.");
  CHECK(own.setup_code.empty());
}

TEST_CASE("no password yet: the setup page gives the code, until when, the fingerprint, the name") {
  const auto config = parsed("[source]\nurl = http://127.0.0.1:8080/api/board\n[board]\n");
  hgw::core::SetupFacts facts;
  facts.host_name = "hgw-wall";
  facts.addresses = {"192.168.1.20"};
  facts.mdns_name = "hgw-wall.local";
  facts.first_run = waiting_for_password();

  const auto setup = setup_of(&config, facts);
  REQUIRE(setup.shown);
  CHECK(setup.editor == EditorStatus::no_password);
  CHECK(setup.problem == hgw::core::SetupProblem::no_password);
  CHECK(setup.editor_address == "https://192.168.1.20:8443/");
  CHECK(setup.editor_name_address == "https://hgw-wall.local:8443/");
  CHECK(setup.setup_code == "4821 0937");
  // 09:00 UTC is 10:00 on the wall's clock.
  CHECK(setup.setup_code_until == "geldig tot 10:00");
  CHECK(setup.certificate_sha256 == waiting_for_password().certificate_sha256);
  CHECK(setup.editor_text.find("instelcode") != std::string::npos);
  CHECK(setup_of(&config, facts, {hgw::core::Language::en, {}}).setup_code_until ==
        "valid until 10:00");

  // Without avahi there is no name to give.
  facts.mdns_name.clear();
  CHECK(setup_of(&config, facts).editor_name_address.empty());

  // Past its time the code works no more: the wall says so instead of showing it.
  const auto late = setup_of(&config, facts, {}, "2026-11-30T10:00:00+01:00");
  CHECK(late.setup_code.empty());
  CHECK(late.setup_code_until.find("verlopen") != std::string::npos);

  // Once a password is set: no code, the address and fingerprint stay.
  facts.first_run = password_set();
  const auto ready = setup_of(&config, facts);
  CHECK(ready.editor == EditorStatus::ready);
  CHECK(ready.setup_code.empty());
  CHECK(ready.setup_code_until.empty());
  CHECK(ready.editor_address == "https://192.168.1.20:8443/");
  CHECK(ready.certificate_sha256 == password_set().certificate_sha256);
  CHECK(ready.problem == hgw::core::SetupProblem::no_content);
}

TEST_CASE("a password cleared over a filled-in board: the wall shows the setup code anyway") {
  // `wachtwoord-vergeten` clears the password of a school whose wall has data: the
  // code is on the setup page only, so the setup page is what the wall shows.
  const auto config = parsed("[source]\nurl = http://127.0.0.1:8080/api/board\n[board]\n");
  const auto decoded = hgw::core::load_document(hgw::core::demo_school_json());
  REQUIRE(decoded.document);
  const auto school = std::make_shared<const hgw::core::Document>(*decoded.document);
  hgw::core::SetupFacts facts;
  facts.addresses = {"192.168.1.20"};
  facts.first_run = waiting_for_password();
  const auto cleared = setup_of(&config, facts, {}, "2026-11-30T08:00:00+01:00", school);
  CHECK(cleared.shown);
  CHECK(cleared.problem == hgw::core::SetupProblem::no_password);
  CHECK(cleared.setup_code == "4821 0937");

  facts.first_run = password_set();
  CHECK_FALSE(setup_of(&config, facts, {}, "2026-11-30T08:00:00+01:00", school).shown);
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

  // The qemu image: a console whose only render node is virtio-gpu's.
  facts.present = hgw::core::choose_present_path(hgw::core::PresentChoice::automatic,
                                                 hgw::core::PresentProbe{false, {"virtio_gpu"}});
  CHECK(setup_of(nullptr, facts).present_text ==
        "framebuffer zonder GL (DRM): geen GPU-stuurprogramma (vc4/v3d)");

  facts.present = hgw::core::framebuffer_failed_on_console("/dev/dri/card0: drmSetMaster failed");
  CHECK(setup_of(nullptr, facts).present_text ==
        "KMSDRM met GL: het DRM-framebuffer kon niet worden geopend");
  CHECK(setup_of(nullptr, facts, {hgw::core::Language::en, std::nullopt}).present_text ==
        "KMSDRM with GL: the DRM framebuffer could not be opened");
}
