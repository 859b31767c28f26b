// read_file_bounded: the whole file up to the cap, one byte more refused, and each
// way a read can fail told apart (a missing cache file is no warning, a broken one is).

#include "platform/bounded_read.hpp"

#include <doctest/doctest.h>
#include <unistd.h>

#include <string>

#include "temp_folder.hpp"

using hgw::platform::FileRead;
using hgw::platform::read_descriptor_bounded;
using hgw::platform::read_file_bounded;

TEST_CASE("a file of exactly the cap is read whole; one byte more is too large") {
  hgw::test::TempFolder folder;
  const std::string exact = folder.write("exact.json", std::string(1000, 'a'));
  const std::string over = folder.write("over.json", std::string(1001, 'a'));
  const FileRead read = read_file_bounded(exact, 1000);
  CHECK(read.ok());
  CHECK(read.text == std::string(1000, 'a'));
  const FileRead refused = read_file_bounded(over, 1000);
  CHECK(refused.outcome == FileRead::Outcome::too_large);
  CHECK(refused.text.empty());
}

TEST_CASE("a file larger than one read step comes back byte for byte") {
  hgw::test::TempFolder folder;
  std::string contents;
  for (int index = 0; contents.size() < 300 * 1024; ++index)
    contents += std::to_string(index) + '\n';
  const FileRead read = read_file_bounded(folder.write("big.json", contents), 1024 * 1024);
  CHECK(read.ok());
  CHECK(read.text == contents);
  CHECK(read_file_bounded(folder.file("big.json"), contents.size() - 1).outcome ==
        FileRead::Outcome::too_large);
}

TEST_CASE("an empty file is read as empty text") {
  hgw::test::TempFolder folder;
  const FileRead read = read_file_bounded(folder.write("empty.json", ""), 10);
  CHECK(read.ok());
  CHECK(read.text.empty());
}

TEST_CASE("a missing file cannot be opened, a folder cannot be read, and each says why") {
  hgw::test::TempFolder folder;
  const FileRead missing = read_file_bounded(folder.file("absent.json"), 10);
  CHECK(missing.outcome == FileRead::Outcome::cannot_open);
  CHECK(missing.reason == "No such file or directory");
  const FileRead directory = read_file_bounded(folder.path(), 10);
  CHECK(directory.outcome == FileRead::Outcome::read_error);
  CHECK(directory.reason == "Is a directory");
}

TEST_CASE("a descriptor (standard input's way) is read to its end, with the same cap") {
  int ends[2];
  REQUIRE(::pipe(ends) == 0);
  REQUIRE(::write(ends[1], "{\"a\": 1}", 8) == 8);
  ::close(ends[1]);
  const FileRead read = read_descriptor_bounded(ends[0], 8);
  ::close(ends[0]);
  CHECK(read.ok());
  CHECK(read.text == "{\"a\": 1}");

  REQUIRE(::pipe(ends) == 0);
  REQUIRE(::write(ends[1], "123456789", 9) == 9);
  ::close(ends[1]);
  CHECK(read_descriptor_bounded(ends[0], 8).outcome == FileRead::Outcome::too_large);
  ::close(ends[0]);
}
