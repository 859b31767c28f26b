#pragma once
// The HTTP side of hgw-board (docs/board-api.md): the routes, shared by the HTTPS
// listeners and the loopback HTTP one. Each listener is its own httplib server.

#include <httplib.h>

#include <mutex>
#include <string>

#include "board_store.hpp"
#include "core/config.hpp"
#include "login_limiter.hpp"
#include "preview.hpp"
#include "request_limiter.hpp"
#include "session_table.hpp"

namespace hgw::board {

// Request bodies larger than this are refused with 413 before they are read.
inline constexpr std::size_t kMaxRequestBytes = 1024 * 1024;

// Everything the routes share; one per process.
class BoardService {
 public:
  BoardService(core::Config config, BoardStore& store, std::string certificate_pem,
               std::string certificate_fingerprint);

  // Adds the routes to `server`. `loopback_http`: the plain listener, where the
  // kiosk reads GET /api/board without login and cookies carry no Secure flag.
  void install(httplib::Server& server, bool loopback_http);

 private:
  struct Caller;
  Caller identify(const httplib::Request& request);
  bool authorize(const httplib::Request& request, httplib::Response& response, const Caller& caller,
                 bool write);

  void get_session(const httplib::Request&, httplib::Response&, bool loopback_http);
  void login(const httplib::Request&, httplib::Response&, bool loopback_http);
  void logout(const httplib::Request&, httplib::Response&, bool loopback_http);
  void get_board(const httplib::Request&, httplib::Response&, bool loopback_http);
  void put_board(const httplib::Request&, httplib::Response&, bool loopback_http);
  void list_versions(const httplib::Request&, httplib::Response&, bool loopback_http);
  void get_version(const httplib::Request&, httplib::Response&, bool loopback_http);
  void restore_version(const httplib::Request&, httplib::Response&, bool loopback_http);
  void get_preview(const httplib::Request&, httplib::Response&, bool loopback_http);

  core::Config config_;
  BoardStore& store_;
  std::string certificate_pem_;
  std::string certificate_fingerprint_;
  PreviewRenderer previews_;
  std::mutex mutex_;  // guards the three below
  SessionTable sessions_;
  LoginLimiter logins_;
  RequestLimiter requests_;
};

}  // namespace hgw::board
