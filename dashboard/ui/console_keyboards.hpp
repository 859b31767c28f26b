#pragma once
// The keyboards of a console (/dev/input/event*), read straight from the kernel's
// evdev devices: the DRM path has no SDL video to read them, and the KMSDRM window
// path sleeps on them. Non-blocking descriptors, for the kiosk loop's poll().
// No keyboard attached: nothing is opened, and nothing is ever polled. A keyboard
// plugged in later is not seen until the kiosk restarts; one pulled out is closed.

#include <linux/input.h>

#include <array>
#include <vector>

#include "wall_keys.hpp"

namespace hgw::ui {

// EVIOCGBIT(EV_KEY)'s answer: one bit per key code the device can report.
using KeyBits = std::array<unsigned long, KEY_MAX / (8 * sizeof(unsigned long)) + 1>;

bool has_key(const KeyBits& bits, unsigned code);
// A keyboard with letters (and the wall's keys: q, r, space, arrows) rather than a
// power button, a lid switch, a remote's few keys or a mouse.
bool looks_like_keyboard(const KeyBits& bits);

class ConsoleKeyboards {
 public:
  // Opens every /dev/input/event* that looks like a keyboard; what cannot be opened
  // (no permission: the user lacks the input group) is skipped.
  ConsoleKeyboards();
  ~ConsoleKeyboards();
  ConsoleKeyboards(const ConsoleKeyboards&) = delete;
  ConsoleKeyboards& operator=(const ConsoleKeyboards&) = delete;

  const std::vector<int>& fds() const { return fds_; }
  bool empty() const { return fds_.empty(); }
  // The wall's keys pressed since the last call; never waits. A device that is gone
  // (ENODEV) is closed and dropped.
  std::vector<WallKey> take_keys();
  // Reads and forgets what is waiting (when something else, SDL, reads the keys).
  void drain();

 private:
  // Reads one device's waiting events into `keys` (when given); false when the
  // device is gone.
  bool read_device(int fd, std::vector<WallKey>* keys);
  void read_all(std::vector<WallKey>* keys);

  std::vector<int> fds_;
};

}  // namespace hgw::ui
