#include "headless_renderer.hpp"

#include <SDL.h>
#include <imgui.h>
#include <imgui_impl_sdlrenderer.h>
#include <stb_image_write.h>  // implemented in Debian's libstb.so: no STB_IMAGE_WRITE_IMPLEMENTATION

#include <cstring>
#include <stdexcept>

namespace hgw::ui {

HeadlessRenderer::HeadlessRenderer(int width, int height) : width_(width), height_(height) {
  if (width <= 0 || height <= 0) throw std::runtime_error("screen size must be positive");
  // ABGR8888 is R, G, B, A in memory on little and big endian alike: what PNG wants.
  surface_ = SDL_CreateRGBSurfaceWithFormat(0, width, height, 32, SDL_PIXELFORMAT_ABGR8888);
  if (surface_ == nullptr) {
    throw std::runtime_error(std::string("cannot create surface: ") + SDL_GetError());
  }
  renderer_ = SDL_CreateSoftwareRenderer(surface_);
  if (renderer_ == nullptr) {
    SDL_FreeSurface(surface_);
    throw std::runtime_error(std::string("cannot create software renderer: ") + SDL_GetError());
  }
  IMGUI_CHECKVERSION();
  ImGuiContext* previous = ImGui::GetCurrentContext();
  imgui_ = ImGui::CreateContext();
  ImGui::SetCurrentContext(imgui_);
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // a wall keeps no window positions
  io.LogFilename = nullptr;
  io.DisplaySize = ImVec2(static_cast<float>(width), static_cast<float>(height));
  try {
    fonts_ = std::make_unique<FontSet>(*io.Fonts, height);
  } catch (...) {
    ImGui::DestroyContext(imgui_);
    ImGui::SetCurrentContext(previous);
    SDL_DestroyRenderer(renderer_);
    SDL_FreeSurface(surface_);
    throw;
  }
  ImGui_ImplSDLRenderer_Init(renderer_);
  ImGui::SetCurrentContext(previous);
}

HeadlessRenderer::~HeadlessRenderer() {
  ImGuiContext* previous = ImGui::GetCurrentContext();
  ImGui::SetCurrentContext(imgui_);
  ImGui_ImplSDLRenderer_Shutdown();
  fonts_.reset();
  ImGui::DestroyContext(imgui_);
  ImGui::SetCurrentContext(previous == imgui_ ? nullptr : previous);
  SDL_DestroyRenderer(renderer_);
  SDL_FreeSurface(surface_);
}

void HeadlessRenderer::render(const FrameRequest& request, FrameRecord* record) {
  ImGuiContext* previous = ImGui::GetCurrentContext();
  ImGui::SetCurrentContext(imgui_);
  ImGuiIO& io = ImGui::GetIO();
  // No platform backend: the size and the time step are set by hand.
  io.DisplaySize = ImVec2(static_cast<float>(width_), static_cast<float>(height_));
  io.DeltaTime = 1.0f / 60.0f;
  ImGui_ImplSDLRenderer_NewFrame();
  ImGui::NewFrame();
  if (record != nullptr) record->clear();
  draw_frame(*ImGui::GetBackgroundDrawList(), *fonts_, request, io.DisplaySize, record);
  ImGui::Render();

  const ImU32 background = background_colour(*request.model);
  SDL_SetRenderDrawColor(renderer_, static_cast<Uint8>(background & 0xFF),
                         static_cast<Uint8>((background >> 8) & 0xFF),
                         static_cast<Uint8>((background >> 16) & 0xFF), 0xFF);
  SDL_RenderClear(renderer_);
  ImGui_ImplSDLRenderer_RenderDrawData(ImGui::GetDrawData());
  // SDL batches render commands; the surface holds the frame only after a flush.
  SDL_RenderFlush(renderer_);
  ImGui::SetCurrentContext(previous);
}

bool HeadlessRenderer::write_png(const std::string& path) const {
  return stbi_write_png(path.c_str(), width_, height_, 4, surface_->pixels, surface_->pitch) != 0;
}

std::uint32_t HeadlessRenderer::pixel(int x, int y) const {
  std::uint32_t value = 0;
  const auto* row = static_cast<const std::uint8_t*>(surface_->pixels) + y * surface_->pitch;
  std::memcpy(&value, row + x * 4, sizeof value);
  return value;
}

}  // namespace hgw::ui
