// The first run from the wall (issue 16), read the way a person does: the setup
// page's QR code, decoded from the PNG by zbar (Debian's zbar-tools), is the
// editor's address, and the setup code, read back from the pixels by tesseract
// (tesseract-ocr), is the board's code — at every supported size, in both themes.

#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "core/config.hpp"
#include "core/decode_document.hpp"
#include "core/wall_model.hpp"
#include "ocr.hpp"
#include "temp_folder.hpp"
#include "ui/frame.hpp"
#include "ui/headless_renderer.hpp"

namespace {

struct ScreenSize {
  int width;
  int height;
};
constexpr ScreenSize kSizes[] = {{1920, 1080}, {1280, 720}, {3840, 2160}, {1080, 1920}};

constexpr const char* kAddress = "https://192.168.1.20:8443/";

using hgw::test::digits_of;
using hgw::test::output_of;

// The rectangle [x0, x1) × [y0, y1) of the frame as a PNG.
void write_crop(const hgw::ui::HeadlessRenderer& renderer, int x0, int y0, int x1, int y1,
                const std::string& path) {
  x0 = std::max(0, x0);
  y0 = std::max(0, y0);
  x1 = std::min(renderer.width(), x1);
  y1 = std::min(renderer.height(), y1);
  hgw::test::write_png(path, x1 - x0, y1 - y0,
                       [&](int x, int y) { return renderer.pixel(x0 + x, y0 + y); });
}

// The QR code's module in pixels, from the frame: the top-left finder pattern's
// first row is a run of seven dark modules, and its first pixel the first pure
// black one with pure white (the quiet zone) left of it and above it.
int module_pixels(const hgw::ui::HeadlessRenderer& renderer) {
  const auto colour = [&](int x, int y) { return renderer.pixel(x, y) & 0xFFFFFFu; };
  for (int y = 1; y < renderer.height(); ++y) {
    for (int x = 1; x < renderer.width(); ++x) {
      if (colour(x, y) != 0 || colour(x - 1, y) != 0xFFFFFFu || colour(x, y - 1) != 0xFFFFFFu)
        continue;
      int run = 0;
      while (x + run < renderer.width() && colour(x + run, y) == 0)
        ++run;
      return run % 7 == 0 ? run / 7 : 0;
    }
  }
  return 0;
}

}  // namespace

TEST_CASE("first run: the QR code scans to the editor's address and the code reads back") {
  const auto config =
      hgw::core::parse_config("[source]\nurl = http://127.0.0.1:8080/api/board\n[board]\n",
                              "/boot/firmware/hgw-dashboard.conf");
  REQUIRE(config.ok());
  hgw::core::FirstRunNotice notice;
  notice.setup_code = "48210937";
  notice.valid_until = hgw::core::parse_timestamp("2026-12-02T10:00:00+01:00");
  notice.certificate_sha256 =
      "3F:A0:9C:11:72:BE:04:D5:6E:88:19:C2:7A:30:F1:4B:9D:E6:05:28:C3:7F:91:0A:B4:62:DD:13:"
      "8E:57:A9:E0";
  const hgw::test::TempFolder folder;

  for (const auto theme : {hgw::core::Theme::dark, hgw::core::Theme::light}) {
    hgw::core::WallInputs inputs;
    inputs.document = std::make_shared<const hgw::core::Document>(
        *hgw::core::load_document(R"({"format":"hgw-dashboard/1"})").document);
    inputs.config = &*config.config;
    inputs.facts.device = "hgw-wall — 192.168.1.20";
    inputs.facts.host_name = "hgw-wall";
    inputs.facts.addresses = {"192.168.1.20"};
    inputs.facts.mdns_name = "hgw-wall.local";
    inputs.facts.first_run = notice;
    inputs.now = *hgw::core::parse_timestamp("2026-12-02T09:15:00+01:00");
    inputs.overrides.theme = theme;
    const hgw::core::WallModel wall = hgw::core::build_wall_model(inputs);
    REQUIRE(wall.setup.shown);
    REQUIRE(wall.setup.editor_address == kAddress);

    for (const auto size : kSizes) {
      const std::string name = std::string(theme == hgw::core::Theme::dark ? "dark " : "light ") +
                               std::to_string(size.width) + "x" + std::to_string(size.height);
      INFO(name);
      hgw::ui::HeadlessRenderer renderer(size.width, size.height);
      hgw::ui::FrameRecord record;
      renderer.render({&wall.view, hgw::core::Page::overzicht, &wall.setup}, &record);
      const std::string png =
          folder.file(name.substr(0, name.find(' ')) + "-" + std::to_string(size.width) + ".png");
      REQUIRE(renderer.write_png(png));

      // (a) A phone's camera: the QR code is the editor's address, nothing else.
      CHECK(output_of(std::string(HGW_ZBARIMG) + " --nodbus --quiet --raw '" + png + "'") ==
            std::string(kAddress) + "\n");
      // Large enough to scan across a room: at least 4 pixels a module (1280x720).
      CHECK(module_pixels(renderer) >= 4);

      // (b) A reader's eyes: the code, big, read back from the pixels.
      const hgw::ui::TextBox* code = nullptr;
      for (const auto& box : record.texts) {
        if (box.text == "4821 0937") code = &box;
      }
      REQUIRE(code != nullptr);
      // A margin of a quarter of the text's height: less than the room to "geldig tot".
      const int margin = static_cast<int>(code->font_size / 4);
      const std::string crop = folder.file("code.png");
      write_crop(renderer, static_cast<int>(code->min.x) - margin,
                 static_cast<int>(code->min.y) - margin, static_cast<int>(code->max.x) + margin,
                 static_cast<int>(code->max.y) + margin, crop);
      const std::string read = hgw::test::read_line(HGW_TESSERACT, crop);
      CHECK_MESSAGE(digits_of(read) == "48210937", "tesseract read \"" << read << '"');
    }
  }
}
