#include "board_server.hpp"

#include <charconv>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <thread>

#include "core/clock.hpp"
#include "core/enum_keys.hpp"
#include "core/page_rotation.hpp"
#include "editor_name.hpp"
#include "login_limiter_state.hpp"
#include "password_hash.hpp"
#include "platform/atomic_file.hpp"
#include "request_origin.hpp"

namespace hgw::board {
namespace {

constexpr const char* kSessionCookie = "hgw_session";
constexpr const char* kJson = "application/json; charset=utf-8";
constexpr const char* kNoPasswordYet =
    "Er is nog geen wachtwoord ingesteld; zonder wachtwoord kan niemand het bord wijzigen. "
    "Stel het in op deze pagina met de code op het scherm van de wand (of zet password_hash "
    "in hgw-dashboard.conf, gemaakt met `hgw-board hash-password`).";

core::Instant wall_time() {
  return core::SystemClock().now();
}

void send_json(httplib::Response& response, int status, const nlohmann::json& body) {
  response.status = status;
  response.set_content(body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), kJson);
}

void send_error(httplib::Response& response, int status, const std::string& code,
                const std::string& message, nlohmann::json extra = nlohmann::json::object()) {
  extra["error"] = code;
  extra["message"] = message;
  send_json(response, status, extra);
}

// The front (nginx) names the caller in X-Real-IP: its listener is loopback only and
// nginx sets the header itself, so a caller cannot choose it. Elsewhere it is ignored.
std::string client_address(const httplib::Request& request, Listener listener) {
  if (listener == Listener::front && request.has_header("X-Real-IP"))
    return request.get_header_value("X-Real-IP");
  return request.remote_addr;
}

std::optional<std::string> header(const httplib::Request& request, const char* name) {
  if (!request.has_header(name)) return std::nullopt;
  return request.get_header_value(name);
}

std::string session_cookie(const httplib::Request& request) {
  const std::string cookies = request.get_header_value("Cookie");
  const std::string wanted = std::string(kSessionCookie) + "=";
  std::size_t position = 0;
  while (position < cookies.size()) {
    const auto stop = std::min(cookies.find(';', position), cookies.size());
    std::string_view cookie(cookies.data() + position, stop - position);
    while (cookie.starts_with(' '))
      cookie.remove_prefix(1);
    if (cookie.starts_with(wanted)) return std::string(cookie.substr(wanted.size()));
    position = stop + 1;
  }
  return {};
}

nlohmann::json diagnostics_json(const core::Diagnostics& diagnostics, core::Severity severity) {
  nlohmann::json list = nlohmann::json::array();
  for (const auto& entry : diagnostics.entries()) {
    if (entry.severity == severity)
      list.push_back({{"path", entry.path}, {"message", entry.message}});
  }
  return list;
}

nlohmann::json version_json(const VersionInfo& info) {
  nlohmann::json entry{{"version", info.version},   {"etag", info.etag},
                       {"saved_at", info.saved_at}, {"saved_by", info.saved_by},
                       {"size", info.size},         {"restored_from", nullptr}};
  if (info.restored_from) entry["restored_from"] = *info.restored_from;
  return entry;
}

void send_save_result(httplib::Response& response, const SaveResult& result) {
  switch (result.status) {
    case SaveStatus::saved:
      response.set_header("ETag", quoted_etag(result.current.etag));
      send_json(response, 200,
                {{"etag", result.current.etag},
                 {"version", result.current.version},
                 {"warnings", diagnostics_json(result.diagnostics, core::Severity::warning)}});
      return;
    case SaveStatus::precondition_required:
      send_error(response, 428, "if_match_required",
                 "Opslaan kan alleen met de versie waarop je verder werkte (If-Match ontbreekt).");
      return;
    case SaveStatus::conflict:
      send_error(response, 412, "conflict",
                 "Iemand anders heeft het bord intussen opgeslagen. Er is niets overschreven.",
                 {{"etag", result.current.etag},
                  {"version", result.current.version},
                  {"saved_by", result.current.saved_by},
                  {"saved_at", result.current.saved_at}});
      return;
    case SaveStatus::invalid:
      send_error(response, 422, "invalid",
                 "Het bord is niet opgeslagen: verbeter de gemarkeerde velden.",
                 {{"errors", diagnostics_json(result.diagnostics, core::Severity::error)},
                  {"warnings", diagnostics_json(result.diagnostics, core::Severity::warning)}});
      return;
    case SaveStatus::not_found:
      send_error(response, 404, "not_found", "Die versie is niet (meer) bewaard.");
      return;
    case SaveStatus::too_large:
      send_error(response, 413, "too_large", "Het bord is groter dan 1 MiB en is niet opgeslagen.");
      return;
    case SaveStatus::write_failed:
      send_error(
          response, 500, "write_failed",
          "Opslaan op het apparaat is mislukt; het bord is ongewijzigd. (" + result.failure + ")");
      return;
  }
}

// The history names who saved; a login without a name still says something.
std::string editor_name(const Session& session) {
  return session.name.empty() ? "(zonder naam)" : session.name;
}

void log_save(const SaveResult& result, const std::string& what) {
  if (result.status != SaveStatus::saved) return;
  std::clog << "hgw-board: version " << result.current.version << " " << what << " by "
            << result.current.saved_by << '\n';
}

std::optional<int> whole_number(const std::string& text) {
  int value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc{} || end != text.data() + text.size()) return std::nullopt;
  return value;
}

}  // namespace

struct BoardService::Caller {
  std::string address;
  Listener listener = Listener::https;
  std::optional<Session> session;
};

BoardService::BoardService(core::Config config, BoardStore& store, BoardPassword& password,
                           std::string certificate_pem, std::string certificate_fingerprint)
    : config_(std::move(config)),
      store_(store),
      password_(password),
      certificate_pem_(std::move(certificate_pem)),
      certificate_fingerprint_(std::move(certificate_fingerprint)),
      first_run_(password_, config_.board.first_run_file, certificate_fingerprint_, clock_),
      previews_(config_),
      editor_files_(config_.board.editor_directory),
      sessions_(std::chrono::minutes(config_.board.session_idle_minutes)) {
  load_login_failures();
  refresh_first_run();
}

void BoardService::refresh_first_run() {
  if (const std::string problem = first_run_.refresh(); !problem.empty())
    std::clog << "hgw-board: " << problem << '\n';
}

BoardService::Caller BoardService::identify(const httplib::Request& request, Listener listener) {
  Caller caller;
  caller.address = client_address(request, listener);
  caller.listener = listener;
  const std::string id = session_cookie(request);
  if (!id.empty()) {
    std::lock_guard lock(mutex_);
    caller.session = sessions_.find(id, std::chrono::steady_clock::now());
  }
  return caller;
}

bool BoardService::authorize(const httplib::Request& request, httplib::Response& response,
                             const Caller& caller, bool write) {
  if (write && !password_.is_set()) {
    send_error(response, 503, "no_password", kNoPasswordYet);
    return false;
  }
  if (write && !write_looks_like_the_editor(request, response, caller.listener)) return false;
  if (!caller.session) {
    send_error(response, 401, "login_required", "Log eerst in.");
    return false;
  }
  if (write && !csrf_matches(*caller.session, request.get_header_value("X-CSRF-Token"))) {
    send_error(response, 403, "csrf",
               "Deze aanvraag mist de beveiligingscode; laad de pagina opnieuw.");
    return false;
  }
  // What a login opened stays out of every cache (a shared staff-room PC).
  response.set_header("Cache-Control", "no-store");
  return true;
}

void BoardService::install(httplib::Server& server, Listener listener) {
  server.set_payload_max_length(kMaxRequestBytes);
  server.set_default_headers({{"Content-Security-Policy",
                               "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'"},
                              {"X-Content-Type-Options", "nosniff"},
                              {"X-Frame-Options", "DENY"},
                              {"Referrer-Policy", "no-referrer"}});
  server.set_pre_routing_handler(
      [this, listener](const httplib::Request& request, httplib::Response& response) {
        bool allowed = false;
        {
          std::lock_guard lock(mutex_);
          allowed =
              requests_.allow(client_address(request, listener), std::chrono::steady_clock::now());
        }
        if (allowed) return httplib::Server::HandlerResponse::Unhandled;
        response.set_header("Retry-After", "1");
        send_error(response, 429, "too_many_requests", "Te veel verzoeken; probeer het zo opnieuw.",
                   {{"retry_after", 1}});
        return httplib::Server::HandlerResponse::Handled;
      });
  server.set_error_handler([](const httplib::Request&, httplib::Response& response) {
    if (!response.body.empty()) return;
    if (response.status == 413) {
      send_error(response, 413, "too_large", "Het bord is groter dan 1 MiB en is niet opgeslagen.");
    } else if (response.status == 404) {
      send_error(response, 404, "not_found", "Niet gevonden.");
    } else {
      send_error(response, response.status, "http_" + std::to_string(response.status),
                 "Het verzoek kon niet worden verwerkt.");
    }
  });

  const auto route = [this, listener](auto member) {
    return [this, listener, member](const httplib::Request& request, httplib::Response& response) {
      (this->*member)(request, response, listener);
    };
  };
  server.Get("/api/session", route(&BoardService::get_session));
  server.Post("/api/login", route(&BoardService::login));
  server.Post("/api/setup", route(&BoardService::setup));
  server.Post("/api/logout", route(&BoardService::logout));
  server.Get("/api/board", route(&BoardService::get_board));
  server.Put("/api/board", route(&BoardService::put_board));
  server.Get("/api/versions", route(&BoardService::list_versions));
  server.Get(R"(/api/versions/(\d+))", route(&BoardService::get_version));
  server.Post(R"(/api/versions/(\d+)/restore)", route(&BoardService::restore_version));
  server.Get(R"(/api/preview/([a-z_]+)\.png)", route(&BoardService::get_preview));
  server.Get("/api/certificate", [this](const httplib::Request&, httplib::Response& response) {
    response.set_header("Content-Disposition", "attachment; filename=\"hgw-board.crt\"");
    response.set_content(certificate_pem_, "application/x-pem-file");
  });
  const auto serve_file = [this](const std::string& name, httplib::Response& response) {
    const auto file = editor_files_.find(name);
    if (!file) {
      send_error(response, 404, "not_found", "Niet gevonden.");
      return;
    }
    response.status = 200;
    response.set_content(file->content, file->content_type.c_str());
  };
  server.Get("/", [serve_file](const httplib::Request&, httplib::Response& response) {
    serve_file("index.html", response);
  });
  server.Get(R"(/([^/]+))",
             [serve_file](const httplib::Request& request, httplib::Response& response) {
               serve_file(request.matches[1], response);
             });
}

void BoardService::get_session(const httplib::Request& request, httplib::Response& response,
                               Listener listener) {
  const Caller caller = identify(request, listener);
  refresh_first_run();
  nlohmann::json body{{"password_set", password_.is_set()},
                      {"logged_in", caller.session.has_value()},
                      {"certificate_sha256", certificate_fingerprint_},
                      {"store_note", store_.recovery_note()}};
  if (caller.session) {
    body["csrf"] = caller.session->csrf;
    body["name"] = caller.session->name;
  }
  response.set_header("Cache-Control", "no-store");
  send_json(response, 200, body);
}

// A write comes from the editor's own page: JSON when it has a body, and no Origin
// but the board's own. A hostile page can send neither (docs/board-api.md).
bool BoardService::write_looks_like_the_editor(const httplib::Request& request,
                                               httplib::Response& response,
                                               Listener listener) const {
  if (!is_same_origin(request, listener == Listener::loopback_http ? "http" : "https")) {
    send_error(response, 403, "origin", "Dit verzoek komt niet van de bewerkpagina van dit bord.");
    return false;
  }
  if (!request.body.empty() && !is_json_content_type(request.get_header_value("Content-Type"))) {
    send_error(response, 415, "content_type", "Stuur JSON (Content-Type: application/json).");
    return false;
  }
  return true;
}

void BoardService::load_login_failures() {
  std::ifstream file(limiter_file(), std::ios::binary);
  if (!file) return;
  std::string text(64 * 1024, '\0');
  file.read(text.data(), static_cast<std::streamsize>(text.size()));
  text.resize(static_cast<std::size_t>(file.gcount()));
  logins_.restore(limiter_state_from_text(text, std::chrono::steady_clock::now(),
                                          std::chrono::system_clock::now()));
}

void BoardService::save_login_failures_locked() {
  const std::string failure = platform::write_file_atomically(
      limiter_file(),
      limiter_state_text(logins_.failures(), std::chrono::steady_clock::now(),
                         std::chrono::system_clock::now()),
      0600);
  if (!failure.empty())
    std::clog << "hgw-board: warning: the login limiter's state is not kept: " << failure << '\n';
}

std::string BoardService::limiter_file() const {
  return config_.board.data_directory + "/login-limiter.json";
}

// `wrong` names what a failure is ("een verkeerd wachtwoord") for the 429's message.
std::optional<LoginLimiter::Attempt> BoardService::begin_attempt(const std::string& address,
                                                                 const std::string& wrong,
                                                                 httplib::Response& response) {
  LoginLimiter::Attempt attempt;
  {
    std::lock_guard lock(mutex_);
    attempt = logins_.begin_attempt(address, std::chrono::steady_clock::now());
    if (attempt.retry_after.count() == 0) save_login_failures_locked();
  }
  if (const auto wait = attempt.retry_after; wait.count() > 0) {
    response.set_header("Retry-After", std::to_string(wait.count()));
    send_error(response, 429, "too_many_attempts",
               "Te vaak " + wrong + ". Probeer het over " +
                   std::to_string((wait.count() + 59) / 60) + " minuten opnieuw.",
               {{"retry_after", wait.count()}});
    return std::nullopt;
  }
  return attempt;
}

void BoardService::open_session(httplib::Response& response, const std::string& name,
                                const std::string& address, Listener listener) {
  Session session;
  {
    std::lock_guard lock(mutex_);
    logins_.record_success(address);
    save_login_failures_locked();
    session = sessions_.create(name, std::chrono::steady_clock::now());
  }
  std::string cookie = std::string(kSessionCookie) + "=" + session.id + "; ";
  if (listener != Listener::loopback_http) cookie += "Secure; ";
  cookie += "HttpOnly; SameSite=Strict; Path=/";
  response.set_header("Set-Cookie", cookie);
  response.set_header("Cache-Control", "no-store");
  send_json(response, 200, {{"csrf", session.csrf}});
  std::clog << "hgw-board: " << (session.name.empty() ? "someone" : session.name)
            << " logged in from " << address << '\n';
}

void BoardService::login(const httplib::Request& request, httplib::Response& response,
                         Listener listener) {
  if (!is_json_content_type(request.get_header_value("Content-Type"))) {
    send_error(response, 415, "content_type", "Stuur JSON (Content-Type: application/json).");
    return;
  }
  if (!write_looks_like_the_editor(request, response, listener)) return;
  if (!password_.is_set()) {
    send_error(response, 503, "no_password", kNoPasswordYet);
    return;
  }
  const auto body = nlohmann::json::parse(request.body, nullptr, false);
  if (!body.is_object() || !body.contains("password") || !body["password"].is_string()) {
    send_error(response, 400, "bad_request", "Verwacht {\"password\": \"…\"}.");
    return;
  }
  const std::string name = clean_editor_name(
      body.value("name", nlohmann::json()).is_string() ? body["name"].get<std::string>() : "");

  const std::string address = client_address(request, listener);
  const auto attempt = begin_attempt(address, "een verkeerd wachtwoord", response);
  if (!attempt) return;
  bool right = false;
  {
    // argon2id takes 64 MiB a check: two at once stay well under the unit's MemoryMax.
    password_checks_.acquire();
    right = password_.verify(body["password"].get<std::string>());
    password_checks_.release();
  }
  if (!right) {
    std::clog << "hgw-board: wrong password from " << address << '\n';
    std::this_thread::sleep_for(attempt->delay_if_wrong);
    send_error(response, 401, "wrong_password", "Dat wachtwoord klopt niet.");
    return;
  }
  open_session(response, name, address, listener);
}

// The first run: the code from the wall proves the caller stands before it; it sets
// the password once, and logs the caller in (docs/board-api.md).
void BoardService::setup(const httplib::Request& request, httplib::Response& response,
                         Listener listener) {
  if (!is_json_content_type(request.get_header_value("Content-Type"))) {
    send_error(response, 415, "content_type", "Stuur JSON (Content-Type: application/json).");
    return;
  }
  if (!write_looks_like_the_editor(request, response, listener)) return;
  if (password_.is_set()) {
    send_error(response, 409, "password_set",
               "Er is al een wachtwoord ingesteld; meld je daarmee aan. Kwijt? Zet een leeg "
               "bestand wachtwoord-vergeten op de opstartpartitie van de SD-kaart en start het "
               "kastje opnieuw.");
    return;
  }
  const auto body = nlohmann::json::parse(request.body, nullptr, false);
  const auto text = [&body](const char* key) -> std::optional<std::string> {
    if (!body.is_object() || !body.contains(key) || !body[key].is_string()) return std::nullopt;
    return body[key].get<std::string>();
  };
  const auto code = text("code");
  const auto password = text("password");
  if (!code || !password) {
    send_error(response, 400, "bad_request",
               "Verwacht {\"code\": \"…\", \"password\": \"…\", \"name\": \"…\"}.");
    return;
  }
  if (password->size() < kMinimumPasswordLength) {
    const std::string message =
        "Kies een wachtwoord van minstens " + std::to_string(kMinimumPasswordLength) + " tekens.";
    send_error(response, 422, "invalid", message,
               {{"errors", nlohmann::json::array({{{"path", "password"}, {"message", message}}})}});
    return;
  }
  const std::string name = clean_editor_name(text("name").value_or(""));
  const std::string address = client_address(request, listener);
  const auto attempt = begin_attempt(address, "een verkeerde code", response);
  if (!attempt) return;
  if (!first_run_.use_code(*code)) {
    std::clog << "hgw-board: wrong setup code from " << address << '\n';
    std::this_thread::sleep_for(attempt->delay_if_wrong);
    send_error(response, 403, "wrong_code",
               "Deze code klopt niet (meer). Kijk op het scherm van de wand: de code verandert "
               "elk uur en na elk gebruik.");
    return;
  }
  std::optional<std::string> hash;
  {
    password_checks_.acquire();
    hash = hash_password(*password);
    password_checks_.release();
  }
  std::string failure = "het wachtwoord kon niet worden versleuteld";
  const BoardPassword::SetResult result =
      hash ? password_.set_once(*hash, failure) : BoardPassword::SetResult::failed;
  refresh_first_run();
  if (result == BoardPassword::SetResult::already_set) {
    send_error(response, 409, "password_set",
               "Er is zojuist al een wachtwoord ingesteld; meld je daarmee aan.");
    return;
  }
  if (result == BoardPassword::SetResult::failed) {
    std::clog << "hgw-board: the password from the first run is not kept: " << failure << '\n';
    send_error(response, 500, "write_failed",
               "Het wachtwoord kon niet op het kastje worden bewaard; er is niets ingesteld. "
               "Probeer het opnieuw met de nieuwe code op de wand.");
    return;
  }
  std::clog << "hgw-board: the editor's password was set (first run) from " << address << '\n';
  open_session(response, name, address, listener);
}

void BoardService::logout(const httplib::Request& request, httplib::Response& response,
                          Listener listener) {
  const Caller caller = identify(request, listener);
  if (!authorize(request, response, caller, true)) return;
  {
    std::lock_guard lock(mutex_);
    sessions_.end(caller.session->id);
  }
  std::string cookie = std::string(kSessionCookie) + "=; Max-Age=0; ";
  if (listener != Listener::loopback_http) cookie += "Secure; ";
  cookie += "HttpOnly; SameSite=Strict; Path=/";
  response.set_header("Set-Cookie", cookie);
  response.status = 204;
}

void BoardService::get_board(const httplib::Request& request, httplib::Response& response,
                             Listener listener) {
  // The kiosk on this device reads the board without a login, and only here.
  if (listener != Listener::loopback_http) {
    const Caller caller = identify(request, listener);
    if (!authorize(request, response, caller, false)) return;
  }
  const CurrentBoard board = store_.current();
  response.set_header("ETag", quoted_etag(board.info.etag));
  if (listener == Listener::loopback_http) response.set_header("Cache-Control", "no-cache");
  const auto if_none_match = header(request, "If-None-Match");
  if (if_none_match && if_none_match->find(quoted_etag(board.info.etag)) != std::string::npos) {
    response.status = 304;
    return;
  }
  response.status = 200;
  response.set_content(board.text, kJson);
}

void BoardService::put_board(const httplib::Request& request, httplib::Response& response,
                             Listener listener) {
  const Caller caller = identify(request, listener);
  if (!authorize(request, response, caller, true)) return;
  const SaveResult result = store_.save(request.body, header(request, "If-Match"),
                                        editor_name(*caller.session), wall_time());
  log_save(result, "saved");
  send_save_result(response, result);
}

void BoardService::list_versions(const httplib::Request& request, httplib::Response& response,
                                 Listener listener) {
  const Caller caller = identify(request, listener);
  if (!authorize(request, response, caller, false)) return;
  nlohmann::json list = nlohmann::json::array();
  for (const auto& info : store_.versions())
    list.push_back(version_json(info));
  send_json(response, 200, list);
}

void BoardService::get_version(const httplib::Request& request, httplib::Response& response,
                               Listener listener) {
  const Caller caller = identify(request, listener);
  if (!authorize(request, response, caller, false)) return;
  const auto number = whole_number(request.matches[1]);
  const auto text = number ? store_.version_text(*number) : std::nullopt;
  if (!text) {
    send_error(response, 404, "not_found", "Die versie is niet (meer) bewaard.");
    return;
  }
  response.status = 200;
  response.set_content(*text, kJson);
}

void BoardService::restore_version(const httplib::Request& request, httplib::Response& response,
                                   Listener listener) {
  const Caller caller = identify(request, listener);
  if (!authorize(request, response, caller, true)) return;
  const auto number = whole_number(request.matches[1]);
  if (!number) {
    send_error(response, 404, "not_found", "Die versie is niet (meer) bewaard.");
    return;
  }
  const SaveResult result = store_.restore(*number, header(request, "If-Match"),
                                           editor_name(*caller.session), wall_time());
  log_save(result, "restored from " + std::to_string(*number));
  send_save_result(response, result);
}

void BoardService::get_preview(const httplib::Request& request, httplib::Response& response,
                               Listener listener) {
  const Caller caller = identify(request, listener);
  if (!authorize(request, response, caller, false)) return;
  const auto page = core::enum_from_key<core::Page>(std::string(request.matches[1]));
  if (!page) {
    send_error(response, 404, "unknown_page",
               "Onbekende pagina; kies uit " + core::enum_key_list<core::Page>() + ".");
    return;
  }
  const auto dimension = [&](const char* name, int fallback, int maximum) -> std::optional<int> {
    if (!request.has_param(name)) return fallback;
    const auto value = whole_number(request.get_param_value(name));
    if (!value || *value < 16 || *value > maximum) return std::nullopt;
    return value;
  };
  const auto width = dimension("width", kDefaultPreviewWidth, kMaxPreviewWidth);
  const auto height = dimension("height", kDefaultPreviewHeight, kMaxPreviewHeight);
  if (!width || !height) {
    send_error(response, 400, "bad_size",
               "Kies een breedte van 16 tot " + std::to_string(kMaxPreviewWidth) +
                   " en een hoogte van 16 tot " + std::to_string(kMaxPreviewHeight) + " pixels.");
    return;
  }
  // Where the wall continues a page on the next turn ("Acties 2/3"), each part has
  // its own preview; X-Page-Parts tells the editor how many there are.
  std::optional<int> part = 1;
  if (request.has_param("part")) {
    part = whole_number(request.get_param_value("part"));
    if (part && (*part < 1 || *part > core::kMostParts)) part.reset();
  }
  if (!part) {
    send_error(response, 400, "bad_part",
               "Kies een deel van 1 tot " + std::to_string(core::kMostParts) + ".");
    return;
  }
  const std::string session_id = caller.session->id;
  std::shared_ptr<PreviewLane> lane;
  {
    std::lock_guard lock(mutex_);
    auto& slot = preview_lanes_[session_id];
    if (!slot) slot = std::make_shared<PreviewLane>();
    if (slot->in_flight >= kMostPreviewsPerSession) {
      response.set_header("Retry-After", "1");
      send_error(response, 429, "previews_busy",
                 "Er worden al voorbeelden voor je gemaakt; probeer het zo opnieuw.");
      return;
    }
    ++slot->in_flight;
    lane = slot;
  }
  struct LeaveLane {
    BoardService& service;
    const std::string& id;
    ~LeaveLane() {
      std::lock_guard lock(service.mutex_);
      const auto found = service.preview_lanes_.find(id);
      if (found != service.preview_lanes_.end() && --found->second->in_flight <= 0)
        service.preview_lanes_.erase(found);
    }
  } leave_lane{*this, session_id};
  std::lock_guard drawing(lane->drawing);
  // HEAD asks only how many parts there are: no frame is drawn or encoded for it.
  const bool parts_only = request.method == "HEAD";
  const PreviewResult preview = previews_.render(store_.current().text, *page, *part - 1, *width,
                                                 *height, wall_time(), parts_only);
  response.set_header("X-Page-Parts", std::to_string(preview.parts));
  response.set_header("X-Preview-Cache", preview.from_cache ? "hit" : "miss");
  if (parts_only && preview.error.empty()) {
    response.status = 200;
    return;
  }
  if (preview.png.empty() && *part > preview.parts) {
    send_error(response, 404, "no_such_part",
               "Deze pagina heeft " + std::to_string(preview.parts) + " deel of delen.");
    return;
  }
  if (!preview.error.empty()) {
    send_error(response, 500, "preview_failed",
               "De voorbeeldweergave is mislukt: " + preview.error);
    return;
  }
  response.status = 200;
  response.set_content(preview.png, "image/png");
}

}  // namespace hgw::board
