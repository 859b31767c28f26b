// Every page at every supported size, from the demo school, a minimal document
// (the setup page) and a crowded one, drawn headless and checked for properties a
// teacher four metres away would notice: something is drawn, no text is outside
// the frame, overlapping another text or too small, what does not fit is counted
// in "+ N meer", and a figure left out for privacy says so.

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "core/decode_document.hpp"
#include "core/demo_school.hpp"
#include "core/view_model.hpp"
#include "core/wall_model.hpp"
#include "ui/frame.hpp"
#include "ui/headless_renderer.hpp"
#include "ui/theme.hpp"
#include "ui/ui_text.hpp"

namespace {

using hgw::core::Page;
using hgw::ui::FrameRecord;
using hgw::ui::TextBox;

struct ScreenSize {
  int width;
  int height;
};
constexpr ScreenSize kSizes[] = {{1920, 1080}, {1280, 720}, {3840, 2160}, {1080, 1920}};
constexpr Page kPages[] = {Page::overzicht, Page::cyclus, Page::doelen,
                           Page::trends,    Page::acties, Page::ondersteuning};

hgw::core::Instant monday_morning() {
  return *hgw::core::parse_timestamp("2026-11-30T08:00:00+01:00");
}

hgw::core::ViewModel model_of(std::string_view json, bool is_demo,
                              hgw::core::Theme theme = hgw::core::Theme::dark) {
  const auto decoded = hgw::core::load_document(json);
  REQUIRE_MESSAGE(decoded.document.has_value(), "the test document must be valid");
  hgw::core::ViewOptions options;
  options.is_demo = is_demo;
  options.theme = theme;
  return hgw::core::build_view_model(*decoded.document, monday_morning(), options);
}

// The wall as the kiosk builds it from nothing to show and what it knows of itself.
hgw::core::WallModel empty_wall(
    hgw::core::SetupFacts facts,
    hgw::core::EditorStatus editor = hgw::core::EditorStatus::not_here) {
  hgw::core::WallInputs inputs;
  inputs.document = std::make_shared<const hgw::core::Document>(
      *hgw::core::load_document(R"({"format":"hgw-dashboard/1"})").document);
  inputs.facts = std::move(facts);
  inputs.now = monday_morning();
  hgw::core::WallModel wall = hgw::core::build_wall_model(inputs);
  wall.setup.editor = editor;
  return wall;
}

std::string read_file(const char* path) {
  std::ifstream file(path, std::ios::binary);
  REQUIRE_MESSAGE(file.good(), "cannot read " << path);
  std::ostringstream text;
  text << file.rdbuf();
  return text.str();
}

std::string describe(const TextBox& box) {
  std::ostringstream text;
  text << '"' << box.text << "\" at (" << box.min.x << ", " << box.min.y << ")–(" << box.max.x
       << ", " << box.max.y << ")";
  return text.str();
}

// The checks every frame must pass, whatever it shows.
void check_frame(const hgw::ui::HeadlessRenderer& renderer, const FrameRecord& record,
                 const hgw::core::ViewModel& model, const std::string& what) {
  INFO(what);
  const auto width = static_cast<float>(renderer.width());
  const auto height = static_cast<float>(renderer.height());

  // Not blank: enough pixels differ from the background, in enough colours.
  const ImU32 background = hgw::ui::background_colour(model) | 0xFF000000u;
  std::set<std::uint32_t> colours;
  long drawn = 0;
  long sampled = 0;
  for (int y = 0; y < renderer.height(); y += 3) {
    for (int x = 0; x < renderer.width(); x += 3) {
      const std::uint32_t pixel = renderer.pixel(x, y);
      ++sampled;
      if (pixel != background) ++drawn;
      if (colours.size() < 400) colours.insert(pixel);
    }
  }
  CHECK_MESSAGE(drawn * 100 > sampled * 2, "only " << drawn << " of " << sampled << " drawn");
  CHECK(colours.size() >= 60);
  CHECK(record.texts.size() >= 5);

  const float minimum = static_cast<float>(renderer.height()) / 36.0f;
  for (const auto& box : record.texts) {
    CHECK_MESSAGE(box.font_size >= minimum, "too small: " << describe(box));
    const bool inside =
        box.min.x >= 0 && box.min.y >= 0 && box.max.x <= width + 0.5f && box.max.y <= height + 0.5f;
    CHECK_MESSAGE(inside, "outside the frame: " << describe(box));
  }
  // No two texts on top of each other (a pixel of touching is fine).
  for (std::size_t a = 0; a < record.texts.size(); ++a) {
    for (std::size_t b = a + 1; b < record.texts.size(); ++b) {
      const TextBox& first = record.texts[a];
      const TextBox& second = record.texts[b];
      const float across =
          std::min(first.max.x, second.max.x) - std::max(first.min.x, second.min.x);
      const float down = std::min(first.max.y, second.max.y) - std::max(first.min.y, second.min.y);
      CHECK_MESSAGE(!(across > 1.0f && down > 1.0f),
                    "overlap: " << describe(first) << " and " << describe(second));
    }
  }
  // Whatever a list left out is said by a "+ N meer" marker.
  for (const auto& list : record.lists) {
    if (list.hidden == 0) continue;
    const std::string marker = hgw::ui::more_text(list.hidden, model.language);
    const bool marked = std::any_of(record.texts.begin(), record.texts.end(),
                                    [&](const TextBox& box) { return box.text == marker; });
    CHECK_MESSAGE(marked,
                  list.name << ": " << list.hidden << " hidden without \"" << marker << '"');
  }
}

const hgw::ui::ListRecord* find_list(const FrameRecord& record, const std::string& name) {
  for (const auto& list : record.lists) {
    if (list.name == name) return &list;
  }
  return nullptr;
}

bool shows_text_containing(const FrameRecord& record, const std::string& part) {
  return std::any_of(record.texts.begin(), record.texts.end(),
                     [&](const TextBox& box) { return box.text.find(part) != std::string::npos; });
}

int goal_count(const hgw::core::ViewModel& model) {
  int total = 0;
  for (const auto& group : model.goal_groups)
    total += static_cast<int>(group.goals.size());
  return total;
}

int action_count(const hgw::core::ViewModel& model) {
  int total = 0;
  for (const auto& group : model.action_groups)
    total += static_cast<int>(group.actions.size());
  return total;
}

// Every item of a page's list is either shown or counted in the marker.
void check_counts(const FrameRecord& record, const hgw::core::ViewModel& model, Page page) {
  const auto check = [&](const char* name, int total) {
    const auto* list = find_list(record, name);
    REQUIRE_MESSAGE(list != nullptr, "no record of " << name);
    CHECK(list->shown + list->hidden == total);
    CHECK(list->shown >= std::min(total, 1));
  };
  switch (page) {
    case Page::doelen:
      check("goals", goal_count(model));
      break;
    case Page::trends:
      check("trends", static_cast<int>(model.trends.size()));
      break;
    case Page::acties:
      check("actions", action_count(model));
      break;
    case Page::cyclus:
      check("teams", static_cast<int>(model.teams.size()));
      break;
    case Page::overzicht:
      check("overview_goals", static_cast<int>(model.overview.learning_goals.size()));
      break;
    case Page::ondersteuning:
      break;
  }
}

}  // namespace

TEST_CASE("the demo school: every page at every size") {
  const auto model = model_of(hgw::core::demo_school_json(), true);
  const hgw::core::SetupView setup{};
  for (const auto size : kSizes) {
    hgw::ui::HeadlessRenderer renderer(size.width, size.height);
    const bool landscape = size.width > size.height;
    for (const Page page : kPages) {
      FrameRecord record;
      renderer.render({&model, page, &setup}, &record);
      const std::string what = "demo " + std::to_string(size.width) + "x" +
                               std::to_string(size.height) + " page " +
                               std::to_string(static_cast<int>(page));
      check_frame(renderer, record, model, what);
      INFO(what);
      check_counts(record, model, page);
      CHECK(shows_text_containing(record, model.header.demo_text));
      CHECK(shows_text_containing(record, model.header.time_text));
      if (landscape && page != Page::overzicht) {
        // On a landscape screen the demo school fits whole on its pages.
        for (const auto& list : record.lists) {
          if (list.name == "goals" || list.name == "trends" || list.name == "actions" ||
              list.name == "teams") {
            CHECK_MESSAGE(list.hidden == 0, list.name << " hides " << list.hidden);
          }
        }
      }
      if (page == Page::trends) {
        // Each trend shown with points left out says how many, with "n<10".
        const auto* list = find_list(record, "trends");
        REQUIRE(list != nullptr);
        for (int index = 0; index < list->shown; ++index) {
          const auto& trend = model.trends[static_cast<std::size_t>(index)];
          if (trend.suppressed_points == 0) continue;
          CHECK(shows_text_containing(record, "n<10"));
        }
      }
    }
  }
}

TEST_CASE("the demo school marks the privacy-suppressed goal with n<10 on the goals page") {
  const auto model = model_of(hgw::core::demo_school_json(), true);
  bool any_suppressed = false;
  for (const auto& group : model.goal_groups) {
    for (const auto& goal : group.goals)
      any_suppressed = any_suppressed || goal.suppressed;
  }
  REQUIRE(any_suppressed);
  hgw::ui::HeadlessRenderer renderer(1920, 1080);
  FrameRecord record;
  renderer.render({&model, Page::doelen, nullptr}, &record);
  CHECK(shows_text_containing(record, "n<10"));
}

TEST_CASE("light theme: the same properties hold") {
  const auto model = model_of(hgw::core::demo_school_json(), true, hgw::core::Theme::light);
  REQUIRE(model.theme == hgw::core::Theme::light);
  hgw::ui::HeadlessRenderer renderer(1920, 1080);
  for (const Page page : kPages) {
    FrameRecord record;
    renderer.render({&model, page, nullptr}, &record);
    check_frame(renderer, record, model, "light page " + std::to_string(static_cast<int>(page)));
  }
  // Light really is light: the corner is the light background.
  CHECK((renderer.pixel(2, 2) & 0xFF) > 0xC0);
}

TEST_CASE("a minimal document shows the setup page at every size") {
  const auto wall = empty_wall({.problem = {},
                                .details = {},
                                .config_path = "/etc/hgw-dashboard.conf",
                                .device = "hgw-wall-test",
                                .version = "9.9.9"});
  const auto& model = wall.view;
  const auto& setup = wall.setup;
  REQUIRE_FALSE(model.has_content());
  REQUIRE(setup.shown);
  for (const auto size : kSizes) {
    hgw::ui::HeadlessRenderer renderer(size.width, size.height);
    FrameRecord record;
    renderer.render({&model, Page::doelen, &setup}, &record);
    check_frame(renderer, record, model, "setup " + std::to_string(size.width));
    CHECK(shows_text_containing(record, "hgw-wall-test"));
    CHECK(shows_text_containing(record, "9.9.9"));
    CHECK(shows_text_containing(record, "/etc/hgw-dashboard.conf"));
  }
}

TEST_CASE("the setup page tells how to set the editor's first password, whole, at every size") {
  const auto wall = empty_wall({.problem = {},
                                .details = {},
                                .config_path = "/boot/firmware/hgw-dashboard.conf",
                                .device = "hgw-wall-test",
                                .version = "9.9.9"},
                               hgw::core::EditorStatus::no_password);
  const auto& model = wall.view;
  const auto& setup = wall.setup;
  for (const auto size : kSizes) {
    hgw::ui::HeadlessRenderer renderer(size.width, size.height);
    FrameRecord record;
    renderer.render({&model, Page::overzicht, &setup}, &record);
    const std::string name = "setup, no password " + std::to_string(size.width);
    check_frame(renderer, record, model, name);
    // The instruction ends with the file to edit; cut off, it would end in "…".
    CHECK_MESSAGE(shows_text_containing(record, "hash-password"), name);
    CHECK_MESSAGE(shows_text_containing(record, "[board] in"), name);
    for (const TextBox& box : record.texts)
      CHECK_MESSAGE(box.text.find("…") == std::string::npos, name << ": " << describe(box));
  }
}

TEST_CASE("a refused document shows the setup page with its errors") {
  hgw::core::SetupFacts facts;
  facts.problem = hgw::core::SetupProblem::document_invalid;
  for (int index = 0; index < 30; ++index) {
    facts.details.push_back("actions[" + std::to_string(index) +
                            "].when: expected a date YYYY-MM-DD, got \"12 dec\"");
  }
  const auto wall = empty_wall(facts);
  const auto& model = wall.view;
  const auto& setup = wall.setup;
  hgw::ui::HeadlessRenderer renderer(1920, 1080);
  FrameRecord record;
  renderer.render({&model, Page::overzicht, &setup}, &record);
  check_frame(renderer, record, model, "setup with errors");
  CHECK(shows_text_containing(record, "actions[0].when"));
  const auto* details = find_list(record, "setup_details");
  REQUIRE(details != nullptr);
  CHECK(details->hidden > 0);
}

TEST_CASE("the crowded document: what does not fit is counted, nothing overflows") {
  const std::string json = read_file(HGW_CROWDED_JSON);
  const auto model = model_of(json, false);
  REQUIRE(goal_count(model) >= 20);
  for (const auto size : kSizes) {
    hgw::ui::HeadlessRenderer renderer(size.width, size.height);
    for (const Page page : kPages) {
      FrameRecord record;
      renderer.render({&model, page, nullptr}, &record);
      const std::string what = "crowded " + std::to_string(size.width) + "x" +
                               std::to_string(size.height) + " page " +
                               std::to_string(static_cast<int>(page));
      check_frame(renderer, record, model, what);
      INFO(what);
      check_counts(record, model, page);
      if (page == Page::doelen || page == Page::trends || page == Page::acties) {
        CHECK(shows_text_containing(record, "meer"));
      }
    }
  }
}

namespace {

// The vertical middle of the text drawn as `text`; fails the test when there is none.
float middle_of(const FrameRecord& record, const std::string& text) {
  for (const auto& box : record.texts) {
    if (box.text == text) return (box.min.y + box.max.y) / 2;
  }
  FAIL_CHECK("no text \"" << text << '"');
  return 0;
}

float centre_of(const FrameRecord& record, const std::string& text) {
  for (const auto& box : record.texts) {
    if (box.text == text) return (box.min.x + box.max.x) / 2;
  }
  FAIL_CHECK("no text \"" << text << '"');
  return 0;
}

long count_of(const FrameRecord& record, const std::string& text) {
  return std::count_if(record.texts.begin(), record.texts.end(),
                       [&](const TextBox& box) { return box.text == text; });
}

}  // namespace

TEST_CASE("a trend chart has a labelled scale, date spacing and its last value") {
  // The demo's Spelling groep 8, 56-57-55-57-56% against 55%, alone on the page.
  auto model = model_of(hgw::core::demo_school_json(), true);
  const auto spelling =
      std::find_if(model.trends.begin(), model.trends.end(),
                   [](const hgw::core::TrendView& trend) { return trend.id == "t-sp-bb"; });
  REQUIRE(spelling != model.trends.end());
  model.trends = {*spelling};
  const auto& trend = model.trends.front();
  REQUIRE(trend.axis.ticks.size() >= 3);
  const auto& lowest = trend.axis.ticks.front();
  const auto& highest = trend.axis.ticks.back();
  const auto reference =
      std::find_if(trend.axis.ticks.begin(), trend.axis.ticks.end(),
                   [](const hgw::core::TrendTickView& tick) { return tick.is_reference; });
  REQUIRE(reference != trend.axis.ticks.end());
  for (const auto size : kSizes) {
    const std::string what = std::to_string(size.width) + "x" + std::to_string(size.height);
    INFO(what);
    hgw::ui::HeadlessRenderer renderer(size.width, size.height);
    FrameRecord record;
    renderer.render({&model, Page::trends, nullptr}, &record);
    check_frame(renderer, record, model, "spelling " + what);

    // The lowest, the highest and the reference value written beside the axis, each
    // at its height: the reference's label sits where its value is on the scale.
    const float low = middle_of(record, lowest.text);
    const float high = middle_of(record, highest.text);
    const float at_reference = middle_of(record, reference->text);
    REQUIRE(low > high);
    CHECK((low - at_reference) / (low - high) == doctest::Approx(reference->height).epsilon(0.05));

    // Moments under their points, spaced by date: E6 to M7 is 224 days, M7 to E7 140
    // (evenly spaced, the two would be as wide).
    const float e6 = centre_of(record, "E6");
    const float m7 = centre_of(record, "M7");
    const float e7 = centre_of(record, "E7");
    CHECK(std::abs((e7 - m7) / (m7 - e6) - 140.0f / 224.0f) < 0.03f);

    // The headline says when; the last point says its value (the headline's is the other).
    CHECK(count_of(record, trend.latest_text) >= 2);
    CHECK(shows_text_containing(record, trend.latest_moment_text));
  }
}

TEST_CASE("every trend chart on the demo's trends page writes its scale and when") {
  const auto model = model_of(hgw::core::demo_school_json(), true);
  for (const auto size : kSizes) {
    if (size.width < size.height) continue;  // portrait has its own layout
    const std::string what = std::to_string(size.width) + "x" + std::to_string(size.height);
    INFO(what);
    hgw::ui::HeadlessRenderer renderer(size.width, size.height);
    FrameRecord record;
    renderer.render({&model, Page::trends, nullptr}, &record);
    const auto* list = find_list(record, "trends");
    REQUIRE(list != nullptr);
    for (int index = 0; index < list->shown; ++index) {
      const auto& trend = model.trends[static_cast<std::size_t>(index)];
      INFO(trend.title);
      CHECK(count_of(record, trend.axis.ticks.front().text) >= 1);
      CHECK(count_of(record, trend.axis.ticks.back().text) >= 1);
      CHECK(shows_text_containing(record, trend.latest_moment_text));
    }
  }
}
