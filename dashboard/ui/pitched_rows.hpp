#pragma once
// Copying a frame between two pixel buffers whose rows are padded differently: a
// DRM dumb buffer's pitch is the driver's choice (often rounded up to 64 bytes or
// more), wider than the frame's width × 4. Also used to clear one.

#include <cstddef>
#include <cstdint>

namespace hgw::ui {

struct PixelRows {
  std::uint8_t* data = nullptr;
  std::size_t pitch = 0;  // bytes from one row's start to the next
};

// Copies `rows` rows of `row_bytes` each; the padding after each destination row is
// left as it was. Throws std::invalid_argument when a pitch is shorter than a row.
void copy_pixel_rows(const std::uint8_t* from, std::size_t from_pitch, PixelRows to,
                     std::size_t row_bytes, int rows);

// Sets `rows` rows of `row_bytes` bytes to `value` (0: black in XRGB8888).
void fill_pixel_rows(PixelRows to, std::size_t row_bytes, int rows, std::uint8_t value);

}  // namespace hgw::ui
