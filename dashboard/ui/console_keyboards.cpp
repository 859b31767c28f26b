#include "console_keyboards.hpp"

#include <fcntl.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <filesystem>

namespace hgw::ui {

bool has_key(const KeyBits& bits, unsigned code) {
  constexpr unsigned kBitsPerWord = 8 * sizeof(unsigned long);
  if (code / kBitsPerWord >= bits.size()) return false;
  return (bits[code / kBitsPerWord] >> (code % kBitsPerWord) & 1UL) != 0;
}

bool looks_like_keyboard(const KeyBits& bits) {
  for (const unsigned code : {KEY_A, KEY_Q, KEY_R, KEY_Z, KEY_SPACE, KEY_ESC}) {
    if (!has_key(bits, code)) return false;
  }
  return true;
}

ConsoleKeyboards::ConsoleKeyboards() {
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator("/dev/input", error)) {
    if (!entry.path().filename().string().starts_with("event")) continue;
    const int fd = ::open(entry.path().c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) continue;
    KeyBits bits{};
    if (::ioctl(fd, EVIOCGBIT(EV_KEY, sizeof(bits)), bits.data()) >= 0 &&
        looks_like_keyboard(bits)) {
      fds_.push_back(fd);
    } else {
      ::close(fd);
    }
  }
}

ConsoleKeyboards::~ConsoleKeyboards() {
  for (const int fd : fds_)
    ::close(fd);
}

bool ConsoleKeyboards::read_device(int fd, std::vector<WallKey>* keys) {
  std::array<input_event, 64> events{};
  for (;;) {
    const ssize_t got = ::read(fd, events.data(), sizeof(events));
    if (got < 0) {
      if (errno == EINTR) continue;
      // EAGAIN: all read. ENODEV: unplugged, and readable for ever after; any other
      // error would be as endless, so such a device is dropped too.
      return errno == EAGAIN;
    }
    if (got == 0) return false;
    if (keys == nullptr) continue;
    // evdev hands out whole events only.
    const auto count = static_cast<std::size_t>(got) / sizeof(input_event);
    for (std::size_t index = 0; index < count; ++index) {
      const input_event& event = events[index];
      if (const auto key = wall_key_for_evdev_event(event.type, event.code, event.value))
        keys->push_back(*key);
    }
  }
}

void ConsoleKeyboards::read_all(std::vector<WallKey>* keys) {
  std::vector<int> gone;
  for (const int fd : fds_) {
    if (!read_device(fd, keys)) gone.push_back(fd);
  }
  for (const int fd : gone) {
    ::close(fd);
    fds_.erase(std::find(fds_.begin(), fds_.end(), fd));
  }
}

std::vector<WallKey> ConsoleKeyboards::take_keys() {
  std::vector<WallKey> keys;
  read_all(&keys);
  return keys;
}

void ConsoleKeyboards::drain() {
  read_all(nullptr);
}

}  // namespace hgw::ui
