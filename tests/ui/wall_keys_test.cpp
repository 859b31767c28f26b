// The wall's keys mean the same from SDL (a window) and from evdev (the console's
// DRM path); a device counts as a keyboard only with letters.

#include "ui/wall_keys.hpp"

#include <SDL_keycode.h>
#include <doctest/doctest.h>
#include <linux/input-event-codes.h>

#include "ui/console_keyboards.hpp"

using hgw::ui::WallKey;

TEST_CASE("wall keys: SDL and evdev agree key by key") {
  const struct {
    int sdl;
    unsigned evdev;
    WallKey key;
  } rows[] = {
      {SDLK_ESCAPE, KEY_ESC, WallKey::quit},       {SDLK_q, KEY_Q, WallKey::quit},
      {SDLK_RIGHT, KEY_RIGHT, WallKey::next_page}, {SDLK_LEFT, KEY_LEFT, WallKey::previous_page},
      {SDLK_SPACE, KEY_SPACE, WallKey::pause},     {SDLK_r, KEY_R, WallKey::refetch}};
  for (const auto& row : rows) {
    CAPTURE(row.evdev);
    CHECK(hgw::ui::wall_key_for_sdl(row.sdl) == row.key);
    CHECK(hgw::ui::wall_key_for_evdev(row.evdev) == row.key);
  }
  CHECK_FALSE(hgw::ui::wall_key_for_sdl(SDLK_a).has_value());
  CHECK_FALSE(hgw::ui::wall_key_for_evdev(KEY_A).has_value());
  // evdev's KEY_Q (16) is not SDL's 'q' (113): the two tables are not one.
  CHECK_FALSE(hgw::ui::wall_key_for_sdl(KEY_Q).has_value());
}

TEST_CASE("wall keys: an evdev event asks for something only when a key goes down") {
  CHECK(hgw::ui::wall_key_for_evdev_event(EV_KEY, KEY_RIGHT, 1) == WallKey::next_page);
  CHECK_FALSE(hgw::ui::wall_key_for_evdev_event(EV_KEY, KEY_RIGHT, 0).has_value());  // release
  CHECK_FALSE(hgw::ui::wall_key_for_evdev_event(EV_KEY, KEY_RIGHT, 2).has_value());  // repeat
  CHECK_FALSE(hgw::ui::wall_key_for_evdev_event(EV_MSC, KEY_RIGHT, 1).has_value());
  CHECK_FALSE(hgw::ui::wall_key_for_evdev_event(EV_KEY, KEY_B, 1).has_value());
}

TEST_CASE("console keyboards: letters make a keyboard, a power button does not") {
  hgw::ui::KeyBits bits{};
  const auto set = [&bits](unsigned code) {
    bits[code / (8 * sizeof(unsigned long))] |= 1UL << (code % (8 * sizeof(unsigned long)));
  };
  set(KEY_POWER);
  CHECK(hgw::ui::has_key(bits, KEY_POWER));
  CHECK_FALSE(hgw::ui::looks_like_keyboard(bits));
  // A remote with arrows and space, but no letters.
  for (const unsigned code : {KEY_LEFT, KEY_RIGHT, KEY_SPACE, KEY_ESC})
    set(code);
  CHECK_FALSE(hgw::ui::looks_like_keyboard(bits));
  for (unsigned code = KEY_Q; code <= KEY_P; ++code)
    set(code);
  for (unsigned code = KEY_A; code <= KEY_L; ++code)
    set(code);
  for (unsigned code = KEY_Z; code <= KEY_M; ++code)
    set(code);
  CHECK(hgw::ui::looks_like_keyboard(bits));
  CHECK_FALSE(hgw::ui::has_key(bits, KEY_MAX + 1000));
}
