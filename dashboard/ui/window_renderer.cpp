#include "window_renderer.hpp"

#include <SDL.h>
#include <imgui.h>
#include <imgui_impl_sdlrenderer.h>

#include <algorithm>
#include <stdexcept>
#include <string>

namespace hgw::ui {
namespace {

std::runtime_error sdl_error(const std::string& what) {
  return std::runtime_error(what + ": " + SDL_GetError());
}

}  // namespace

WindowRenderer::WindowRenderer(const WindowOptions& options) {
  if (SDL_Init(SDL_INIT_VIDEO) != 0) throw sdl_error("cannot start SDL video");
  Uint32 flags = SDL_WINDOW_RESIZABLE;
  // FULLSCREEN_DESKTOP keeps the screen's own mode; plain FULLSCREEN may switch to
  // 640×480 on KMSDRM (PLATFORM.md).
  if (options.fullscreen) flags |= SDL_WINDOW_FULLSCREEN_DESKTOP;
  window_ = SDL_CreateWindow("HGW Dashboard", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED,
                             options.width, options.height, flags);
  if (window_ == nullptr) {
    const auto error = sdl_error("cannot open a window");
    SDL_Quit();
    throw error;
  }
  renderer_ = SDL_CreateRenderer(window_, -1, SDL_RENDERER_ACCELERATED | SDL_RENDERER_PRESENTVSYNC);
  if (renderer_ == nullptr) renderer_ = SDL_CreateRenderer(window_, -1, SDL_RENDERER_SOFTWARE);
  if (renderer_ == nullptr) {
    const auto error = sdl_error("cannot create a renderer");
    SDL_DestroyWindow(window_);
    SDL_Quit();
    throw error;
  }
  if (options.fullscreen) SDL_ShowCursor(SDL_DISABLE);

  imgui_ = ImGui::CreateContext();
  ImGui::SetCurrentContext(imgui_);
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.LogFilename = nullptr;
  // No widgets take input: the kiosk reads its few keys from SDL itself, so no
  // platform backend, and ImGui never touches the cursor.
  io.ConfigFlags |= ImGuiConfigFlags_NoMouseCursorChange;
  int width = 0;
  int height = 0;
  SDL_GetRendererOutputSize(renderer_, &width, &height);
  fonts_ = std::make_unique<FontSet>(*io.Fonts, height);
  ImGui_ImplSDLRenderer_Init(renderer_);
}

WindowRenderer::~WindowRenderer() {
  ImGui::SetCurrentContext(imgui_);
  ImGui_ImplSDLRenderer_Shutdown();
  fonts_.reset();
  ImGui::DestroyContext(imgui_);
  SDL_DestroyRenderer(renderer_);
  SDL_DestroyWindow(window_);
  SDL_Quit();
}

void WindowRenderer::reload_fonts_if_resized(int height) {
  if (height == fonts_->screen_height() || height <= 0) return;
  // Font sizes follow the screen height: a new height needs a new atlas.
  ImGui_ImplSDLRenderer_DestroyFontsTexture();
  fonts_.reset();
  fonts_ = std::make_unique<FontSet>(*ImGui::GetIO().Fonts, height);
}

void WindowRenderer::render(const FrameRequest& request) {
  ImGui::SetCurrentContext(imgui_);
  int width = 0;
  int height = 0;
  SDL_GetRendererOutputSize(renderer_, &width, &height);
  reload_fonts_if_resized(height);
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(static_cast<float>(width), static_cast<float>(height));
  io.DeltaTime = 1.0f / 60.0f;
  ImGui_ImplSDLRenderer_NewFrame();
  ImGui::NewFrame();
  draw_frame(*ImGui::GetBackgroundDrawList(), *fonts_, request, io.DisplaySize, nullptr);
  ImGui::Render();
  const ImU32 background = background_colour(*request.model);
  SDL_SetRenderDrawColor(renderer_, static_cast<Uint8>(background & 0xFF),
                         static_cast<Uint8>((background >> 8) & 0xFF),
                         static_cast<Uint8>((background >> 16) & 0xFF), 0xFF);
  SDL_RenderClear(renderer_);
  ImGui_ImplSDLRenderer_RenderDrawData(ImGui::GetDrawData());
  SDL_RenderPresent(renderer_);
}

namespace {

// Polls in steps instead of SDL_WaitEventTimeout: on KMSDRM (the Pi) and the
// offscreen driver that call degrades to a 1 ms poll, a thousand wake-ups a second
// (PLATFORM.md). Twenty a second keeps keys responsive and the CPU asleep; the
// kiosk's own wake-up source replaces this later.
constexpr int kPollStepMs = 50;

bool next_event(SDL_Event& event, int timeout_ms) {
  const Uint64 deadline = SDL_GetTicks64() + static_cast<Uint64>(std::max(0, timeout_ms));
  while (true) {
    if (SDL_PollEvent(&event) != 0) return true;
    const Uint64 now = SDL_GetTicks64();
    if (now >= deadline) return false;
    SDL_Delay(static_cast<Uint32>(std::min<Uint64>(kPollStepMs, deadline - now)));
  }
}

}  // namespace

WindowEvent WindowRenderer::wait(int timeout_ms) {
  SDL_Event event;
  if (!next_event(event, timeout_ms)) return WindowEvent::none;
  switch (event.type) {
    case SDL_QUIT:
      return WindowEvent::quit;
    case SDL_KEYDOWN:
      switch (event.key.keysym.sym) {
        case SDLK_ESCAPE:
        case SDLK_q:
          return WindowEvent::quit;
        case SDLK_RIGHT:
        case SDLK_SPACE:
          return WindowEvent::next_page;
        case SDLK_LEFT:
          return WindowEvent::previous_page;
        default:
          return WindowEvent::none;
      }
    case SDL_WINDOWEVENT:
      switch (event.window.event) {
        case SDL_WINDOWEVENT_EXPOSED:
        case SDL_WINDOWEVENT_SIZE_CHANGED:
        case SDL_WINDOWEVENT_RESTORED:
          return WindowEvent::redraw;
        default:
          return WindowEvent::none;
      }
    default:
      return WindowEvent::none;
  }
}

}  // namespace hgw::ui
