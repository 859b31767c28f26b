#include "pitched_rows.hpp"

#include <cstring>
#include <stdexcept>
#include <string>

namespace hgw::ui {
namespace {

void check_pitch(std::size_t pitch, std::size_t row_bytes, const char* which) {
  if (pitch < row_bytes) {
    throw std::invalid_argument(std::string(which) + " pitch " + std::to_string(pitch) +
                                " is shorter than a row of " + std::to_string(row_bytes) +
                                " bytes");
  }
}

}  // namespace

void copy_pixel_rows(const std::uint8_t* from, std::size_t from_pitch, PixelRows to,
                     std::size_t row_bytes, int rows) {
  check_pitch(from_pitch, row_bytes, "source");
  check_pitch(to.pitch, row_bytes, "destination");
  for (int row = 0; row < rows; ++row) {
    const auto index = static_cast<std::size_t>(row);
    std::memcpy(to.data + index * to.pitch, from + index * from_pitch, row_bytes);
  }
}

void fill_pixel_rows(PixelRows to, std::size_t row_bytes, int rows, std::uint8_t value) {
  check_pitch(to.pitch, row_bytes, "destination");
  for (int row = 0; row < rows; ++row) {
    std::memset(to.data + static_cast<std::size_t>(row) * to.pitch, value, row_bytes);
  }
}

}  // namespace hgw::ui
