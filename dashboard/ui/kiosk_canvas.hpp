#pragma once
// The running wall's drawing on any SDL_Renderer (a window's or a memory
// surface's): pages are drawn into a target texture of the page's own size and
// copied to the screen turned by 0/90/180/270 degrees — KMSDRM cannot rotate and
// SDL2 ignores panel orientation (docs/ARCHITECTURE.md, "Platform facts"). The texture doubles as
// the cache of the finished frame: a frame whose key did not change is copied, not
// drawn, and one whose clock alone changed is drawn only where the clock is.
// An upright page on an output that keeps its pixels (a software renderer's
// surface) needs no texture: it is drawn straight onto the output, which is then
// itself the finished frame — one frame buffer less (8 MiB at 1080p) and no copy.

#include <cstdint>
#include <memory>

#include "fonts.hpp"
#include "frame.hpp"
#include "frame_update.hpp"

struct ImGuiContext;
struct SDL_Renderer;
struct SDL_Texture;

namespace hgw::ui {

// 0, 90, 180 or 270 degrees clockwise; anything else reads as 0.
int normal_rotation(int degrees);

class KioskCanvas {
 public:
  // `renderer` is borrowed and must outlive the canvas. Throws std::runtime_error
  // when the renderer cannot draw into textures, or FontLoadError.
  KioskCanvas(SDL_Renderer* renderer, int output_width, int output_height, int rotation);
  ~KioskCanvas();
  KioskCanvas(const KioskCanvas&) = delete;
  KioskCanvas& operator=(const KioskCanvas&) = delete;

  // The screen changed size: a new texture and fonts sized for it. Called with the
  // same size, a canvas drawing onto the output forgets its frame (a new surface).
  void resize(int output_width, int output_height);

  // Puts the frame on the output (not presented), drawing only what changed since
  // the last frame: nothing when `key` is the same (the finished frame is copied
  // again), the clock's region when only `key.clock` changed and the clock sits
  // where it sat, else the whole frame.
  FrameUpdate show(const FrameRequest& request, const FrameKey& key);
  // The same for whole frames only: draws when `key` changed; returns whether it drew.
  bool show(const FrameRequest& request, std::uint64_t key) {
    return show(request, FrameKey{key, 0}).change != FrameChange::none;
  }
  // How many parts the page of `request` takes at this canvas's page size.
  int part_count(const FrameRequest& request) const;
  // The output all black (the wall outside school hours); forgets the frame.
  void show_black();
  // Copies the finished frame again (after the window was exposed).
  void show_again();

  int page_width() const { return page_width_; }
  int page_height() const { return page_height_; }
  // Whether the output keeps its pixels between frames (a software renderer), so a
  // region of it can be put on screen alone; a GPU presents whole frames.
  bool output_keeps_pixels() const { return output_keeps_pixels_; }
  // Whether pages are drawn straight onto the output, with no page texture.
  bool draws_on_output() const { return page_ == nullptr; }

 private:
  void create_page(int output_width, int output_height);
  void release_page();
  // Draws the frame into the page texture (or onto the output when there is
  // none); with `only`, the pixels outside it are left as they are.
  void render(const FrameRequest& request, const PixelRect* only);
  void copy_to_output();
  struct Placement {
    float centre_x = 0;
    float centre_y = 0;
    PixelRect pixels;  // the output's pixels it covers
  };
  Placement placement(const PixelRect& area) const;
  PixelRect place_on_output(const PixelRect& area) const;
  // Copies the page's `area` to where it lies on the output; returns that place.
  PixelRect copy_area_to_output(const PixelRect& area);

  SDL_Renderer* renderer_;
  int rotation_;
  int output_width_ = 0;
  int output_height_ = 0;
  int page_width_ = 0;
  int page_height_ = 0;
  SDL_Texture* page_ = nullptr;  // null: drawn straight onto the output
  ImGuiContext* imgui_ = nullptr;
  std::unique_ptr<FontSet> fonts_;
  // A software renderer draws into memory that keeps its pixels between frames; a
  // GPU's back buffer does not, so there the whole page is copied every time.
  bool output_keeps_pixels_ = false;
  FrameKey drawn_key_;
  PixelRect drawn_clock_;  // where the drawn frame's clock is, on the page
  bool has_frame_ = false;
};

}  // namespace hgw::ui
