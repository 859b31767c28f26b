#include <SDL.h>
#include <SDL_syswm.h>

#include <cstdlib>
#include <cstring>
#include <optional>
#include <stdexcept>
#include <string>

#include "console_keyboards.hpp"
#include "kiosk_canvas.hpp"
#include "kiosk_screen.hpp"

namespace hgw::ui {
namespace {

std::runtime_error sdl_error(const std::string& what) {
  return std::runtime_error(what + ": " + SDL_GetError());
}

class WindowScreen final : public KioskScreen {
 public:
  explicit WindowScreen(const WindowScreenOptions& options);
  ~WindowScreen() override;
  WindowScreen(const WindowScreen&) = delete;
  WindowScreen& operator=(const WindowScreen&) = delete;

  bool show(const FrameRequest& request, std::uint64_t key) override {
    return show_frame(request, FrameKey{key, 0}).change != FrameChange::none;
  }
  FrameUpdate show_frame(const FrameRequest& request, const FrameKey& key) override;
  int part_count(const FrameRequest& request) const override {
    return canvas_->part_count(request);
  }
  void show_black() override {
    canvas_->show_black();
    SDL_RenderPresent(renderer_);
  }
  std::vector<WallKey> take_keys() override;
  bool has_input() const override { return polled_input_ || !input_fds().empty(); }
  std::vector<int> input_fds() const override {
    // A console's keyboards, opened a second time next to SDL's own evdev reading
    // so the loop can sleep on them: readable means SDL has input to pump.
    if (keyboards_) return keyboards_->fds();
    return x11_fd_ ? std::vector<int>{*x11_fd_} : std::vector<int>{};
  }
  bool input_pending() override {
    SDL_PumpEvents();
    return SDL_HasEvents(SDL_FIRSTEVENT, SDL_LASTEVENT) == SDL_TRUE;
  }

 private:
  void find_input(const char* driver);

  std::optional<int> x11_fd_;                    // the X connection, SDL's
  std::unique_ptr<ConsoleKeyboards> keyboards_;  // console only: ours to drain
  bool polled_input_ = false;  // input without a descriptor: looked at on an interval
  SDL_Window* window_ = nullptr;
  SDL_Renderer* renderer_ = nullptr;
  bool exposed_ = false;  // since the last frame was presented
  std::unique_ptr<KioskCanvas> canvas_;
};

FrameUpdate WindowScreen::show_frame(const FrameRequest& request, const FrameKey& key) {
  const FrameUpdate update = canvas_->show(request, key);
  // After an expose the window's other pixels are gone from the screen too.
  // SDL's software renderer draws into the window's surface (the no-GL path): a
  // region of it can be put on screen alone.
  if (update.change == FrameChange::region && canvas_->output_keeps_pixels() && !exposed_) {
    // What SDL_RenderPresent does for a software renderer, for the clock's pixels
    // only: under X11 one XShmPutImage of that rectangle instead of the whole frame.
    SDL_RenderFlush(renderer_);
    const SDL_Rect region{update.region.x, update.region.y, update.region.w, update.region.h};
    SDL_UpdateWindowSurfaceRects(window_, &region, 1);
  } else {
    SDL_RenderPresent(renderer_);
  }
  exposed_ = false;
  return update;
}

WindowScreen::WindowScreen(const WindowScreenOptions& options) {
  // The kiosk handles SIGTERM/SIGINT itself (a signal thread wakes its loop); SDL's
  // own handlers would turn them into SDL_QUIT events nobody may be polling for.
  SDL_SetHint(SDL_HINT_NO_SIGNAL_HANDLERS, "1");
  // Without this SDL puts even a software renderer's frames on screen through a
  // GL texture, which maps mesa and libLLVM (docs/ARCHITECTURE.md, "Platform facts").
  if (!options.gpu) SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
  if (SDL_Init(SDL_INIT_VIDEO) != 0) throw sdl_error("cannot start SDL video");
  const char* driver = SDL_GetCurrentVideoDriver();
  // Debian's SDL has no legacy rpi driver, so KMSDRM does not default to GLES:
  // ask for the renderer that uses it (docs/ARCHITECTURE.md, "Platform facts"), unless the caller
  // chose one.
  if (driver != nullptr && std::strcmp(driver, "KMSDRM") == 0 &&
      std::getenv("SDL_RENDER_DRIVER") == nullptr) {
    SDL_SetHint(SDL_HINT_RENDER_DRIVER, "opengles2");
  }
  const int displays = SDL_GetNumVideoDisplays();
  const int display = options.display_index < displays ? options.display_index : 0;
  Uint32 flags = SDL_WINDOW_RESIZABLE;
  int width = options.width;
  int height = options.height;
  // FULLSCREEN_DESKTOP keeps the screen's own mode; plain FULLSCREEN may switch to
  // 640×480 on KMSDRM (docs/ARCHITECTURE.md, "Platform facts").
  if (options.fullscreen) {
    flags |= SDL_WINDOW_FULLSCREEN_DESKTOP;
    // Opened at the screen's size: an X server with no window manager (a bare
    // xinit kiosk, Xvfb) never grows the window to full screen, while SDL draws
    // the whole screen's pixels into it — the page showed cropped.
    SDL_Rect bounds{};
    if (SDL_GetDisplayBounds(display, &bounds) == 0) {
      width = bounds.w;
      height = bounds.h;
    }
  }
  window_ = SDL_CreateWindow("HGW Dashboard", SDL_WINDOWPOS_CENTERED_DISPLAY(display),
                             SDL_WINDOWPOS_CENTERED_DISPLAY(display), width, height, flags);
  if (window_ == nullptr) {
    const auto error = sdl_error("cannot open a window");
    SDL_Quit();
    throw error;
  }
  if (options.gpu) {
    renderer_ =
        SDL_CreateRenderer(window_, -1, SDL_RENDERER_ACCELERATED | SDL_RENDERER_TARGETTEXTURE);
  }
  if (renderer_ == nullptr) {
    renderer_ = SDL_CreateRenderer(window_, -1, SDL_RENDERER_SOFTWARE | SDL_RENDERER_TARGETTEXTURE);
  }
  if (renderer_ == nullptr) {
    const auto error = sdl_error("cannot create a renderer");
    SDL_DestroyWindow(window_);
    SDL_Quit();
    throw error;
  }
  find_input(driver);
  // Nobody uses a mouse on the wall; on a laptop the pointer stays for trying things.
  if (options.fullscreen) SDL_ShowCursor(SDL_DISABLE);
  SDL_GetRendererOutputSize(renderer_, &width, &height);
  try {
    canvas_ = std::make_unique<KioskCanvas>(renderer_, width, height, options.rotation);
  } catch (...) {
    SDL_DestroyRenderer(renderer_);
    SDL_DestroyWindow(window_);
    SDL_Quit();
    throw;
  }
}

void WindowScreen::find_input(const char* driver) {
  const std::string name = driver != nullptr ? driver : "";
  if (name == "x11") {
    SDL_SysWMinfo info;
    SDL_VERSION(&info.version);
    if (SDL_GetWindowWMInfo(window_, &info) == SDL_TRUE && info.subsystem == SDL_SYSWM_X11) {
      x11_fd_ = ConnectionNumber(info.info.x11.display);
      return;
    }
  } else if (name == "KMSDRM") {
    // No keyboard attached: nothing to watch, and nothing is polled.
    keyboards_ = std::make_unique<ConsoleKeyboards>();
    return;
  }
  polled_input_ = true;
}

WindowScreen::~WindowScreen() {
  keyboards_.reset();
  canvas_.reset();
  SDL_DestroyRenderer(renderer_);
  SDL_DestroyWindow(window_);
  SDL_Quit();
}

std::vector<WallKey> WindowScreen::take_keys() {
  if (keyboards_) keyboards_->drain();
  std::vector<WallKey> keys;
  SDL_Event event;
  while (SDL_PollEvent(&event) != 0) {
    if (event.type == SDL_QUIT) keys.push_back(WallKey::close);
    if (event.type == SDL_KEYDOWN) {
      if (const auto key = wall_key_for_sdl(event.key.keysym.sym)) keys.push_back(*key);
    }
    if (event.type == SDL_WINDOWEVENT) {
      if (event.window.event == SDL_WINDOWEVENT_SIZE_CHANGED) {
        int width = 0;
        int height = 0;
        SDL_GetRendererOutputSize(renderer_, &width, &height);
        canvas_->resize(width, height);
        keys.push_back(WallKey::exposed);
        exposed_ = true;
      } else if (event.window.event == SDL_WINDOWEVENT_EXPOSED ||
                 event.window.event == SDL_WINDOWEVENT_RESTORED) {
        keys.push_back(WallKey::exposed);
        exposed_ = true;
      }
    }
  }
  return keys;
}

}  // namespace

std::unique_ptr<KioskScreen> open_window_screen(const WindowScreenOptions& options) {
  return std::make_unique<WindowScreen>(options);
}

}  // namespace hgw::ui
