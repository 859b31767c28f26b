#include "kiosk_canvas.hpp"

#include <SDL.h>
#include <imgui.h>
#include <imgui_impl_sdlrenderer.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

namespace hgw::ui {

namespace {

// Limits every draw command to `area` the way the backend would have clipped it:
// the backend sets each command's own clip rectangle on the renderer, truncated to
// whole pixels (imgui_impl_sdlrenderer.cpp), so that rectangle is computed here as
// the backend does and cut to `area` in whole pixels — inside `area` the pixels
// come out exactly as in a whole frame.
void clip_draw_data(ImDrawData& data, const PixelRect& area) {
  const float width = data.DisplaySize.x;
  const float height = data.DisplaySize.y;
  for (int list = 0; list < data.CmdListsCount; ++list) {
    for (ImDrawCmd& command : data.CmdLists[list]->CmdBuffer) {
      const float min_x = std::max(command.ClipRect.x - data.DisplayPos.x, 0.0f);
      const float min_y = std::max(command.ClipRect.y - data.DisplayPos.y, 0.0f);
      const float max_x = std::min(command.ClipRect.z - data.DisplayPos.x, width);
      const float max_y = std::min(command.ClipRect.w - data.DisplayPos.y, height);
      int x0 = 0;
      int y0 = 0;
      int x1 = 0;
      int y1 = 0;
      if (max_x > min_x && max_y > min_y) {
        x0 = std::max(static_cast<int>(min_x), area.x);
        y0 = std::max(static_cast<int>(min_y), area.y);
        x1 = std::min(static_cast<int>(min_x) + static_cast<int>(max_x - min_x), area.x + area.w);
        y1 = std::min(static_cast<int>(min_y) + static_cast<int>(max_y - min_y), area.y + area.h);
      }
      if (x1 <= x0 || y1 <= y0) x0 = y0 = x1 = y1 = 0;  // the backend skips an empty one
      command.ClipRect = ImVec4(
          data.DisplayPos.x + static_cast<float>(x0), data.DisplayPos.y + static_cast<float>(y0),
          data.DisplayPos.x + static_cast<float>(x1), data.DisplayPos.y + static_cast<float>(y1));
    }
  }
}

}  // namespace

int normal_rotation(int degrees) {
  return degrees == 90 || degrees == 180 || degrees == 270 ? degrees : 0;
}

KioskCanvas::KioskCanvas(SDL_Renderer* renderer, int output_width, int output_height, int rotation)
    : renderer_(renderer), rotation_(normal_rotation(rotation)) {
  if (SDL_RenderTargetSupported(renderer_) != SDL_TRUE) {
    throw std::runtime_error("the renderer cannot draw into textures");
  }
  SDL_RendererInfo info{};
  output_keeps_pixels_ =
      SDL_GetRendererInfo(renderer_, &info) == 0 && (info.flags & SDL_RENDERER_SOFTWARE) != 0;
  ImGuiContext* previous = ImGui::GetCurrentContext();
  imgui_ = ImGui::CreateContext();
  ImGui::SetCurrentContext(imgui_);
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.LogFilename = nullptr;
  // No platform backend: the kiosk reads its few keys from SDL itself, so ImGui
  // never touches the cursor (docs/ARCHITECTURE.md, "Platform facts").
  io.ConfigFlags |= ImGuiConfigFlags_NoMouseCursorChange;
  try {
    create_page(output_width, output_height);
  } catch (...) {
    ImGui::DestroyContext(imgui_);
    ImGui::SetCurrentContext(previous);
    throw;
  }
  ImGui_ImplSDLRenderer_Init(renderer_);
}

KioskCanvas::~KioskCanvas() {
  ImGui::SetCurrentContext(imgui_);
  ImGui_ImplSDLRenderer_Shutdown();
  release_page();
  ImGui::DestroyContext(imgui_);
  ImGui::SetCurrentContext(nullptr);
}

void KioskCanvas::create_page(int output_width, int output_height) {
  output_width_ = output_width;
  output_height_ = output_height;
  const bool sideways = rotation_ == 90 || rotation_ == 270;
  page_width_ = sideways ? output_height : output_width;
  page_height_ = sideways ? output_width : output_height;
  // Font sizes follow the page's short side: one atlas per size, built once here.
  fonts_ = std::make_unique<FontSet>(*ImGui::GetIO().Fonts, short_side(page_width_, page_height_));
  has_frame_ = false;
  // The output keeps the finished frame itself when nothing has to turn it.
  if (output_keeps_pixels_ && rotation_ == 0) return;
  page_ = SDL_CreateTexture(renderer_, SDL_PIXELFORMAT_ARGB8888, SDL_TEXTUREACCESS_TARGET,
                            page_width_, page_height_);
  if (page_ == nullptr) {
    throw std::runtime_error(std::string("cannot create the page texture: ") + SDL_GetError());
  }
}

void KioskCanvas::release_page() {
  fonts_.reset();
  ImGui::GetIO().Fonts->Clear();
  if (page_ != nullptr) SDL_DestroyTexture(page_);
  page_ = nullptr;
  has_frame_ = false;
}

void KioskCanvas::resize(int output_width, int output_height) {
  if (output_width == output_width_ && output_height == output_height_) {
    // A window's framebuffer is made anew on every size change, even to the same
    // size: the frame drawn onto the old one is gone, so the next show draws it.
    if (draws_on_output()) has_frame_ = false;
    return;
  }
  ImGui::SetCurrentContext(imgui_);
  // Textures freed before new ones are made: memory stays flat across changes.
  ImGui_ImplSDLRenderer_DestroyFontsTexture();
  release_page();
  create_page(output_width, output_height);
}

FrameUpdate KioskCanvas::show(const FrameRequest& request, const FrameKey& key) {
  if (has_frame_ && key == drawn_key_) {
    copy_to_output();  // nothing to copy when the output holds the frame itself
    return {FrameChange::none, {}};
  }
  const PixelRect clock = clock_pixels(
      *fonts_, request, ImVec2(static_cast<float>(page_width_), static_cast<float>(page_height_)));
  // The same content at another minute: the clock's pixels are all that differ,
  // unless the clock itself moved (a wider time pushes the school's name aside).
  if (has_frame_ && key.content == drawn_key_.content && !clock.empty() && clock == drawn_clock_) {
    render(request, &clock);
    drawn_key_ = key;
    if (draws_on_output() || !output_keeps_pixels_) {
      copy_to_output();  // a GPU's whole frame; nothing when the output is the page
      return {FrameChange::region, place_on_output(clock)};
    }
    return {FrameChange::region, copy_area_to_output(clock)};
  }
  render(request, nullptr);
  drawn_key_ = key;
  drawn_clock_ = clock;
  has_frame_ = true;
  copy_to_output();
  return {FrameChange::whole, {0, 0, output_width_, output_height_}};
}

void KioskCanvas::render(const FrameRequest& request, const PixelRect* only) {
  ImGui::SetCurrentContext(imgui_);
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(static_cast<float>(page_width_), static_cast<float>(page_height_));
  io.DeltaTime = 1.0f / 60.0f;
  // The wall has no widgets and draws straight into the background list, so one
  // frame is complete: there is no layout for ImGui to settle over a second one.
  ImGui_ImplSDLRenderer_NewFrame();
  ImGui::NewFrame();
  draw_frame(*ImGui::GetBackgroundDrawList(), *fonts_, request, io.DisplaySize, nullptr);
  ImGui::Render();
  // The backend has made its texture from the atlas by now; the CPU copy of the
  // pixels (20 MiB for a 2048² atlas) is never needed again until a resize, and
  // neither are the font files the atlas was baked from (one copy per role, 3.6 MiB
  // of DejaVu): a resize builds a new FontSet from the files on disk.
  io.Fonts->ClearTexData();
  io.Fonts->ClearInputData();

  if (page_ != nullptr) SDL_SetRenderTarget(renderer_, page_);
  const ImU32 background = background_colour(*request.model);
  SDL_SetRenderDrawColor(renderer_, static_cast<Uint8>(background & 0xFF),
                         static_cast<Uint8>((background >> 8) & 0xFF),
                         static_cast<Uint8>((background >> 16) & 0xFF), 0xFF);
  if (only == nullptr) {
    SDL_RenderClear(renderer_);
  } else {
    // The whole frame is laid out, and only `only` is touched: whatever reaches
    // into it (the clock, or anything beside it) is drawn as in a whole frame.
    clip_draw_data(*ImGui::GetDrawData(), *only);
    SDL_BlendMode blend = SDL_BLENDMODE_NONE;
    SDL_GetRenderDrawBlendMode(renderer_, &blend);
    SDL_SetRenderDrawBlendMode(renderer_, SDL_BLENDMODE_NONE);
    const SDL_Rect area{only->x, only->y, only->w, only->h};
    SDL_RenderFillRect(renderer_, &area);
    SDL_SetRenderDrawBlendMode(renderer_, blend);
  }
  ImGui_ImplSDLRenderer_RenderDrawData(ImGui::GetDrawData());
  if (page_ != nullptr) SDL_SetRenderTarget(renderer_, nullptr);
}

int KioskCanvas::part_count(const FrameRequest& request) const {
  return page_part_count(*fonts_, request,
                         ImVec2(static_cast<float>(page_width_), static_cast<float>(page_height_)));
}

void KioskCanvas::copy_to_output() {
  if (page_ == nullptr) return;  // the output is the page
  SDL_SetRenderDrawColor(renderer_, 0, 0, 0, 0xFF);
  SDL_RenderClear(renderer_);
  // The page's rectangle centred on the output; turned about its centre it covers
  // the output exactly (a portrait page on a landscape panel hung sideways).
  const SDL_Rect target{(output_width_ - page_width_) / 2, (output_height_ - page_height_) / 2,
                        page_width_, page_height_};
  SDL_RenderCopyEx(renderer_, page_, nullptr, &target, rotation_, nullptr, SDL_FLIP_NONE);
}

// Where the page's `area` lands on the output: the page is centred on the output
// and turned clockwise about its centre (copy_to_output).
KioskCanvas::Placement KioskCanvas::placement(const PixelRect& area) const {
  const float page_x = static_cast<float>((output_width_ - page_width_) / 2);
  const float page_y = static_cast<float>((output_height_ - page_height_) / 2);
  const float centre_x = page_x + static_cast<float>(page_width_) / 2;
  const float centre_y = page_y + static_cast<float>(page_height_) / 2;
  const float dx = page_x + static_cast<float>(area.x) + static_cast<float>(area.w) / 2 - centre_x;
  const float dy = page_y + static_cast<float>(area.y) + static_cast<float>(area.h) / 2 - centre_y;
  Placement place;
  switch (rotation_) {
    case 90:
      place.centre_x = centre_x - dy;
      place.centre_y = centre_y + dx;
      break;
    case 180:
      place.centre_x = centre_x - dx;
      place.centre_y = centre_y - dy;
      break;
    case 270:
      place.centre_x = centre_x + dy;
      place.centre_y = centre_y - dx;
      break;
    default:
      place.centre_x = centre_x + dx;
      place.centre_y = centre_y + dy;
      break;
  }
  const bool sideways = rotation_ == 90 || rotation_ == 270;
  const int width = sideways ? area.h : area.w;
  const int height = sideways ? area.w : area.h;
  const int x = static_cast<int>(std::lround(place.centre_x - static_cast<float>(width) / 2));
  const int y = static_cast<int>(std::lround(place.centre_y - static_cast<float>(height) / 2));
  const int x0 = std::max(0, x);
  const int y0 = std::max(0, y);
  place.pixels = {x0, y0, std::min(output_width_, x + width) - x0,
                  std::min(output_height_, y + height) - y0};
  return place;
}

PixelRect KioskCanvas::place_on_output(const PixelRect& area) const {
  return placement(area).pixels;
}

PixelRect KioskCanvas::copy_area_to_output(const PixelRect& area) {
  const Placement place = placement(area);
  const SDL_Rect source{area.x, area.y, area.w, area.h};
  // The unturned rectangle about the same centre: SDL turns it about its centre.
  const SDL_FRect target{place.centre_x - static_cast<float>(area.w) / 2,
                         place.centre_y - static_cast<float>(area.h) / 2,
                         static_cast<float>(area.w), static_cast<float>(area.h)};
  SDL_RenderCopyExF(renderer_, page_, &source, &target, rotation_, nullptr, SDL_FLIP_NONE);
  return place.pixels;
}

void KioskCanvas::show_again() {
  if (has_frame_) copy_to_output();
}

void KioskCanvas::show_black() {
  SDL_SetRenderDrawColor(renderer_, 0, 0, 0, 0xFF);
  SDL_RenderClear(renderer_);
  has_frame_ = false;
}

}  // namespace hgw::ui
