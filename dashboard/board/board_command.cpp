#include "board_command.hpp"

#include <signal.h>
#include <sys/stat.h>

#include <condition_variable>
#include <filesystem>
#include <iostream>
#include <memory>
#include <thread>

#include "board_password.hpp"
#include "board_server.hpp"
#include "board_store.hpp"
#include "core/clock.hpp"
#include "core/config.hpp"
#include "device_certificate.hpp"
#include "password_prompt.hpp"
#include "platform/config_search.hpp"
#include "platform/device_address.hpp"
#include "platform/systemd_notify.hpp"
#include "platform/version.hpp"

namespace hgw::board {
namespace {

constexpr const char* kUsage =
    "usage: hgw-board [--config FILE]   the board service (docs/board-api.md)\n"
    "       hgw-board hash-password     reads a new password twice, prints the config line\n"
    "       hgw-board --version | --help\n"
    "The config is the wall's: --config, else /boot/firmware/hgw-dashboard.conf, else\n"
    "/etc/hgw-dashboard.conf; hgw-board reads its [board] section and the sources.\n";

std::string shown_address(const core::ListenAddress& address) {
  const bool v6 = address.host.find(':') != std::string::npos;
  return (v6 ? "[" + address.host + "]" : address.host) + ":" + std::to_string(address.port);
}

struct BoundServer {
  std::unique_ptr<httplib::Server> server;
  Listener kind;
  core::ListenAddress address;
  std::string scheme() const { return kind == Listener::https ? "https" : "http"; }
};

// Binds now, so a port in use is a start-up error rather than a silent thread.
bool bind_listener(BoundServer& listener, std::ostream& err) {
  if (listener.address.port == 0) {
    listener.address.port = listener.server->bind_to_any_port(listener.address.host);
    if (listener.address.port > 0) return true;
  } else if (listener.server->bind_to_port(listener.address.host, listener.address.port)) {
    return true;
  }
  err << "hgw-board: cannot listen on " << listener.scheme() << "://"
      << shown_address(listener.address) << " (in use, or not an address of this device)\n";
  return false;
}

// The hash is no password, but anyone who can read it can guess offline at leisure.
void warn_if_hash_readable_by_others(const std::string& path, const core::BoardConfig& board,
                                     std::ostream& err) {
  struct stat status {};
  if (board.password_hash.empty() || ::stat(path.c_str(), &status) != 0) return;
  if ((status.st_mode & S_IROTH) == 0) return;
  err << "hgw-board: warning: " << path
      << " holds password_hash and may be read by every user of this device; fix: chmod o-r "
      << path << " (on the FAT boot partition: the mount's fmask decides, e.g. fmask=0027)\n";
}

int serve(const std::optional<std::string>& config_argument, std::ostream& out, std::ostream& err) {
  // Blocked before any thread starts, so only sigwait below sees them.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGTERM);
  sigaddset(&stop_signals, SIGINT);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  core::Config config;
  if (const auto path = platform::find_config(config_argument)) {
    core::ConfigResult loaded = core::load_config(*path);
    for (const auto& entry : loaded.diagnostics.entries()) {
      err << (entry.severity == core::Severity::error ? "error: " : "warning: ")
          << entry.to_string() << '\n';
    }
    if (!loaded.ok()) {
      err << "hgw-board: not started: fix " << *path << '\n';
      return 1;
    }
    config = std::move(*loaded.config);
    warn_if_hash_readable_by_others(*path, config.board, err);
  } else {
    err << "hgw-board: no config found; using the defaults (no password: editing refused)\n";
  }
  // HTTPS for the school network is the front's (nginx) since issue 16: an older
  // config's `listen = 0.0.0.0:8443` is skipped, so the device still starts and the
  // front can take the port.
  std::vector<core::ListenAddress> own_https;
  for (const auto& address : config.board.listen) {
    if (core::is_loopback_host(address.host)) {
      own_https.push_back(address);
    } else {
      err << "hgw-board: warning: [board] listen = " << shown_address(address)
          << " is skipped: the front (nginx, /etc/nginx/conf.d/hgw-board.conf) serves HTTPS "
             "on the school network; set listen = none\n";
    }
  }
  const core::BoardConfig& board = config.board;
  if (own_https.empty() && board.http_listen.empty() && board.front_listen.empty()) {
    err << "hgw-board: [board] listen, http_listen and front_listen are all none; nothing to "
           "serve\n";
    return 1;
  }

  std::error_code error;
  std::filesystem::create_directories(board.data_directory, error);
  BoardStore store(board.data_directory);
  if (const std::string problem = store.open(core::SystemClock().now()); !problem.empty()) {
    err << "hgw-board: the board store in " << board.data_directory
        << " cannot be used: " << problem << '\n';
    return 1;
  }
  if (const std::string note = store.recovery_note(); !note.empty())
    err << "hgw-board: warning: the board store in " << board.data_directory
        << " was repaired: " << note << '\n';

  // The front serves HTTPS with the same certificate, and the editor shows its fingerprint.
  DeviceCertificate certificate;
  if (!own_https.empty() || !board.front_listen.empty()) {
    certificate = ensure_device_certificate(board.data_directory, platform::host_name());
    if (!certificate.ok()) {
      err << "hgw-board: no device certificate: " << certificate.error << '\n';
      return 1;
    }
    out << "hgw-board: device certificate " << certificate.certificate_file
        << (certificate.created ? " (made now)" : "") << ", SHA-256 fingerprint "
        << certificate.sha256_fingerprint << '\n';
  }
  BoardPassword password(board.password_hash,
                         board.data_directory + "/" + std::string(kPasswordStateName));
  if (const std::string problem = password.load(); !problem.empty())
    err << "hgw-board: warning: " << problem << '\n';
  if (!config.file.empty()) {
    const std::filesystem::path folder = std::filesystem::path(config.file).parent_path();
    const std::string reset_file =
        (folder.empty() ? std::filesystem::path(".") : folder) / std::string(kResetFileName);
    if (const std::string line = password.forget_if_asked(reset_file); !line.empty())
      err << "hgw-board: " << line << '\n';
  }
  if (!password.is_set()) {
    err << "hgw-board: no password set: editing is refused until it is set in the editor with "
           "the one-time setup code the wall shows (written to "
        << board.first_run_file << "), or [board] password_hash is set in "
        << (config.file.empty() ? std::string("hgw-dashboard.conf") : config.file)
        << " (make the line with: hgw-board hash-password)\n";
  }

  BoardService service(config, store, password, certificate.certificate_pem,
                       certificate.sha256_fingerprint);
  std::vector<BoundServer> listeners;
  for (const auto& address : own_https) {
    auto server = std::make_unique<httplib::SSLServer>(certificate.certificate_file.c_str(),
                                                       certificate.key_file.c_str());
    if (!server->is_valid()) {
      err << "hgw-board: " << certificate.certificate_file << " or " << certificate.key_file
          << " cannot be used for TLS\n";
      return 1;
    }
    listeners.push_back({std::move(server), Listener::https, address});
  }
  for (const auto& address : board.http_listen)
    listeners.push_back({std::make_unique<httplib::Server>(), Listener::loopback_http, address});
  for (const auto& address : board.front_listen)
    listeners.push_back({std::make_unique<httplib::Server>(), Listener::front, address});
  for (auto& listener : listeners) {
    service.install(*listener.server, listener.kind);
    if (!bind_listener(listener, err)) return 1;
    if (listener.kind == Listener::front) {
      out << "hgw-board: the front (nginx) reaches the board on http://"
          << shown_address(listener.address) << '\n';
    } else {
      out << "hgw-board: listening on " << listener.scheme() << "://"
          << shown_address(listener.address) << '\n';
    }
  }
  out << std::flush;

  std::vector<std::thread> threads;
  for (auto& listener : listeners)
    threads.emplace_back([&server = *listener.server] { server.listen_after_bind(); });
  // httplib's stop() does nothing to a server whose thread has not started listening
  // yet, and the join below would then wait forever: a SIGTERM right after start
  // (a quick restart) must still stop the service.
  const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(2);
  for (auto& listener : listeners) {
    while (!listener.server->is_running() && std::chrono::steady_clock::now() < give_up)
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  // A setup code is replaced after its hour even when nobody asks the board anything.
  std::jthread first_run_timer([&service](std::stop_token stop) {
    std::mutex mutex;
    std::condition_variable_any wake;
    std::unique_lock lock(mutex);
    while (!wake.wait_for(lock, stop, std::chrono::seconds(10), [] { return false; }) &&
           !stop.stop_requested())
      service.refresh_first_run();
  });
  platform::SystemdNotifier notifier;
  notifier.ready("serving the board, version " + std::to_string(store.current().info.version));

  int received = 0;
  sigwait(&stop_signals, &received);
  notifier.stopping();
  first_run_timer.request_stop();
  first_run_timer.join();
  for (auto& listener : listeners)
    listener.server->stop();
  for (auto& thread : threads)
    thread.join();
  out << "hgw-board: stopped\n";
  return 0;
}

}  // namespace

int run_board_command(const std::vector<std::string>& arguments, std::ostream& out,
                      std::ostream& err) {
  std::optional<std::string> config_path;
  for (std::size_t i = 0; i < arguments.size(); ++i) {
    const std::string& argument = arguments[i];
    if (argument == "hash-password" && arguments.size() == 1) {
      return run_hash_password(std::cin, out, err);
    } else if (argument == "--version") {
      out << "hgw-board " << platform::kVersion << '\n';
      return 0;
    } else if (argument == "--help") {
      out << kUsage;
      return 0;
    } else if (argument == "--config" && i + 1 < arguments.size()) {
      config_path = arguments[++i];
    } else {
      err << "hgw-board: unknown argument \"" << argument << "\"\n" << kUsage;
      return 2;
    }
  }
  return serve(config_path, out, err);
}

}  // namespace hgw::board
