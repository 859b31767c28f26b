#include "password_prompt.hpp"

#include <termios.h>
#include <unistd.h>

#include <string>

#include "password_hash.hpp"

namespace hgw::board {
namespace {

// Turns the terminal's echo off while it lives; does nothing on a pipe.
class NoEcho {
 public:
  NoEcho() {
    if (::isatty(STDIN_FILENO) && ::tcgetattr(STDIN_FILENO, &saved_) == 0) {
      termios quiet = saved_;
      quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
      active_ = ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
    }
  }
  ~NoEcho() {
    if (active_) ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved_);
  }
  NoEcho(const NoEcho&) = delete;
  NoEcho& operator=(const NoEcho&) = delete;
  bool active() const { return active_; }

 private:
  termios saved_{};
  bool active_ = false;
};

bool read_line(std::istream& in, std::string& line) {
  if (!std::getline(in, line)) return false;
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return true;
}

}  // namespace

int run_hash_password(std::istream& in, std::ostream& out, std::ostream& err) {
  std::string first;
  std::string second;
  {
    NoEcho no_echo;
    err << "Nieuw wachtwoord voor de editor: " << std::flush;
    const bool read_first = read_line(in, first);
    if (no_echo.active()) err << '\n';
    err << "Nog een keer: " << std::flush;
    const bool read_second = read_first && read_line(in, second);
    if (no_echo.active()) err << '\n';
    if (!read_second) {
      err << "hgw-board: geen wachtwoord gelezen (two lines expected on standard input)\n";
      return 1;
    }
  }
  if (first != second) {
    err << "hgw-board: de twee wachtwoorden verschillen; er is niets gemaakt "
           "(the two passwords differ)\n";
    return 1;
  }
  if (first.size() < kMinimumPasswordLength) {
    err << "hgw-board: kies minstens " << kMinimumPasswordLength
        << " tekens (at least 8 characters); er is niets gemaakt\n";
    return 1;
  }
  const auto hash = hash_password(first);
  if (!hash) {
    err << "hgw-board: het wachtwoord kon niet worden versleuteld (out of memory?)\n";
    return 1;
  }
  err << "Zet deze regel onder [board] in hgw-dashboard.conf en start hgw-board opnieuw:\n";
  out << "password_hash = " << *hash << '\n';
  return 0;
}

}  // namespace hgw::board
