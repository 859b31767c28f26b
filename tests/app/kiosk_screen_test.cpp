// The running wall's drawing: rotation by a target texture (a portrait page on a
// panel hung sideways comes out upright), finished frames reused instead of
// redrawn, and the banner for a failing source.

#include "ui/kiosk_screen.hpp"

#include <doctest/doctest.h>

#include <cstdint>
#include <cstdlib>
#include <functional>

#include "core/demo_school.hpp"
#include "core/view_model.hpp"
#include "ui/frame.hpp"
#include "ui/headless_renderer.hpp"

namespace {

using hgw::core::Page;

// Small screens keep the software renderer quick; the drawing is the same at any size.
constexpr int kLong = 960;
constexpr int kShort = 540;

hgw::core::ViewModel demo_model() {
  const auto now = *hgw::core::parse_timestamp("2026-11-30T08:00:00+01:00");
  hgw::core::ViewOptions options;
  options.is_demo = true;
  return hgw::core::build_view_model(hgw::core::demo_document(now), now, options);
}

int channel_difference(std::uint32_t a, std::uint32_t b) {
  int largest = 0;
  for (int shift = 0; shift < 32; shift += 8) {
    const int delta = static_cast<int>((a >> shift) & 0xFF) - static_cast<int>((b >> shift) & 0xFF);
    largest = std::max(largest, std::abs(delta));
  }
  return largest;
}

// The share of pixels where `rotated` (un-rotated through `page_at`) differs
// visibly from `upright`.
double mismatch(const hgw::ui::MemoryScreen& upright,
                const std::function<std::uint32_t(int, int)>& page_at) {
  long different = 0;
  for (int y = 0; y < upright.height(); ++y) {
    for (int x = 0; x < upright.width(); ++x) {
      if (channel_difference(upright.pixel(x, y), page_at(x, y)) > 8) ++different;
    }
  }
  return static_cast<double>(different) / (upright.width() * upright.height());
}

}  // namespace

TEST_CASE("a portrait page on a panel turned 90, 180 or 270 degrees comes out upright") {
  const auto model = demo_model();
  const hgw::ui::FrameRequest request{&model, Page::overzicht, nullptr};
  hgw::ui::MemoryScreen upright(kShort, kLong, 0);
  upright.show(request, 1);
  // Something is drawn at all: the comparison below must not pass on two blanks.
  long coloured = 0;
  for (int y = 0; y < kLong; y += 7) {
    for (int x = 0; x < kShort; x += 7)
      coloured += upright.pixel(x, y) != upright.pixel(0, 0);
  }
  CHECK(coloured > 200);

  SUBCASE("90: the page's top runs down the panel's right edge") {
    hgw::ui::MemoryScreen turned(kLong, kShort, 90);
    CHECK(turned.width() == kLong);
    turned.show(request, 1);
    // Clockwise: page (x, y) lands on panel (H - 1 - y, x), H the page's height.
    CHECK(mismatch(upright, [&](int x, int y) { return turned.pixel(kLong - 1 - y, x); }) < 0.002);
    // And it is not simply the same image: the unrotated reading differs.
    CHECK(mismatch(upright, [&](int x, int y) { return turned.pixel(y, kShort - 1 - x); }) > 0.01);
  }
  SUBCASE("270") {
    hgw::ui::MemoryScreen turned(kLong, kShort, 270);
    turned.show(request, 1);
    CHECK(mismatch(upright, [&](int x, int y) { return turned.pixel(y, kShort - 1 - x); }) < 0.002);
  }
  SUBCASE("180") {
    hgw::ui::MemoryScreen turned(kShort, kLong, 180);
    turned.show(request, 1);
    CHECK(mismatch(upright, [&](int x, int y) {
            return turned.pixel(kShort - 1 - x, kLong - 1 - y);
          }) < 0.002);
  }
}

TEST_CASE("a frame whose key did not change is copied, not drawn again") {
  const auto model = demo_model();
  hgw::ui::MemoryScreen screen(kLong, kShort, 0);
  const hgw::ui::FrameRequest overview{&model, Page::overzicht, nullptr};
  CHECK(screen.show(overview, 7));
  const std::uint32_t sample = screen.pixel(kLong / 3, kShort / 3);
  CHECK_FALSE(screen.show(overview, 7));
  CHECK(screen.pixel(kLong / 3, kShort / 3) == sample);
  CHECK(screen.show(hgw::ui::FrameRequest{&model, Page::trends, nullptr}, 8));
  // Black at night, and the next frame after it is drawn afresh.
  screen.show_black();
  CHECK((screen.pixel(kLong / 3, kShort / 3) & 0xFFFFFF) == 0);
  CHECK(screen.show(overview, 8));
}

TEST_CASE("a failing source gets a banner on every page; none when all is well") {
  auto model = demo_model();
  hgw::ui::HeadlessRenderer renderer(kLong, kShort);
  hgw::ui::FrameRecord record;
  auto banner = [&]() -> const hgw::ui::ListRecord* {
    for (const auto& list : record.lists) {
      if (list.name == "problems") return &list;
    }
    return nullptr;
  };
  renderer.render(hgw::ui::FrameRequest{&model, Page::doelen, nullptr}, &record);
  CHECK(banner() == nullptr);
  model.problems = {"Token geweigerd (401) — controleer token_file",
                    "Server onbereikbaar sinds 08:12 — gegevens van 07:45",
                    "Document ongeldig: actions[2].when"};
  for (const Page page : {Page::overzicht, Page::doelen, Page::acties}) {
    renderer.render(hgw::ui::FrameRequest{&model, page, nullptr}, &record);
    REQUIRE(banner() != nullptr);
    CHECK(banner()->shown == 2);
    CHECK(banner()->hidden == 1);
    bool said = false;
    for (const auto& text : record.texts)
      said |= text.text.find("401") != std::string::npos;
    CHECK(said);
  }
}
