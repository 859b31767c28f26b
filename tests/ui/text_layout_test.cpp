// Wrapping and ellipsis measured with the wall's real fonts.

#include "ui/text_layout.hpp"

#include <doctest/doctest.h>

#include "ui/headless_renderer.hpp"

namespace {

using hgw::ui::FontRole;

const ImFont& body_font(const hgw::ui::HeadlessRenderer& renderer) {
  return *renderer.fonts().get(FontRole::body);
}

}  // namespace

TEST_CASE("text that fits is left alone, longer text ends in an ellipsis within the width") {
  const hgw::ui::HeadlessRenderer renderer(1920, 1080);
  const ImFont& font = body_font(renderer);
  CHECK(hgw::ui::ellipsize(font, "Kleuterbouw", 1000) == "Kleuterbouw");
  const std::string long_title =
      "Begrijpend lezen groep 5–6 weer op de signaleringswaarde (85% op 1F)";
  const std::string shortened = hgw::ui::ellipsize(font, long_title, 300);
  CHECK(shortened.ends_with("…"));
  CHECK(hgw::ui::text_width(font, shortened) <= 300.5f);
  CHECK(shortened.size() < long_title.size());
}

TEST_CASE("an ellipsis never cuts a UTF-8 character in half") {
  const hgw::ui::HeadlessRenderer renderer(1280, 720);
  const ImFont& font = body_font(renderer);
  const std::string text = "ëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëë";
  for (float width = 20; width < 300; width += 7) {
    const std::string shortened = hgw::ui::ellipsize(font, text, width);
    const std::string without = shortened.substr(0, shortened.size() - std::string("…").size());
    CHECK(without.size() % 2 == 0);  // every ë is two bytes
  }
}

TEST_CASE("wrapping keeps every line within the width and the words in order") {
  const hgw::ui::HeadlessRenderer renderer(1920, 1080);
  const ImFont& font = body_font(renderer);
  const std::string text =
      "Met ouders, leerkracht, kc'er en de jeugdverpleegkundige de ondersteuningsbehoefte "
      "bespreken";
  const auto lines = hgw::ui::wrap_text(font, text, 400);
  REQUIRE(lines.size() > 1);
  std::string joined;
  for (const auto& line : lines) {
    CHECK(hgw::ui::text_width(font, line) <= 400.5f);
    joined += (joined.empty() ? "" : " ") + line;
  }
  CHECK(joined == text);
  const auto two = hgw::ui::wrap_text(font, text, 400, 2);
  CHECK(two.size() == 2);
  CHECK(two.back().ends_with("…"));
}

TEST_CASE("the fonts are sized from the short side of the screen and the atlas fits 2048x2048") {
  for (const int height : {720, 1080, 1920, 2160}) {
    // Landscape: the height is the short side.
    const hgw::ui::HeadlessRenderer renderer(height * 16 / 9, height);
    CHECK(renderer.fonts().get(FontRole::body)->FontSize >= static_cast<float>(height) / 36.0f);
    CHECK(renderer.fonts().get(FontRole::heading)->FontSize >
          renderer.fonts().get(FontRole::body)->FontSize);
    CHECK(renderer.fonts().atlas_width() <= hgw::ui::kMaxAtlasSide);
    CHECK(renderer.fonts().atlas_height() <= hgw::ui::kMaxAtlasSide);
    // Dutch and typographic characters have glyphs of their own, not "?".
    CHECK(renderer.fonts().covers(FontRole::body, "ë é ï ĳ € – — ‘ ’ “ ” … • → ≥ ≤"));
  }
}
