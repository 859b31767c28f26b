#pragma once
// A server process a test starts and stops, reading what it prints on its standard
// output (a test server's "PORT <n>", dbus-daemon's address); the destructor ends it
// (SIGTERM, then SIGKILL).

#include <doctest/doctest.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace hgw::test {

class ChildProcess {
 public:
  explicit ChildProcess(std::vector<std::string> arguments) {
    int pipe_ends[2];
    REQUIRE(::pipe(pipe_ends) == 0);
    pid_ = ::fork();
    REQUIRE(pid_ >= 0);
    if (pid_ == 0) {
      // Ends with the test, even one that crashes before its destructors run: an
      // orphan would keep the test's output pipe open and hang whoever reads it.
      ::prctl(PR_SET_PDEATHSIG, SIGKILL);
      ::dup2(pipe_ends[1], STDOUT_FILENO);
      ::close(pipe_ends[0]);
      ::close(pipe_ends[1]);
      std::vector<char*> argv;
      for (auto& argument : arguments)
        argv.push_back(argument.data());
      argv.push_back(nullptr);
      ::execv(argv[0], argv.data());
      ::_exit(127);
    }
    ::close(pipe_ends[1]);
    output_ = ::fdopen(pipe_ends[0], "r");
  }
  ~ChildProcess() { stop(); }
  ChildProcess(const ChildProcess&) = delete;
  ChildProcess& operator=(const ChildProcess&) = delete;

  // The next line it prints, without its line end; none once it ended.
  std::optional<std::string> read_line() {
    char line[512];
    if (!output_ || !std::fgets(line, sizeof line, output_)) return {};
    std::string text(line);
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r'))
      text.pop_back();
    return text;
  }

  // Reads lines until "PORT <n>"; 0 when the process ended first.
  int read_port() {
    while (const std::optional<std::string> line = read_line()) {
      int port = 0;
      if (std::sscanf(line->c_str(), "PORT %d", &port) == 1) return port;
    }
    return 0;
  }

  void stop() {
    if (pid_ > 0) {
      ::kill(pid_, SIGTERM);
      for (int i = 0; i < 100; ++i) {
        if (::waitpid(pid_, nullptr, WNOHANG) == pid_) {
          pid_ = -1;
          break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
      }
      if (pid_ > 0) {
        ::kill(pid_, SIGKILL);
        ::waitpid(pid_, nullptr, 0);
        pid_ = -1;
      }
    }
    if (output_) {
      std::fclose(output_);
      output_ = nullptr;
    }
  }

 private:
  pid_t pid_ = -1;
  std::FILE* output_ = nullptr;
};

}  // namespace hgw::test
