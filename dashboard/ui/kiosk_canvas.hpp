#pragma once
// The running wall's drawing on any SDL_Renderer (a window's or a memory
// surface's): pages are drawn into a target texture of the page's own size and
// copied to the screen turned by 0/90/180/270 degrees — KMSDRM cannot rotate and
// SDL2 ignores panel orientation (docs/ARCHITECTURE.md, "Platform facts"). The texture doubles as
// the cache of the finished frame: a frame whose key did not change is copied, not drawn.

#include <cstdint>
#include <memory>

#include "fonts.hpp"
#include "frame.hpp"

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

  // The screen changed size: a new texture and fonts sized for it.
  void resize(int output_width, int output_height);

  // Puts the frame on the output (not presented). Draws it only when `key`
  // differs from the last drawn frame's; returns whether it drew.
  bool show(const FrameRequest& request, std::uint64_t key);
  // How many parts the page of `request` takes at this canvas's page size.
  int part_count(const FrameRequest& request) const;
  // The output all black (the wall outside school hours); forgets the frame.
  void show_black();
  // Copies the finished frame again (after the window was exposed).
  void show_again();

  int page_width() const { return page_width_; }
  int page_height() const { return page_height_; }

 private:
  void create_page(int output_width, int output_height);
  void release_page();
  void copy_to_output();

  SDL_Renderer* renderer_;
  int rotation_;
  int output_width_ = 0;
  int output_height_ = 0;
  int page_width_ = 0;
  int page_height_ = 0;
  SDL_Texture* page_ = nullptr;
  ImGuiContext* imgui_ = nullptr;
  std::unique_ptr<FontSet> fonts_;
  std::uint64_t drawn_key_ = 0;
  bool has_frame_ = false;
};

}  // namespace hgw::ui
