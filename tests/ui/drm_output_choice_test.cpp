// The console's DRM output chosen from what libdrm reported: which connector, mode
// and CRTC, and a clear error when there is no screen to light.

#include "ui/drm_output_choice.hpp"

#include <doctest/doctest.h>

#include <stdexcept>

using hgw::ui::choose_drm_output;
using hgw::ui::DrmCardFacts;
using hgw::ui::DrmConnectorFacts;

namespace {

// Two CRTCs (31, 32), two encoders: 41 can only use the second CRTC, 42 either.
DrmCardFacts two_outputs() {
  DrmCardFacts card;
  card.crtc_ids = {31, 32};
  card.encoders = {{41, 0, 0b10}, {42, 0, 0b11}};
  DrmConnectorFacts hdmi1{51, "HDMI-A-1", false, 0, {41}, {{1920, 1080, 60, true}}};
  DrmConnectorFacts hdmi2{
      52, "HDMI-A-2", true,
      0,  {41, 42},   {{1280, 720, 60, false}, {1920, 1080, 50, true}, {3840, 2160, 30, false}}};
  card.connectors = {hdmi1, hdmi2};
  return card;
}

}  // namespace

TEST_CASE("drm output: the first connected connector, its preferred mode") {
  const auto choice = choose_drm_output(two_outputs());
  CHECK(choice.connector_id == 52);
  CHECK(choice.connector_name == "HDMI-A-2");
  // Preferred wins over the larger 4K mode: it is the screen's own.
  CHECK(choice.mode_index == 1);
  CHECK(choice.mode.width == 1920);
  CHECK(choice.mode.refresh == 50);
  // No encoder drives a CRTC yet: encoder 41's only possible CRTC, the second.
  CHECK(choice.crtc_id == 32);
}

TEST_CASE("drm output: without a preferred mode, the largest, then the fastest") {
  DrmCardFacts card = two_outputs();
  card.connectors[1].modes = {{1280, 720, 60, false},
                              {1920, 1080, 30, false},
                              {1920, 1080, 60, false},
                              {1024, 768, 75, false}};
  const auto choice = choose_drm_output(card);
  CHECK(choice.mode_index == 2);
  CHECK(choice.mode.height == 1080);
  CHECK(choice.mode.refresh == 60);
}

TEST_CASE("drm output: the CRTC the console already uses is kept") {
  DrmCardFacts card = two_outputs();
  card.encoders[1].crtc_id = 31;
  card.connectors[1].encoder_id = 42;
  CHECK(choose_drm_output(card).crtc_id == 31);
  // An encoder in use that drives nothing falls back to the possible CRTCs.
  card.encoders[1].crtc_id = 0;
  CHECK(choose_drm_output(card).crtc_id == 32);
}

TEST_CASE("drm output: no screen to light is a clear error") {
  DrmCardFacts card = two_outputs();
  card.connectors[1].connected = false;
  CHECK_THROWS_WITH_AS(choose_drm_output(card),
                       "no connected screen (2 connector(s), none connected)", std::runtime_error);
  CHECK_THROWS_AS(choose_drm_output(DrmCardFacts{}), std::runtime_error);

  card.connectors[1].connected = true;
  card.connectors[1].modes.clear();
  CHECK_THROWS_WITH_AS(choose_drm_output(card), "the connected screen reports no mode",
                       std::runtime_error);

  card = two_outputs();
  card.encoders = {{41, 0, 0}, {42, 0, 0b100}};  // a CRTC beyond the card's two
  CHECK_THROWS_WITH_AS(choose_drm_output(card), "no CRTC can drive connector HDMI-A-2",
                       std::runtime_error);
}
