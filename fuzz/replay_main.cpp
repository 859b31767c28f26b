// Replays inputs through a fuzz target's entry function in an ordinary build (g++,
// no libFuzzer): every crash libFuzzer ever found (fuzz/regressions/<target>/)
// and the seed files stay a ctest, so a fixed bug cannot come back unnoticed.
//
//   fuzz_document_replay FILE|DIR...   (folders are read recursively)
//
// A crash, a sanitizer report or a broken invariant (HGW_FUZZ_CHECK aborts) fails
// the process with the input's name printed just before it.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

std::vector<std::filesystem::path> inputs_in(const std::filesystem::path& path) {
  std::vector<std::filesystem::path> files;
  if (std::filesystem::is_directory(path)) {
    for (const auto& entry : std::filesystem::recursive_directory_iterator(path)) {
      if (entry.is_regular_file()) files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
  } else {
    files.push_back(path);
  }
  return files;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: " << argv[0] << " FILE|DIR...\n";
    return 2;
  }
  std::size_t replayed = 0;
  for (int index = 1; index < argc; ++index) {
    const std::filesystem::path named(argv[index]);
    if (!std::filesystem::exists(named)) {
      std::cerr << named.string() << ": no such file or folder\n";
      return 2;
    }
    for (const auto& file : inputs_in(named)) {
      std::ifstream stream(file, std::ios::binary);
      const std::string bytes((std::istreambuf_iterator<char>(stream)),
                              std::istreambuf_iterator<char>());
      if (!stream.eof() && stream.fail()) {
        std::cerr << file.string() << ": cannot be read\n";
        return 2;
      }
      // Named first, so the input of a crash is the last line before its report.
      std::cerr << "replaying " << file.string() << '\n';
      LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
      ++replayed;
    }
  }
  std::cout << "replayed " << replayed << " inputs without a crash\n";
  return replayed == 0 ? 1 : 0;
}
