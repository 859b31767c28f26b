#include "kiosk_canvas.hpp"

#include <SDL.h>
#include <imgui.h>
#include <imgui_impl_sdlrenderer.h>

#include <stdexcept>
#include <string>

namespace hgw::ui {

int normal_rotation(int degrees) {
  return degrees == 90 || degrees == 180 || degrees == 270 ? degrees : 0;
}

KioskCanvas::KioskCanvas(SDL_Renderer* renderer, int output_width, int output_height, int rotation)
    : renderer_(renderer), rotation_(normal_rotation(rotation)) {
  if (SDL_RenderTargetSupported(renderer_) != SDL_TRUE) {
    throw std::runtime_error("the renderer cannot draw into textures");
  }
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
  page_ = SDL_CreateTexture(renderer_, SDL_PIXELFORMAT_ARGB8888, SDL_TEXTUREACCESS_TARGET,
                            page_width_, page_height_);
  if (page_ == nullptr) {
    throw std::runtime_error(std::string("cannot create the page texture: ") + SDL_GetError());
  }
  // Font sizes follow the page's short side: one atlas per size, built once here.
  fonts_ = std::make_unique<FontSet>(*ImGui::GetIO().Fonts, short_side(page_width_, page_height_));
  has_frame_ = false;
}

void KioskCanvas::release_page() {
  fonts_.reset();
  ImGui::GetIO().Fonts->Clear();
  if (page_ != nullptr) SDL_DestroyTexture(page_);
  page_ = nullptr;
  has_frame_ = false;
}

void KioskCanvas::resize(int output_width, int output_height) {
  if (output_width == output_width_ && output_height == output_height_) return;
  ImGui::SetCurrentContext(imgui_);
  // Textures freed before new ones are made: memory stays flat across changes.
  ImGui_ImplSDLRenderer_DestroyFontsTexture();
  release_page();
  create_page(output_width, output_height);
}

bool KioskCanvas::show(const FrameRequest& request, std::uint64_t key) {
  if (has_frame_ && key == drawn_key_) {
    copy_to_output();
    return false;
  }
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
  // pixels (20 MiB for a 2048² atlas) is never needed again until a resize.
  io.Fonts->ClearTexData();

  SDL_SetRenderTarget(renderer_, page_);
  const ImU32 background = background_colour(*request.model);
  SDL_SetRenderDrawColor(renderer_, static_cast<Uint8>(background & 0xFF),
                         static_cast<Uint8>((background >> 8) & 0xFF),
                         static_cast<Uint8>((background >> 16) & 0xFF), 0xFF);
  SDL_RenderClear(renderer_);
  ImGui_ImplSDLRenderer_RenderDrawData(ImGui::GetDrawData());
  SDL_SetRenderTarget(renderer_, nullptr);
  drawn_key_ = key;
  has_frame_ = true;
  copy_to_output();
  return true;
}

int KioskCanvas::part_count(const FrameRequest& request) const {
  return page_part_count(*fonts_, request,
                         ImVec2(static_cast<float>(page_width_), static_cast<float>(page_height_)));
}

void KioskCanvas::copy_to_output() {
  SDL_SetRenderDrawColor(renderer_, 0, 0, 0, 0xFF);
  SDL_RenderClear(renderer_);
  // The page's rectangle centred on the output; turned about its centre it covers
  // the output exactly (a portrait page on a landscape panel hung sideways).
  const SDL_Rect target{(output_width_ - page_width_) / 2, (output_height_ - page_height_) / 2,
                        page_width_, page_height_};
  SDL_RenderCopyEx(renderer_, page_, nullptr, &target, rotation_, nullptr, SDL_FLIP_NONE);
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
