#include "headless_renderer.hpp"

#include <SDL.h>
#include <imgui.h>
#include <imgui_impl_sdlrenderer.h>
#include <stb_image_write.h>  // implemented in Debian's libstb.so: no STB_IMAGE_WRITE_IMPLEMENTATION

#include <cstring>
#include <stdexcept>

namespace hgw::ui {

HeadlessRenderer::HeadlessRenderer(int width, int height)
    : width_(width), height_(height), target_(width, height, SDL_PIXELFORMAT_ABGR8888) {
  IMGUI_CHECKVERSION();
  ImGuiContext* previous = ImGui::GetCurrentContext();
  imgui_ = ImGui::CreateContext();
  ImGui::SetCurrentContext(imgui_);
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // a wall keeps no window positions
  io.LogFilename = nullptr;
  io.DisplaySize = ImVec2(static_cast<float>(width), static_cast<float>(height));
  try {
    fonts_ = std::make_unique<FontSet>(*io.Fonts, short_side(width, height));
  } catch (...) {
    ImGui::DestroyContext(imgui_);
    ImGui::SetCurrentContext(previous);
    throw;
  }
  ImGui_ImplSDLRenderer_Init(target_.renderer());
  ImGui::SetCurrentContext(previous);
}

HeadlessRenderer::~HeadlessRenderer() {
  ImGuiContext* previous = ImGui::GetCurrentContext();
  ImGui::SetCurrentContext(imgui_);
  ImGui_ImplSDLRenderer_Shutdown();
  fonts_.reset();
  ImGui::DestroyContext(imgui_);
  ImGui::SetCurrentContext(previous == imgui_ ? nullptr : previous);
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
  SDL_SetRenderDrawColor(target_.renderer(), static_cast<Uint8>(background & 0xFF),
                         static_cast<Uint8>((background >> 8) & 0xFF),
                         static_cast<Uint8>((background >> 16) & 0xFF), 0xFF);
  SDL_RenderClear(target_.renderer());
  ImGui_ImplSDLRenderer_RenderDrawData(ImGui::GetDrawData());
  // SDL batches render commands; the surface holds the frame only after a flush.
  SDL_RenderFlush(target_.renderer());
  ImGui::SetCurrentContext(previous);
}

int HeadlessRenderer::part_count(const FrameRequest& request) const {
  return page_part_count(*fonts_, request,
                         ImVec2(static_cast<float>(width_), static_cast<float>(height_)));
}

std::string HeadlessRenderer::encode_png() const {
  std::string png;
  const auto append = [](void* context, void* data, int size) {
    static_cast<std::string*>(context)->append(static_cast<const char*>(data),
                                               static_cast<std::size_t>(size));
  };
  if (stbi_write_png_to_func(append, &png, width_, height_, 4, target_.surface()->pixels,
                             target_.surface()->pitch) == 0) {
    return {};
  }
  return png;
}

bool HeadlessRenderer::write_png(const std::string& path) const {
  return stbi_write_png(path.c_str(), width_, height_, 4, target_.surface()->pixels,
                        target_.surface()->pitch) != 0;
}

std::uint32_t HeadlessRenderer::pixel(int x, int y) const {
  std::uint32_t value = 0;
  const auto* row =
      static_cast<const std::uint8_t*>(target_.surface()->pixels) + y * target_.surface()->pitch;
  std::memcpy(&value, row + x * 4, sizeof value);
  return value;
}

}  // namespace hgw::ui
