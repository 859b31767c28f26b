#pragma once
// Where the running wall shows its frames: a window (full screen on the Pi), a
// console's DRM dumb buffers (no GL), or a memory surface (headless runs: tests,
// the benchmark, machines with no display). All draw through a KioskCanvas, so
// rotation and frame reuse are the same.

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "frame.hpp"
#include "frame_update.hpp"
#include "software_target.hpp"
#include "wall_keys.hpp"

struct SDL_Renderer;
struct SDL_Surface;
struct SDL_Window;

namespace hgw::ui {

class KioskCanvas;

class KioskScreen {
 public:
  virtual ~KioskScreen() = default;
  // Shows the frame (drawing it only when `key` changed) and presents it;
  // returns whether it was drawn.
  virtual bool show(const FrameRequest& request, std::uint64_t key) = 0;
  // Shows the frame drawing only what changed — nothing for the same key, the
  // clock's region when only `key.clock` changed — and presents what it drew
  // (all of it after FrameChange::none: the window may have been exposed).
  // Returns what it drew. A screen that draws only whole frames keeps this one.
  virtual FrameUpdate show_frame(const FrameRequest& request, const FrameKey& key) {
    return {show(request, key.combined()) ? FrameChange::whole : FrameChange::none, {}};
  }
  // How many parts the page of `request` takes on this screen (frame.hpp).
  virtual int part_count(const FrameRequest& request) const = 0;
  // All black and presented: the wall outside school hours.
  virtual void show_black() = 0;
  // The input that arrived since the last call; never waits.
  virtual std::vector<WallKey> take_keys() = 0;
  // Whether take_keys can ever return anything (a memory surface has no keyboard).
  virtual bool has_input() const = 0;
  // What becomes readable when input arrives (the X11 connection, a console's
  // keyboards), for the loop's poll(). Empty while has_input(): input has to be
  // looked at on an interval (Wayland: no descriptor taken from SDL yet).
  virtual std::vector<int> input_fds() const { return {}; }
  // Input already read off its descriptor into a queue (while presenting), which
  // poll() would not see.
  virtual bool input_pending() { return false; }
};

struct WindowScreenOptions {
  bool fullscreen = false;
  int display_index = 0;  // which screen, when there are two
  int rotation = 0;
  // false: SDL's software renderer straight into the window's framebuffer, with
  // no GL context at all (no mesa, no LLVM mapped: core/present_path.hpp).
  bool gpu = true;
  int width = 1280;  // a window's size on a laptop; full screen takes the display's
  int height = 720;
};

// Starts SDL video and opens the window; throws std::runtime_error when there is
// no display, or FontLoadError.
std::unique_ptr<KioskScreen> open_window_screen(const WindowScreenOptions& options);

struct OpenedScreen {
  std::unique_ptr<KioskScreen> screen;
  std::string description;  // what it shows on, for the log
};

// A console without GL (ui/drm_screen.cpp): frames drawn in software on DRM/KMS dumb
// buffers, keys read from evdev; SDL video is never started. Throws
// std::runtime_error naming the device and the call that failed, or FontLoadError.
OpenedScreen open_drm_screen(int rotation);

// Headless: SDL's software renderer on a surface in memory; SDL video is never started.
class MemoryScreen final : public KioskScreen {
 public:
  MemoryScreen(int width, int height, int rotation);
  ~MemoryScreen() override;  // where KioskCanvas is complete
  MemoryScreen(const MemoryScreen&) = delete;
  MemoryScreen& operator=(const MemoryScreen&) = delete;

  bool show(const FrameRequest& request, std::uint64_t key) override;
  FrameUpdate show_frame(const FrameRequest& request, const FrameKey& key) override;
  int part_count(const FrameRequest& request) const override;
  void show_black() override;
  std::vector<WallKey> take_keys() override { return {}; }
  bool has_input() const override { return false; }

  int width() const;
  int height() const;
  // The output's pixel at (x, y) as 0xAARRGGBB.
  std::uint32_t pixel(int x, int y) const;
  bool write_png(const char* path) const;

 private:
  SoftwareTarget target_;
  std::unique_ptr<KioskCanvas> canvas_;  // after target_: destroyed before it
};

}  // namespace hgw::ui
