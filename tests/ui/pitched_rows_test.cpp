// A frame copied into a buffer whose rows are wider than the frame (a DRM dumb
// buffer's pitch): every pixel lands in its row, the padding stays untouched.

#include "ui/pitched_rows.hpp"

#include <doctest/doctest.h>

#include <cstdint>
#include <stdexcept>
#include <vector>

using hgw::ui::copy_pixel_rows;
using hgw::ui::fill_pixel_rows;

TEST_CASE("pitched rows: a 3×2 frame into rows of 16 bytes") {
  constexpr std::size_t kRowBytes = 3 * 4;
  constexpr std::size_t kPitch = 16;
  std::vector<std::uint8_t> frame(kRowBytes * 2);
  for (std::size_t index = 0; index < frame.size(); ++index)
    frame[index] = static_cast<std::uint8_t>(index + 1);
  std::vector<std::uint8_t> buffer(kPitch * 2, 0xEE);

  copy_pixel_rows(frame.data(), kRowBytes, {buffer.data(), kPitch}, kRowBytes, 2);

  for (std::size_t column = 0; column < kRowBytes; ++column) {
    CHECK(buffer[column] == frame[column]);
    CHECK(buffer[kPitch + column] == frame[kRowBytes + column]);
  }
  for (std::size_t padding = kRowBytes; padding < kPitch; ++padding) {
    CHECK(buffer[padding] == 0xEE);
    CHECK(buffer[kPitch + padding] == 0xEE);
  }
}

TEST_CASE("pitched rows: a padded source too, and a fill leaves the padding") {
  // The source's own padding (an SDL surface's pitch) is not copied.
  const std::vector<std::uint8_t> frame = {1, 2, 3, 4, 0xAA, 0xAA, 5, 6, 7, 8, 0xAA, 0xAA};
  std::vector<std::uint8_t> buffer(2 * 8, 0);
  copy_pixel_rows(frame.data(), 6, {buffer.data(), 8}, 4, 2);
  CHECK(buffer == std::vector<std::uint8_t>{1, 2, 3, 4, 0, 0, 0, 0, 5, 6, 7, 8, 0, 0, 0, 0});

  fill_pixel_rows({buffer.data(), 8}, 4, 2, 0x11);
  CHECK(buffer == std::vector<std::uint8_t>{0x11, 0x11, 0x11, 0x11, 0, 0, 0, 0, 0x11, 0x11, 0x11,
                                            0x11, 0, 0, 0, 0});
}

TEST_CASE("pitched rows: a pitch shorter than a row is refused, nothing written") {
  std::vector<std::uint8_t> buffer(16, 0);
  const std::vector<std::uint8_t> frame(16, 9);
  CHECK_THROWS_WITH_AS(copy_pixel_rows(frame.data(), 8, {buffer.data(), 4}, 8, 2),
                       "destination pitch 4 is shorter than a row of 8 bytes",
                       std::invalid_argument);
  CHECK_THROWS_AS(copy_pixel_rows(frame.data(), 4, {buffer.data(), 8}, 8, 2),
                  std::invalid_argument);
  CHECK(buffer == std::vector<std::uint8_t>(16, 0));
}
