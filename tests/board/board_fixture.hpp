#pragma once
// What the service tests share: a password hash made once by `hgw-board
// hash-password`, a config and data folder per test, and clients for both listeners.

#include <httplib.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "board_process.hpp"
#include "temp_folder.hpp"

namespace hgw::test {

inline constexpr const char* kPassword = "vlinder-kc-2026";

// The config line `hgw-board hash-password` prints for kPassword.
std::string password_hash_line();

struct BoardSetup {
  bool with_password = true;
  std::string board_lines;               // more [board] keys
  std::string extra_config;              // more sections
  std::vector<std::string> environment;  // "NAME=value" for the board process
};

class RunningBoard {
 public:
  explicit RunningBoard(const BoardSetup& setup = {});

  std::unique_ptr<httplib::Client> http() const;
  std::unique_ptr<httplib::SSLClient> https() const;
  std::string data_file(const std::string& name) const { return folder.file("data/" + name); }
  // Where the board writes the first-run notice for the wall.
  std::string first_run_file() const { return folder.file("run/first-run.json"); }
  // Stops the board and starts it again on the same config and data.
  void restart();

  TempFolder folder;
  std::string config_path;
  std::unique_ptr<BoardProcess> process;
};

// A logged-in editor: the session cookie and the CSRF token.
struct Login {
  std::string cookie;  // "hgw_session=…"
  std::string csrf;
  std::string set_cookie;  // the whole Set-Cookie header, for its flags
};

std::optional<Login> log_in(httplib::Client& client, const std::string& password = kPassword,
                            const std::string& name = "Anna");
std::optional<Login> log_in(httplib::SSLClient& client, const std::string& password = kPassword,
                            const std::string& name = "Anna");

httplib::Headers editor_headers(const Login& login, const std::string& if_match = {});

}  // namespace hgw::test
