#include "core/secret_file.hpp"

#include <doctest/doctest.h>
#include <sys/stat.h>

#include "temp_folder.hpp"

using namespace hgw;

TEST_CASE("token file: private files are read, trimmed") {
  test::TempFolder folder;
  const auto path = folder.write("token", "  abc.def-123 \n\n");
  ::chmod(path.c_str(), 0600);
  const auto read = core::read_token_file(path);
  CHECK(read.error.empty());
  CHECK(read.token == "abc.def-123");
  ::chmod(path.c_str(), 0400);
  CHECK(core::read_token_file(path).token == "abc.def-123");
}

TEST_CASE("token file: readable by group or others is refused with the fix") {
  test::TempFolder folder;
  const auto path = folder.write("token", "abc\n");
  for (mode_t mode : {0640, 0604, 0660, 0644, 0610}) {
    CAPTURE(mode);
    ::chmod(path.c_str(), mode);
    const auto read = core::read_token_file(path);
    CHECK_FALSE(read.token);
    CHECK(read.error.find(path + " may be read by others") == 0);
    CHECK(read.error.ends_with("run chmod 600 " + path));
    CHECK(read.error.find("abc") == std::string::npos);
  }
}

TEST_CASE("token file: missing, empty, a folder, two lines") {
  test::TempFolder folder;
  CHECK(core::read_token_file(folder.file("none")).error ==
        folder.file("none") + " cannot be read: No such file or directory");
  CHECK(core::read_token_file(folder.path()).error == folder.path() + " is not a regular file");
  const auto empty = folder.write("empty", "\n \n");
  ::chmod(empty.c_str(), 0600);
  CHECK(core::read_token_file(empty).error == empty + " is empty; put the token on its first line");
  const auto two = folder.write("two", "abc\nX-Injected: yes\n");
  ::chmod(two.c_str(), 0600);
  CHECK(core::read_token_file(two).error ==
        two + " holds more than one line or control characters; a token is one line");
}
