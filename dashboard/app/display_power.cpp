#include "display_power.hpp"

#include <spawn.h>
#include <sys/wait.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>

extern char** environ;

namespace hgw::app {

DisplayPower::DisplayPower(std::string off_command, std::string on_command,
                           std::function<void(std::string_view)> log)
    : off_command_(std::move(off_command)),
      on_command_(std::move(on_command)),
      log_(std::move(log)) {}

DisplayPower::~DisplayPower() {
  for (const pid_t child : running_) {
    int status = 0;
    while (waitpid(child, &status, 0) < 0 && errno == EINTR) {
    }
  }
}

void DisplayPower::set(bool on, const std::string& wall_time) {
  if (state_ == on) return;
  const bool first = !state_.has_value();
  state_ = on;
  if (first && on) return;
  run(on ? on_command_ : off_command_, on, wall_time);
}

void DisplayPower::run(const std::string& command, bool on, const std::string& wall_time) {
  if (command.empty()) return;
  std::vector<std::string> environment;
  for (char** entry = environ; *entry != nullptr; ++entry) {
    if (std::strncmp(*entry, "HGW_DISPLAY=", 12) != 0 &&
        std::strncmp(*entry, "HGW_WALL_TIME=", 14) != 0) {
      environment.emplace_back(*entry);
    }
  }
  environment.push_back(std::string("HGW_DISPLAY=") + (on ? "on" : "off"));
  environment.push_back("HGW_WALL_TIME=" + wall_time);
  std::vector<char*> envp;
  for (auto& entry : environment)
    envp.push_back(entry.data());
  envp.push_back(nullptr);

  std::string shell = "/bin/sh";
  std::string dash_c = "-c";
  std::string text = command;
  char* argv[] = {shell.data(), dash_c.data(), text.data(), nullptr};

  // The kiosk blocks SIGTERM/SIGINT in all its threads (SignalWatch); the command
  // gets the ordinary defaults back so it can be stopped like any program.
  posix_spawnattr_t attributes;
  posix_spawnattr_init(&attributes);
  sigset_t none;
  sigemptyset(&none);
  sigset_t defaults;
  sigemptyset(&defaults);
  sigaddset(&defaults, SIGTERM);
  sigaddset(&defaults, SIGINT);
  sigaddset(&defaults, SIGPIPE);
  posix_spawnattr_setsigmask(&attributes, &none);
  posix_spawnattr_setsigdefault(&attributes, &defaults);
  posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
  pid_t child = 0;
  const int error = posix_spawn(&child, shell.c_str(), nullptr, &attributes, argv, envp.data());
  posix_spawnattr_destroy(&attributes);
  if (error != 0) {
    log_(std::string("display command could not start: ") + std::strerror(error));
    return;
  }
  log_(std::string("display ") + (on ? "on" : "off") + ": running the configured command");
  running_.push_back(child);
}

void DisplayPower::reap() {
  std::erase_if(running_, [&](pid_t child) {
    int status = 0;
    const pid_t done = waitpid(child, &status, WNOHANG);
    if (done == 0) return false;
    if (done == child && !(WIFEXITED(status) && WEXITSTATUS(status) == 0)) {
      log_("display command failed (exit status " +
           std::to_string(WIFEXITED(status) ? WEXITSTATUS(status) : -1) + ")");
    }
    return true;
  });
}

}  // namespace hgw::app
