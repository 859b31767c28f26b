#pragma once
// The wall on a real screen: an SDL window (full screen on the Pi) with an
// SDL_Renderer and the same frame drawing as the headless renderer. It waits for
// events with a timeout instead of spinning; the kiosk decides when to draw.

#include <memory>

#include "fonts.hpp"
#include "frame.hpp"

struct ImGuiContext;
struct SDL_Renderer;
struct SDL_Window;

namespace hgw::ui {

enum class WindowEvent {
  none,           // the wait ended with nothing to react to
  quit,           // window closed, Esc or q
  redraw,         // exposed or resized: draw again
  next_page,      // → (for whoever stands in front of it with a keyboard)
  previous_page,  // ←
};

struct WindowOptions {
  bool fullscreen = false;
  int width = 1280;
  int height = 720;
};

class WindowRenderer {
 public:
  // Starts SDL's video subsystem and opens the window; throws std::runtime_error
  // (e.g. when there is no display) or FontLoadError.
  explicit WindowRenderer(const WindowOptions& options);
  ~WindowRenderer();
  WindowRenderer(const WindowRenderer&) = delete;
  WindowRenderer& operator=(const WindowRenderer&) = delete;

  void render(const FrameRequest& request);
  // Waits up to `timeout_ms` for something the kiosk must react to.
  WindowEvent wait(int timeout_ms);

 private:
  void reload_fonts_if_resized(int height);

  SDL_Window* window_ = nullptr;
  SDL_Renderer* renderer_ = nullptr;
  ImGuiContext* imgui_ = nullptr;
  std::unique_ptr<FontSet> fonts_;
};

}  // namespace hgw::ui
