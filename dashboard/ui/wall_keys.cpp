#include "wall_keys.hpp"

#include <SDL_keycode.h>
#include <linux/input-event-codes.h>

#include <array>

namespace hgw::ui {
namespace {

struct KeyRow {
  WallKey key;
  std::int32_t sdl;
  unsigned evdev;
};

constexpr std::array<KeyRow, 6> kKeys{{
    {WallKey::quit, SDLK_ESCAPE, KEY_ESC},
    {WallKey::quit, SDLK_q, KEY_Q},
    {WallKey::next_page, SDLK_RIGHT, KEY_RIGHT},
    {WallKey::previous_page, SDLK_LEFT, KEY_LEFT},
    {WallKey::pause, SDLK_SPACE, KEY_SPACE},
    {WallKey::refetch, SDLK_r, KEY_R},
}};

}  // namespace

std::optional<WallKey> wall_key_for_sdl(std::int32_t keycode) {
  for (const KeyRow& row : kKeys) {
    if (row.sdl == keycode) return row.key;
  }
  return std::nullopt;
}

std::optional<WallKey> wall_key_for_evdev(unsigned code) {
  for (const KeyRow& row : kKeys) {
    if (row.evdev == code) return row.key;
  }
  return std::nullopt;
}

std::optional<WallKey> wall_key_for_evdev_event(unsigned type, unsigned code, int value) {
  if (type != EV_KEY || value != 1) return std::nullopt;
  return wall_key_for_evdev(code);
}

}  // namespace hgw::ui
