#include "console_key_mute.hpp"

#include <fcntl.h>
#include <linux/kd.h>
#include <sys/ioctl.h>
#include <unistd.h>

namespace hgw::ui {

ConsoleKeyMute::ConsoleKeyMute() {
  fd_ = ::open("/dev/tty", O_RDWR | O_CLOEXEC | O_NOCTTY);
  if (fd_ < 0) return;
  // KDGKBMODE answers only on a virtual console.
  if (::ioctl(fd_, KDGKBMODE, &previous_mode_) != 0 || ::ioctl(fd_, KDSKBMODE, K_OFF) != 0) {
    ::close(fd_);
    fd_ = -1;
  }
}

ConsoleKeyMute::~ConsoleKeyMute() {
  if (fd_ < 0) return;
  ::ioctl(fd_, KDSKBMODE, previous_mode_);
  ::close(fd_);
}

}  // namespace hgw::ui
