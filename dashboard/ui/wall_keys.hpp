#pragma once
// The few keys the wall answers to, in one table for both ways input arrives:
// SDL's key events (a window) and the kernel's evdev key codes (the console's DRM
// path, which runs without SDL video). A key means the same on both.

#include <cstdint>
#include <optional>

namespace hgw::ui {

// What whoever stands in front of the wall with a keyboard can ask for.
// `quit` is q or Esc (honoured only when the config allows it); `close` is the
// window being closed, which always ends a kiosk that has a window to close.
enum class WallKey { quit, close, next_page, previous_page, pause, refetch, exposed };

// SDL_Keycode (SDLK_q, SDLK_RIGHT, …) of an SDL_KEYDOWN event.
std::optional<WallKey> wall_key_for_sdl(std::int32_t keycode);
// An evdev key code (KEY_Q, KEY_RIGHT, …, linux/input-event-codes.h). evdev codes
// name a key's place on a US layout, SDL's keycodes its letter: the same on the
// QWERTY keyboards of Dutch schools.
std::optional<WallKey> wall_key_for_evdev(unsigned code);

// One evdev event (struct input_event's type, code, value): a key pressed (value 1)
// that the wall knows. Releases (0) and auto-repeats (2) ask for nothing: holding
// the arrow down turns one page, not twenty.
std::optional<WallKey> wall_key_for_evdev_event(unsigned type, unsigned code, int value);

}  // namespace hgw::ui
