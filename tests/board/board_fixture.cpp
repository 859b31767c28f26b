#include "board_fixture.hpp"

#include <cstdio>
#include <nlohmann/json.hpp>

namespace hgw::test {
namespace {

template <typename Client>
std::optional<Login> log_in_with(Client& client, const std::string& password,
                                 const std::string& name) {
  const nlohmann::json body{{"password", password}, {"name", name}};
  const auto answer = client.Post("/api/login", body.dump(), "application/json");
  if (!answer || answer->status != 200) return std::nullopt;
  Login login;
  login.set_cookie = answer->get_header_value("Set-Cookie");
  login.cookie = login.set_cookie.substr(0, login.set_cookie.find(';'));
  const nlohmann::json reply = nlohmann::json::parse(answer->body);
  login.csrf = reply.at("csrf").get<std::string>();
  return login;
}

}  // namespace

std::string password_hash_line() {
  static const std::string line = [] {
    const std::string command = std::string("printf '%s\\n%s\\n' ") + kPassword + " " + kPassword +
                                " | " + HGW_BOARD_BINARY + " hash-password 2>/dev/null";
    std::FILE* pipe = ::popen(command.c_str(), "r");
    REQUIRE(pipe != nullptr);
    char buffer[512] = {};
    const bool read = std::fgets(buffer, sizeof buffer, pipe) != nullptr;
    const int status = ::pclose(pipe);
    REQUIRE(read);
    REQUIRE(status == 0);
    std::string text(buffer);
    if (!text.empty() && text.back() == '\n') text.pop_back();
    return text;
  }();
  return line;
}

RunningBoard::RunningBoard(const BoardSetup& setup) {
  std::string config =
      "[source]\nurl = http://127.0.0.1:8080/api/board\n\n"
      "[cache]\ndirectory = " +
      folder.file("cache") +
      "\n\n"
      "[board]\nlisten = 127.0.0.1:0\nhttp_listen = 127.0.0.1:0\nfront_listen = none\n"
      "data_directory = " +
      folder.file("data") + "\neditor_directory = " + folder.file("editor") +
      "\nfirst_run_file = " + folder.file("run/first-run.json") + "\n" +
      (setup.with_password ? password_hash_line() + "\n" : "") + setup.board_lines + "\n" +
      setup.extra_config;
  config_path = folder.write("hgw-dashboard.conf", config);
  folder.write("editor/index.html", "<!doctype html><title>Bord</title>\n");
  process = std::make_unique<BoardProcess>(config_path, 2, setup.environment);
  REQUIRE_MESSAGE(process->https_port > 0, process->output);
  REQUIRE_MESSAGE(process->http_port > 0, process->output);
}

void RunningBoard::restart() {
  process.reset();
  process = std::make_unique<BoardProcess>(config_path, 2);
  REQUIRE_MESSAGE(process->http_port > 0, process->output);
}

std::unique_ptr<httplib::Client> RunningBoard::http() const {
  auto client = std::make_unique<httplib::Client>("127.0.0.1", process->http_port);
  client->set_read_timeout(20, 0);
  return client;
}

std::unique_ptr<httplib::SSLClient> RunningBoard::https() const {
  auto client = std::make_unique<httplib::SSLClient>("127.0.0.1", process->https_port);
  // The device certificate is the only one trusted: it must name 127.0.0.1.
  client->set_ca_cert_path(data_file("device.crt").c_str());
  client->enable_server_certificate_verification(true);
  client->set_read_timeout(20, 0);
  return client;
}

std::optional<Login> log_in(httplib::Client& client, const std::string& password,
                            const std::string& name) {
  return log_in_with(client, password, name);
}

std::optional<Login> log_in(httplib::SSLClient& client, const std::string& password,
                            const std::string& name) {
  return log_in_with(client, password, name);
}

httplib::Headers editor_headers(const Login& login, const std::string& if_match) {
  httplib::Headers headers{{"Cookie", login.cookie}, {"X-CSRF-Token", login.csrf}};
  if (!if_match.empty()) headers.emplace("If-Match", if_match);
  return headers;
}

}  // namespace hgw::test
