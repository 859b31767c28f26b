#pragma once
// The misbehaving source server (fixture_server.py) on a free loopback port.

#include <nlohmann/json.hpp>
#include <string>

#include "child_process.hpp"
#include "test_http.hpp"

namespace hgw::test {

class FixtureServer {
 public:
  // With a certificate and key it speaks HTTPS.
  explicit FixtureServer(const std::string& cert = {}, const std::string& key = {})
      : process_(arguments(cert, key)), https_(!cert.empty()) {
    port_ = process_.read_port();
    REQUIRE_MESSAGE(port_ > 0, "the fixture server did not start");
  }

  int port() const { return port_; }
  std::string url(const std::string& name) const {
    return std::string(https_ ? "https" : "http") + "://127.0.0.1:" + std::to_string(port_) + "/" +
           name;
  }
  // Control and statistics go over plain HTTP to a plain server only.
  void set(const std::string& name, const nlohmann::json& settings) const {
    const auto answer = http_request("POST", url("_control/" + name), settings.dump());
    REQUIRE_MESSAGE(answer.status == 200, answer.error);
  }
  nlohmann::json stats(const std::string& name) const {
    const auto answer = http_request("GET", url("_stats/" + name));
    REQUIRE_MESSAGE(answer.status == 200, answer.error);
    return nlohmann::json::parse(answer.body);
  }
  int requests(const std::string& name) const { return stats(name)["requests"].get<int>(); }
  void stop() { process_.stop(); }

 private:
  static std::vector<std::string> arguments(const std::string& cert, const std::string& key) {
    std::vector<std::string> list{"/usr/bin/python3", HGW_FIXTURE_SERVER};
    if (!cert.empty()) {
      list.insert(list.end(), {"--cert", cert, "--key", key});
    }
    return list;
  }

  ChildProcess process_;
  bool https_ = false;
  int port_ = 0;
};

}  // namespace hgw::test
