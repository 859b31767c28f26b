// The frame as PNG bytes in memory (the board's previews): a PNG that decodes to
// exactly the pixels the renderer drew.

#include <doctest/doctest.h>
#include <stb_image.h>  // implemented in Debian's libstb.so

#include <cstdint>
#include <cstring>
#include <memory>
#include <string>

#include "core/date_time.hpp"
#include "core/decode_document.hpp"
#include "core/demo_school.hpp"
#include "core/view_model.hpp"
#include "ui/frame.hpp"
#include "ui/headless_renderer.hpp"

TEST_CASE("encode_png: the last frame as a PNG that decodes to the same pixels") {
  const auto decoded = hgw::core::load_document(hgw::core::demo_school_json());
  REQUIRE(decoded.document.has_value());
  const auto now = *hgw::core::parse_timestamp("2026-11-30T08:00:00+01:00");
  const hgw::core::ViewModel model = hgw::core::build_view_model(*decoded.document, now, {});
  const hgw::core::SetupView setup{};
  hgw::ui::HeadlessRenderer renderer(320, 200);
  renderer.render({&model, hgw::core::Page::overzicht, &setup});

  const std::string png = renderer.encode_png();
  REQUIRE(png.size() > 8);
  CHECK(png.compare(0, 8, "\x89PNG\r\n\x1a\n") == 0);
  int width = 0;
  int height = 0;
  int channels = 0;
  const std::unique_ptr<unsigned char, void (*)(void*)> pixels(
      stbi_load_from_memory(reinterpret_cast<const unsigned char*>(png.data()),
                            static_cast<int>(png.size()), &width, &height, &channels, 4),
      stbi_image_free);
  REQUIRE(pixels != nullptr);
  CHECK(width == 320);
  CHECK(height == 200);
  int differing = 0;
  for (int y = 0; y < height; ++y) {
    for (int x = 0; x < width; ++x) {
      std::uint32_t decoded_pixel = 0;
      std::memcpy(&decoded_pixel, pixels.get() + (y * width + x) * 4, sizeof decoded_pixel);
      if (decoded_pixel != renderer.pixel(x, y)) ++differing;
    }
  }
  CHECK(differing == 0);
}
