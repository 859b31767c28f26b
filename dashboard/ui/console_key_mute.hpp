#pragma once
// Keys read from evdev still reach the virtual terminal behind the picture: typed
// into its line, and Alt+F2 would switch terminals (SDL#2418). SDL's KMSDRM path
// switches the terminal's keyboard off (K_OFF); the DRM path, without SDL video,
// does the same here, and puts the keyboard mode back when it ends.

namespace hgw::ui {

class ConsoleKeyMute {
 public:
  // Mutes the controlling terminal (/dev/tty) when it is a virtual console: tty1 for
  // the unit (TTYPath=). Anything else (ssh, no terminal) is left alone.
  ConsoleKeyMute();
  ~ConsoleKeyMute();
  ConsoleKeyMute(const ConsoleKeyMute&) = delete;
  ConsoleKeyMute& operator=(const ConsoleKeyMute&) = delete;

 private:
  int fd_ = -1;
  int previous_mode_ = 0;
};

}  // namespace hgw::ui
