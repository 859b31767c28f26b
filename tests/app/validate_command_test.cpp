#include "validate_command.hpp"

#include <doctest/doctest.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

using namespace hgw::app;

namespace {

// A document in a temporary file, removed at the end of the test.
class TempDocument {
 public:
  explicit TempDocument(const std::string& text) {
    char name[] = "/tmp/hgw-validate-XXXXXX";
    const int fd = mkstemp(name);
    REQUIRE(fd >= 0);
    path_ = name;
    std::ofstream(path_) << text;
    close(fd);
  }
  ~TempDocument() { std::remove(path_.c_str()); }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

struct Run {
  int exit_code;
  std::string output;
};

Run validate(std::vector<std::string> inputs) {
  CommandLine command;
  command.kind = CommandKind::validate;
  command.inputs = std::move(inputs);
  std::ostringstream out;
  const int code = run_validate(command, out);
  return {code, out.str()};
}

}  // namespace

TEST_CASE("a valid document exits 0") {
  TempDocument document(R"({"format": "hgw-dashboard/1"})");
  const auto run = validate({document.path()});
  CHECK(run.exit_code == 0);
  CHECK(run.output == document.path() + ": valid (0 errors, 0 warnings)\n");
}

TEST_CASE("every error on its own line, with file, severity and path; exit 1") {
  TempDocument document(R"({"format": "hgw-dashboard/1",
    "actions": [{"id": "a", "what": "w", "who": "kc", "when": "12 dec"}],
    "display": {"theme": "blue"}})");
  const auto run = validate({document.path()});
  CHECK(run.exit_code == 1);
  CHECK(run.output == document.path() +
                          ": error: actions[0].when: expected a date YYYY-MM-DD, got \"12 dec\"\n" +
                          document.path() +
                          ": error: display.theme: expected one of dark | light, got \"blue\"\n" +
                          document.path() + ": INVALID (2 errors, 0 warnings)\n");
}

TEST_CASE("a missing file is an error that names the file") {
  const auto run = validate({"/nonexistent/board.json"});
  CHECK(run.exit_code == 1);
  CHECK(run.output.find(
            "/nonexistent/board.json: error: (document): cannot open: No such file or directory") ==
        0);
}

TEST_CASE("several documents: each, then their merge") {
  TempDocument api(R"({"format": "hgw-dashboard/1",
    "goals": [{"id": "g", "domain": "leren", "title": "t", "team": "zz"}]})");
  TempDocument board(
      R"({"format": "hgw-dashboard/1", "teams": [{"id": "bb", "name": "Bovenbouw"}]})");
  const auto run = validate({api.path(), board.path()});
  CHECK(run.exit_code == 0);
  CHECK(run.output.find("(merged): warning: goals[0].team: no teams entry with id \"zz\"; shown as "
                        "school-wide\n") != std::string::npos);
  CHECK(run.output.find("(merged): valid (0 errors, 1 warning)\n") != std::string::npos);
}

TEST_CASE("one bad document among good ones fails the run") {
  TempDocument good(R"({"format": "hgw-dashboard/1"})");
  TempDocument bad(R"({"format": "hgw-dashboard/2"})");
  const auto run = validate({good.path(), bad.path()});
  CHECK(run.exit_code == 1);
  CHECK(run.output.find("(merged)") == std::string::npos);
}

TEST_CASE("a file:// URL is fetched like a source") {
  TempDocument document(R"({"format": "hgw-dashboard/1", "display": {"theme": "blue"}})");
  const auto run = validate({"file://" + document.path()});
  CHECK(run.exit_code == 1);
  CHECK(run.output.find("error: display.theme: expected one of dark | light") != std::string::npos);
}

TEST_CASE("a URL's scheme is read in any case, as in the config: not as a file name") {
  TempDocument document(R"({"format": "hgw-dashboard/1", "display": {"theme": "blue"}})");
  const auto file = validate({"File://" + document.path()});
  CHECK(file.output.find("error: display.theme: expected one of dark | light") !=
        std::string::npos);
  for (const std::string url : {"HTTPS://127.0.0.1:9/board.json", "Http://127.0.0.1:9/board.json",
                                "http://127.0.0.1:9/board.json"}) {
    CAPTURE(url);
    const auto run = validate({url});
    CHECK(run.exit_code == 1);
    CHECK(run.output.find("cannot fetch " + url + ": unreachable") != std::string::npos);
  }
}

TEST_CASE("an unreachable URL is an error that says why") {
  // Port 9 on loopback (discard) has no listener here: the connection is refused.
  const auto run = validate({"http://127.0.0.1:9/board.json"});
  CHECK(run.exit_code == 1);
  CHECK(run.output.find("http://127.0.0.1:9/board.json: error: (document): cannot fetch "
                        "http://127.0.0.1:9/board.json: unreachable") == 0);
}

TEST_CASE("validate says what the wall would notice: a team filter that matches no team") {
  TempDocument document(R"({"format": "hgw-dashboard/1",
    "teams": [{"id": "bb", "name": "Bovenbouw"}],
    "display": {"teams": ["ob"]}})");
  const auto run = validate({document.path()});
  CHECK(run.exit_code == 0);
  CHECK(run.output.find("(wall): warning: display.teams: no team matches the filter [\"ob\"]") !=
        std::string::npos);
}
