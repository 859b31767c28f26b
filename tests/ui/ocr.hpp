#pragma once
// Reading a frame as a person does: a part of it written as a PNG and read by
// tesseract (tesseract-ocr, a host tool from cross/install-deps.sh host), or any
// other command whose output the test needs.

#include <doctest/doctest.h>
#include <stb_image_write.h>  // implemented in Debian's libstb.so

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace hgw::test {

// What a command printed on its standard output (its errors go to the test's).
inline std::string output_of(const std::string& command) {
  const std::unique_ptr<FILE, int (*)(FILE*)> pipe(::popen(command.c_str(), "r"), ::pclose);
  REQUIRE_MESSAGE(pipe != nullptr, "cannot run " << command);
  std::string text;
  std::array<char, 4096> buffer{};
  std::size_t count = 0;
  while ((count = std::fread(buffer.data(), 1, buffer.size(), pipe.get())) > 0)
    text.append(buffer.data(), count);
  return text;
}

inline std::string digits_of(const std::string& text) {
  std::string digits;
  for (const char c : text) {
    if (c >= '0' && c <= '9') digits += c;
  }
  return digits;
}

// A pixel as the bytes R, G, B, A in memory (0xAABBGGRR on a little-endian CPU).
using RgbaAt = std::function<std::uint32_t(int x, int y)>;

// Writes the `width` × `height` pixels of `rgba_at` as a PNG: a crop of a frame, for
// the OCR to read only what is asked (a whole 4K page would take it seconds and
// give it more to mix up).
inline void write_png(const std::string& path, int width, int height, const RgbaAt& rgba_at) {
  std::vector<std::uint32_t> pixels;
  pixels.reserve(static_cast<std::size_t>(width) * static_cast<std::size_t>(height));
  for (int y = 0; y < height; ++y) {
    for (int x = 0; x < width; ++x)
      pixels.push_back(rgba_at(x, y));
  }
  REQUIRE(stbi_write_png(path.c_str(), width, height, 4, pixels.data(), width * 4) != 0);
}

// One line of digits (and what `also` allows besides) as tesseract reads it from a PNG.
inline std::string read_line(const std::string& tesseract, const std::string& png,
                             const std::string& also = "") {
  return output_of(tesseract + " '" + png +
                   "' stdout --psm 7 -c tessedit_char_whitelist=0123456789" + also +
                   " 2>/dev/null");
}

}  // namespace hgw::test
