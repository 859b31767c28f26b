#pragma once
// Which connector, mode and CRTC the console's DRM card lights up, chosen from plain
// structs describing what libdrm reported (ui/drm_output.cpp fills them), so the
// choice is tested without a DRM device.

#include <cstdint>
#include <string>
#include <vector>

namespace hgw::ui {

struct DrmModeFacts {
  int width = 0;
  int height = 0;
  int refresh = 0;         // Hz
  bool preferred = false;  // DRM_MODE_TYPE_PREFERRED: the screen's own (native) mode
};

struct DrmEncoderFacts {
  std::uint32_t id = 0;
  std::uint32_t crtc_id = 0;         // the CRTC it drives now, 0 when none
  std::uint32_t possible_crtcs = 0;  // bit i: the card's i-th CRTC can drive it
};

struct DrmConnectorFacts {
  std::uint32_t id = 0;
  std::string name;  // "HDMI-A-1", "Virtual-1", for the log
  bool connected = false;
  std::uint32_t encoder_id = 0;  // the encoder in use now, 0 when none
  std::vector<std::uint32_t> encoder_ids;
  std::vector<DrmModeFacts> modes;
};

struct DrmCardFacts {
  std::vector<std::uint32_t> crtc_ids;  // in the card's order: possible_crtcs counts in it
  std::vector<DrmEncoderFacts> encoders;
  std::vector<DrmConnectorFacts> connectors;
};

struct DrmOutputChoice {
  std::uint32_t connector_id = 0;
  std::string connector_name;
  std::size_t mode_index = 0;  // into that connector's modes
  DrmModeFacts mode;
  std::uint32_t crtc_id = 0;
};

// The first connected connector that has a mode; its preferred mode, else the
// largest (then the fastest); the CRTC its encoder drives now, else the first CRTC
// one of its encoders can drive. Throws std::runtime_error saying what is missing
// (no connected connector, no mode, no CRTC).
DrmOutputChoice choose_drm_output(const DrmCardFacts& card);

}  // namespace hgw::ui
