#include "drm_output_choice.hpp"

#include <algorithm>
#include <stdexcept>

namespace hgw::ui {
namespace {

std::size_t choose_mode(const std::vector<DrmModeFacts>& modes) {
  const auto preferred = std::find_if(modes.begin(), modes.end(),
                                      [](const DrmModeFacts& mode) { return mode.preferred; });
  if (preferred != modes.end()) return static_cast<std::size_t>(preferred - modes.begin());
  // No mode marked as the screen's own (some virtual outputs, EDID-less adapters):
  // the most pixels, so nothing is scaled down for no reason.
  const auto largest = std::max_element(
      modes.begin(), modes.end(), [](const DrmModeFacts& a, const DrmModeFacts& b) {
        const long a_pixels = static_cast<long>(a.width) * a.height;
        const long b_pixels = static_cast<long>(b.width) * b.height;
        if (a_pixels != b_pixels) return a_pixels < b_pixels;
        return a.refresh < b.refresh;
      });
  return static_cast<std::size_t>(largest - modes.begin());
}

const DrmEncoderFacts* find_encoder(const DrmCardFacts& card, std::uint32_t id) {
  const auto found =
      std::find_if(card.encoders.begin(), card.encoders.end(),
                   [id](const DrmEncoderFacts& encoder) { return encoder.id == id; });
  return found != card.encoders.end() ? &*found : nullptr;
}

std::uint32_t choose_crtc(const DrmCardFacts& card, const DrmConnectorFacts& connector) {
  // What already drives the screen (the text console's mode) keeps doing so.
  if (connector.encoder_id != 0) {
    const DrmEncoderFacts* current = find_encoder(card, connector.encoder_id);
    if (current != nullptr && current->crtc_id != 0) return current->crtc_id;
  }
  for (const std::uint32_t encoder_id : connector.encoder_ids) {
    const DrmEncoderFacts* encoder = find_encoder(card, encoder_id);
    if (encoder == nullptr) continue;
    for (std::size_t index = 0; index < card.crtc_ids.size() && index < 32; ++index) {
      if ((encoder->possible_crtcs >> index & 1U) != 0) return card.crtc_ids[index];
    }
  }
  return 0;
}

}  // namespace

DrmOutputChoice choose_drm_output(const DrmCardFacts& card) {
  const auto connector = std::find_if(
      card.connectors.begin(), card.connectors.end(),
      [](const DrmConnectorFacts& each) { return each.connected && !each.modes.empty(); });
  if (connector == card.connectors.end()) {
    const bool any_connected =
        std::any_of(card.connectors.begin(), card.connectors.end(),
                    [](const DrmConnectorFacts& each) { return each.connected; });
    throw std::runtime_error(any_connected ? "the connected screen reports no mode"
                                           : "no connected screen (" +
                                                 std::to_string(card.connectors.size()) +
                                                 " connector(s), none connected)");
  }
  DrmOutputChoice choice;
  choice.connector_id = connector->id;
  choice.connector_name = connector->name;
  choice.mode_index = choose_mode(connector->modes);
  choice.mode = connector->modes[choice.mode_index];
  choice.crtc_id = choose_crtc(card, *connector);
  if (choice.crtc_id == 0) {
    throw std::runtime_error("no CRTC can drive connector " + connector->name);
  }
  return choice;
}

}  // namespace hgw::ui
