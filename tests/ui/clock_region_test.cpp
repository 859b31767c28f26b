// The minute tick draws the clock alone (issue 15): on a memory screen, the frame
// of minute M+1 after that of minute M changes only the clock's pixels, those are
// exactly what a whole frame of M+1 has there, and tesseract reads the new time
// off them — upright and on a panel turned 90 degrees.

#include <doctest/doctest.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "core/demo_school.hpp"
#include "core/view_model.hpp"
#include "ocr.hpp"
#include "temp_folder.hpp"
#include "ui/frame.hpp"
#include "ui/headless_renderer.hpp"
#include "ui/kiosk_screen.hpp"

namespace {

using hgw::core::Page;
using hgw::ui::FrameChange;
using hgw::ui::FrameKey;
using hgw::ui::MemoryScreen;
using hgw::ui::PixelRect;

// Small screens keep the software renderer quick; the drawing is the same at any size.
constexpr int kLong = 960;
constexpr int kShort = 540;
constexpr const char* kDay = "2026-11-30T";

hgw::core::Instant at(const std::string& time) {
  return *hgw::core::parse_timestamp(kDay + time + ":00+01:00");
}

// The demo school's wall at `time`: one document, only the clock moves.
hgw::core::ViewModel wall_at(const std::string& time) {
  static const hgw::core::Document document = hgw::core::demo_document(at("08:00"));
  hgw::core::ViewOptions options;
  options.is_demo = true;
  return hgw::core::build_view_model(document, at(time), options);
}

std::uint64_t minute_of(const std::string& time) {
  return static_cast<std::uint64_t>(at(time).unix_seconds / 60);
}

std::vector<std::uint32_t> pixels_of(const MemoryScreen& screen) {
  std::vector<std::uint32_t> pixels;
  for (int y = 0; y < screen.height(); ++y) {
    for (int x = 0; x < screen.width(); ++x)
      pixels.push_back(screen.pixel(x, y));
  }
  return pixels;
}

bool inside(const PixelRect& rect, int x, int y) {
  return x >= rect.x && x < rect.x + rect.w && y >= rect.y && y < rect.y + rect.h;
}

// The clock's rectangle on the page, from the layout, turned onto the output as a
// panel turned `rotation` degrees clockwise shows it: page (x, y) lands on output
// (H - 1 - y, x) at 90, H the page's height.
PixelRect expected_region(const hgw::ui::FrameRequest& request, int page_width, int page_height,
                          int rotation) {
  const hgw::ui::HeadlessRenderer measure(page_width, page_height);
  const PixelRect page = hgw::ui::clock_pixels(
      measure.fonts(), request,
      ImVec2(static_cast<float>(page_width), static_cast<float>(page_height)));
  if (rotation == 90) return {page_height - page.y - page.h, page.x, page.h, page.w};
  return page;
}

// The output's pixels of `region` as a PNG, turned back upright, as R, G, B, A.
void write_upright(const MemoryScreen& screen, const PixelRect& region, int rotation,
                   const std::string& path) {
  const auto rgba = [&](int x, int y) {
    const std::uint32_t argb = screen.pixel(x, y);
    return (argb & 0xFF00FF00u) | ((argb >> 16) & 0xFFu) | ((argb & 0xFFu) << 16);
  };
  if (rotation == 90) {
    // Upright (u, v) of the page's area is output (x + w - 1 - v, y + u), w the
    // region's width on the output.
    hgw::test::write_png(path, region.h, region.w, [&](int u, int v) {
      return rgba(region.x + region.w - 1 - v, region.y + u);
    });
  } else {
    hgw::test::write_png(path, region.w, region.h,
                         [&](int u, int v) { return rgba(region.x + u, region.y + v); });
  }
}

struct Panel {
  const char* name;
  int width;
  int height;
  int rotation;
  int page_width;
  int page_height;
};
constexpr Panel kPanels[] = {
    {"landscape, upright", kLong, kShort, 0, kLong, kShort},
    {"portrait page on a panel turned 90", kLong, kShort, 90, kShort, kLong}};

}  // namespace

TEST_CASE("the minute tick redraws only the clock, exactly as a whole frame would draw it") {
  const hgw::test::TempFolder folder;
  for (const Panel& panel : kPanels) {
    INFO(panel.name);
    const auto before = wall_at("08:00");
    const auto after = wall_at("08:01");
    REQUIRE(before.header.time_text == "08:00");
    REQUIRE(after.header.time_text == "08:01");
    MemoryScreen screen(panel.width, panel.height, panel.rotation);
    const hgw::ui::FrameRequest first{&before, Page::overzicht, nullptr};
    const hgw::ui::FrameRequest next{&after, Page::overzicht, nullptr};

    CHECK(screen.show_frame(first, FrameKey{1, minute_of("08:00")}).change == FrameChange::whole);
    const std::vector<std::uint32_t> old_pixels = pixels_of(screen);
    const hgw::ui::FrameUpdate update = screen.show_frame(next, FrameKey{1, minute_of("08:01")});
    REQUIRE(update.change == FrameChange::region);
    const PixelRect expected =
        expected_region(next, panel.page_width, panel.page_height, panel.rotation);
    CHECK(update.region == expected);

    // Outside the region not a byte changed; inside, the clock's digits did.
    long changed_outside = 0;
    long changed_inside = 0;
    const std::vector<std::uint32_t> new_pixels = pixels_of(screen);
    for (int y = 0; y < screen.height(); ++y) {
      for (int x = 0; x < screen.width(); ++x) {
        const std::size_t index = static_cast<std::size_t>(y) * screen.width() + x;
        if (old_pixels[index] == new_pixels[index]) continue;
        (inside(update.region, x, y) ? changed_inside : changed_outside) += 1;
      }
    }
    CHECK(changed_outside == 0);
    CHECK(changed_inside > 20);

    // The same pixels as a whole frame of 08:01: no seam, no left-over of 08:00.
    MemoryScreen whole(panel.width, panel.height, panel.rotation);
    CHECK(whole.show_frame(next, FrameKey{2, 0}).change == FrameChange::whole);
    CHECK(pixels_of(whole) == new_pixels);
    // The page kept behind the output is whole too: copied again (a window exposed),
    // it is the same frame.
    CHECK(screen.show_frame(next, FrameKey{1, minute_of("08:01")}).change == FrameChange::none);
    CHECK(pixels_of(screen) == new_pixels);

    // To look at: HGW_KEEP_PNG=FOLDER keeps the frames drawn here.
    if (const char* keep = std::getenv("HGW_KEEP_PNG")) {
      const std::string name = std::string(keep) + "/clock-" + std::to_string(panel.rotation);
      CHECK(screen.write_png((name + "-region.png").c_str()));
      CHECK(whole.write_png((name + "-whole.png").c_str()));
    }

    // And a reader sees the new time there.
    const std::string crop = folder.file("clock.png");
    write_upright(screen, update.region, panel.rotation, crop);
    const std::string read = hgw::test::read_line(HGW_TESSERACT, crop, ":");
    CHECK_MESSAGE(hgw::test::digits_of(read) == "0801", "tesseract read \"" << read << '"');
  }
}

TEST_CASE("minute after minute, every digit redrawn alone matches a whole frame") {
  // 09:50 to 10:01: each digit in the minute's last place, and the hour turning.
  for (const Panel& panel : kPanels) {
    INFO(panel.name);
    MemoryScreen screen(panel.width, panel.height, panel.rotation);
    MemoryScreen whole(panel.width, panel.height, panel.rotation);
    std::uint64_t whole_key = 100;
    for (int minute = 50; minute <= 61; ++minute) {
      // Room for any int, so that -O1 builds (the sanitizer stages) see no truncation.
      char time[32];
      std::snprintf(time, sizeof time, "%02d:%02d", 9 + minute / 60, minute % 60);
      INFO(time);
      const auto model = wall_at(time);
      const hgw::ui::FrameRequest request{&model, Page::doelen, nullptr};
      const auto update = screen.show_frame(request, FrameKey{1, minute_of(time)});
      CHECK(update.change == (minute == 50 ? FrameChange::whole : FrameChange::region));
      whole.show_frame(request, FrameKey{++whole_key, 0});
      CHECK(pixels_of(screen) == pixels_of(whole));
    }
  }
}

TEST_CASE(
    "a frame is drawn whole when more than the minute changed, and not at all when nothing did") {
  auto model = wall_at("08:00");
  MemoryScreen screen(kLong, kShort, 0);
  const hgw::ui::FrameRequest request{&model, Page::overzicht, nullptr};
  CHECK(screen.show_frame(request, FrameKey{1, 1}).change == FrameChange::whole);
  // The same key: copied again, nothing drawn.
  CHECK(screen.show_frame(request, FrameKey{1, 1}).change == FrameChange::none);
  // Other content at the same minute, or at the next: the whole frame.
  CHECK(screen.show_frame(request, FrameKey{2, 1}).change == FrameChange::whole);
  CHECK(screen.show_frame(request, FrameKey{3, 2}).change == FrameChange::whole);
  // A clock narrower or wider than the last one moves the school's name: not a region.
  model.header.time_text = "8:00";
  CHECK(screen.show_frame(request, FrameKey{4, 3}).change == FrameChange::whole);
  model.header.time_text = "18:00";
  CHECK(screen.show_frame(request, FrameKey{4, 4}).change == FrameChange::whole);
  model.header.time_text = "18:01";
  CHECK(screen.show_frame(request, FrameKey{4, 5}).change == FrameChange::region);
  // After a black screen (night) the next frame is drawn whole.
  screen.show_black();
  CHECK(screen.show_frame(request, FrameKey{4, 5}).change == FrameChange::whole);
}
