#pragma once
// The HTTP side of hgw-board (docs/board-api.md): the routes, shared by the HTTPS
// listeners and the loopback HTTP one. Each listener is its own httplib server.

#include <httplib.h>

#include <map>
#include <memory>
#include <mutex>
#include <semaphore>
#include <string>

#include "board_password.hpp"
#include "board_store.hpp"
#include "core/clock.hpp"
#include "core/config.hpp"
#include "editor_files.hpp"
#include "first_run_keeper.hpp"
#include "login_limiter.hpp"
#include "preview.hpp"
#include "request_limiter.hpp"
#include "session_table.hpp"

namespace hgw::board {

// Previews one session may have drawn or waiting at once: a browser asks for at most
// six at a time on one HTTP/1.1 host, so the editor never meets the bound; a script
// that floods gets 429 beyond it. A session's previews are drawn one after another,
// so another editor's preview waits behind at most one of them.
inline constexpr int kMostPreviewsPerSession = 6;

// Request bodies larger than this are refused with 413 before they are read.
inline constexpr std::size_t kMaxRequestBytes = 1024 * 1024;

// Which listener a request came in on.
enum class Listener {
  https,          // hgw-board's own TLS listener (loopback: tests, the device itself)
  loopback_http,  // the kiosk: GET /api/board without login, cookies without Secure
  front,          // behind nginx: as HTTPS, the caller's address from X-Real-IP
};

// Everything the routes share; one per process.
class BoardService {
 public:
  // `password` is the effective one (config or first run); the first-run notice is
  // written at once.
  BoardService(core::Config config, BoardStore& store, BoardPassword& password,
               std::string certificate_pem, std::string certificate_fingerprint);

  // Adds the routes to `server`, which listens as `listener`.
  void install(httplib::Server& server, Listener listener);
  // Replaces a setup code whose hour is over; called every few seconds and on requests.
  void refresh_first_run();

 private:
  struct Caller;
  Caller identify(const httplib::Request& request, Listener listener);
  bool authorize(const httplib::Request& request, httplib::Response& response, const Caller& caller,
                 bool write);

  bool write_looks_like_the_editor(const httplib::Request& request, httplib::Response& response,
                                   Listener listener) const;
  void load_login_failures();
  void save_login_failures_locked();
  std::string limiter_file() const;
  std::optional<LoginLimiter::Attempt> begin_attempt(const std::string& address,
                                                     const std::string& wrong,
                                                     httplib::Response& response);
  void open_session(httplib::Response& response, const std::string& name,
                    const std::string& address, Listener listener);

  void get_session(const httplib::Request&, httplib::Response&, Listener listener);
  void login(const httplib::Request&, httplib::Response&, Listener listener);
  void setup(const httplib::Request&, httplib::Response&, Listener listener);
  void logout(const httplib::Request&, httplib::Response&, Listener listener);
  void get_board(const httplib::Request&, httplib::Response&, Listener listener);
  void put_board(const httplib::Request&, httplib::Response&, Listener listener);
  void list_versions(const httplib::Request&, httplib::Response&, Listener listener);
  void get_version(const httplib::Request&, httplib::Response&, Listener listener);
  void restore_version(const httplib::Request&, httplib::Response&, Listener listener);
  void get_preview(const httplib::Request&, httplib::Response&, Listener listener);

  core::Config config_;
  BoardStore& store_;
  BoardPassword& password_;
  std::string certificate_pem_;
  std::string certificate_fingerprint_;
  core::SystemClock clock_;
  FirstRunKeeper first_run_;
  PreviewRenderer previews_;
  EditorFiles editor_files_;
  std::counting_semaphore<2> password_checks_{2};
  std::mutex mutex_;  // guards the four below
  SessionTable sessions_;
  LoginLimiter logins_;
  RequestLimiter requests_;
  // One lane per session with previews in flight: its count and the lock that
  // draws them one at a time. A lane goes when its last preview is answered.
  struct PreviewLane {
    std::mutex drawing;
    int in_flight = 0;
  };
  std::map<std::string, std::shared_ptr<PreviewLane>> preview_lanes_;
};

}  // namespace hgw::board
