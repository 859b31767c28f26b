#include <SDL.h>

#include <stdexcept>

#include "console_key_mute.hpp"
#include "console_keyboards.hpp"
#include "drm_output.hpp"
#include "kiosk_canvas.hpp"
#include "kiosk_screen.hpp"
#include "pitched_rows.hpp"

namespace hgw::ui {
namespace {

// SDL's ARGB8888 is a 32-bit value; on a little-endian CPU its bytes lie as DRM's
// XRGB8888 wants them (B, G, R, X), so rows are copied as they are.
static_assert(SDL_BYTEORDER == SDL_LIL_ENDIAN, "the frame's bytes are copied as XRGB8888");

// A console without GL: each frame is drawn in software into a surface of the
// screen's mode and copied into a DRM dumb buffer, which is then flipped on screen.
class DrmScreen final : public KioskScreen {
 public:
  explicit DrmScreen(int rotation)
      : target_(output_.width(), output_.height(), SDL_PIXELFORMAT_ARGB8888),
        canvas_(std::make_unique<KioskCanvas>(target_.renderer(), output_.width(), output_.height(),
                                              rotation)) {}

  bool show(const FrameRequest& request, std::uint64_t key) override {
    return show_frame(request, FrameKey{key, 0}).change != FrameChange::none;
  }
  // On a minute tick the canvas draws only the clock's region; the dumb buffer
  // still gets the whole surface, because the back buffer holds the frame before
  // last (two buffers flipped): a region alone would bring an older page back.
  // That costs a copy of the pixels, not a drawing of them.
  FrameUpdate show_frame(const FrameRequest& request, const FrameKey& key) override {
    // The frame on screen is the one asked for: the buffers are left alone.
    if (shown_ && key == shown_key_) return {};
    const FrameUpdate update = canvas_->show(request, key);
    // SDL batches render commands; the surface holds the frame only after a flush.
    SDL_RenderFlush(target_.renderer());
    const SDL_Surface& surface = *target_.surface();
    copy_pixel_rows(static_cast<const std::uint8_t*>(surface.pixels),
                    static_cast<std::size_t>(surface.pitch), output_.back_buffer(), row_bytes(),
                    surface.h);
    output_.present();
    shown_ = true;
    shown_key_ = key;
    black_ = false;
    return update;
  }
  int part_count(const FrameRequest& request) const override {
    return canvas_->part_count(request);
  }
  void show_black() override {
    if (black_) return;
    // The canvas forgets its frame, so the next show() draws one.
    canvas_->show_black();
    fill_pixel_rows(output_.back_buffer(), row_bytes(), output_.height(), 0);
    output_.present();
    black_ = true;
    shown_ = false;
  }
  std::vector<WallKey> take_keys() override { return keyboards_.take_keys(); }
  bool has_input() const override { return !keyboards_.empty(); }
  std::vector<int> input_fds() const override { return keyboards_.fds(); }

  std::string description() const { return output_.description(); }

 private:
  std::size_t row_bytes() const { return static_cast<std::size_t>(output_.width()) * 4; }

  DrmOutput output_;
  SoftwareTarget target_;
  std::unique_ptr<KioskCanvas> canvas_;  // after target_: destroyed before it
  ConsoleKeyboards keyboards_;
  ConsoleKeyMute mute_;
  bool shown_ = false;
  FrameKey shown_key_;
  bool black_ = false;
};

}  // namespace

OpenedScreen open_drm_screen(int rotation) {
  auto screen = std::make_unique<DrmScreen>(rotation);
  std::string description = screen->description();
  return {std::move(screen), std::move(description)};
}

}  // namespace hgw::ui
