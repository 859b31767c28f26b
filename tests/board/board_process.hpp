#pragma once
// A real hgw-board started by a test, with its own config and data folder under a
// temporary folder and free ports on 127.0.0.1. It learns the ports from the
// "listening on" lines the service prints; the destructor ends it with SIGTERM.

#include <doctest/doctest.h>
#include <grp.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <string>
#include <vector>

namespace hgw::test {

class BoardProcess {
 public:
  // Starts `hgw-board --config CONFIG` and reads its output until `listeners`
  // "listening on" lines (0: until it ends, for start-up failures). `environment`
  // ("NAME=value") is added to the test's own; with `user`, the board runs as that
  // user (the test must be root then).
  BoardProcess(const std::string& config, int listeners,
               const std::vector<std::string>& environment = {},
               std::optional<uid_t> user = std::nullopt) {
    int pipe_ends[2];
    REQUIRE(::pipe(pipe_ends) == 0);
    pid_ = ::fork();
    REQUIRE(pid_ >= 0);
    if (pid_ == 0) {
      ::dup2(pipe_ends[1], STDOUT_FILENO);
      ::dup2(pipe_ends[1], STDERR_FILENO);
      ::close(pipe_ends[0]);
      ::close(pipe_ends[1]);
      for (const std::string& variable : environment)
        ::putenv(::strdup(variable.c_str()));
      if (user && (::setgroups(0, nullptr) != 0 || ::setgid(*user) != 0 || ::setuid(*user) != 0))
        ::_exit(126);
      ::execl(HGW_BOARD_BINARY, HGW_BOARD_BINARY, "--config", config.c_str(),
              static_cast<char*>(nullptr));
      ::_exit(127);
    }
    ::close(pipe_ends[1]);
    output_stream_ = ::fdopen(pipe_ends[0], "r");
    int seen = 0;
    char line[1024];
    while ((listeners == 0 || seen < listeners) && std::fgets(line, sizeof line, output_stream_)) {
      output += line;
      int port = 0;
      if (std::sscanf(line, "hgw-board: listening on https://127.0.0.1:%d", &port) == 1) {
        https_port = port;
        ++seen;
      } else if (std::sscanf(line, "hgw-board: listening on http://127.0.0.1:%d", &port) == 1) {
        http_port = port;
        ++seen;
      }
    }
  }
  ~BoardProcess() {
    if (pid_ > 0) {
      ::kill(pid_, SIGTERM);
      ::waitpid(pid_, nullptr, 0);
    }
    if (output_stream_) std::fclose(output_stream_);
  }
  BoardProcess(const BoardProcess&) = delete;
  BoardProcess& operator=(const BoardProcess&) = delete;

  // Waits for the process to end (it must end by itself) and returns its exit code.
  int exit_code() {
    int status = 0;
    ::waitpid(pid_, &status, 0);
    pid_ = -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }

  pid_t pid() const { return pid_; }

  int https_port = 0;
  int http_port = 0;
  std::string output;

 private:
  pid_t pid_ = -1;
  std::FILE* output_stream_ = nullptr;
};

}  // namespace hgw::test
