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
#include <utility>
#include <vector>

#include "core/decode_document.hpp"
#include "core/demo_school.hpp"
#include "core/i18n.hpp"
#include "core/page_rotation.hpp"
#include "core/view_model.hpp"
#include "core/wall_model.hpp"
#include "ui/fonts.hpp"
#include "ui/frame.hpp"
#include "ui/headless_renderer.hpp"
#include "ui/stack_share.hpp"
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
hgw::core::WallModel empty_wall(hgw::core::SetupFacts facts,
                                const hgw::core::Config* config = nullptr) {
  hgw::core::WallInputs inputs;
  inputs.document = std::make_shared<const hgw::core::Document>(
      *hgw::core::load_document(R"({"format":"hgw-dashboard/1"})").document);
  inputs.facts = std::move(facts);
  inputs.config = config;
  inputs.now = monday_morning();
  return hgw::core::build_wall_model(inputs);
}

hgw::core::SetupFacts facts_of(const std::string& config_path) {
  hgw::core::SetupFacts facts;
  facts.config_path = config_path;
  facts.device = "hgw-wall-test";
  facts.version = "9.9.9";
  return facts;
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

  const float minimum = static_cast<float>(std::min(renderer.width(), renderer.height())) / 36.0f;
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

const TextBox* first_text(const FrameRecord& record, const std::string& text);

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

// Every item of a page's list is shown on this part, on another part of the
// page, or counted in the marker.
void check_counts(const FrameRecord& record, const hgw::core::ViewModel& model, Page page) {
  const auto check = [&](const char* name, int total) {
    const auto* list = find_list(record, name);
    REQUIRE_MESSAGE(list != nullptr, "no record of " << name);
    CHECK(list->earlier + list->shown + list->later + list->hidden == total);
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

TEST_CASE("the demo school: every page at every size, every part") {
  const auto model = model_of(hgw::core::demo_school_json(), true);
  const hgw::core::SetupView setup{};
  for (const auto size : kSizes) {
    hgw::ui::HeadlessRenderer renderer(size.width, size.height);
    const bool landscape = size.width > size.height;
    for (const Page page : kPages) {
      const int parts = renderer.part_count({&model, page, &setup});
      for (int part = 0; part < parts; ++part) {
        FrameRecord record;
        renderer.render({&model, page, &setup, part}, &record);
        const std::string what = "demo " + std::to_string(size.width) + "x" +
                                 std::to_string(size.height) + " page " +
                                 std::to_string(static_cast<int>(page)) + " part " +
                                 std::to_string(part + 1) + "/" + std::to_string(parts);
        check_frame(renderer, record, model, what);
        INFO(what);
        CHECK(record.part == part);
        CHECK(record.parts == parts);
        check_counts(record, model, page);
        CHECK(shows_text_containing(record, model.header.demo_text));
        CHECK(shows_text_containing(record, model.header.time_text));
        for (const auto& list : record.lists) {
          // The demo school's goals, trends and actions are all on the wall, over
          // their parts, at every size; its teams fit the cycle page in landscape.
          if (list.name == "goals" || list.name == "trends" || list.name == "actions" ||
              (landscape && list.name == "teams")) {
            CHECK_MESSAGE(list.hidden == 0, list.name << " hides " << list.hidden);
          }
        }
        if (page == Page::trends) {
          // Each trend shown with points left out says how many, with "n<10".
          const auto* list = find_list(record, "trends");
          REQUIRE(list != nullptr);
          for (int index = list->earlier; index < list->earlier + list->shown; ++index) {
            const auto& trend = model.trends[static_cast<std::size_t>(index)];
            if (trend.suppressed_points == 0) continue;
            CHECK(shows_text_containing(record, "n<10"));
          }
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
  const auto wall = empty_wall(facts_of("/etc/hgw-dashboard.conf"));
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

TEST_CASE("the setup page gives the setup code and the editor's address, whole, at every size") {
  // The wall reads the board on this device, which has no password yet and wrote
  // its first-run file (issue 16).
  const auto config =
      hgw::core::parse_config("[source]\nurl = http://127.0.0.1:8080/api/board\n[board]\n",
                              "/boot/firmware/hgw-dashboard.conf");
  REQUIRE(config.ok());
  auto facts = facts_of("/boot/firmware/hgw-dashboard.conf");
  facts.addresses = {"192.168.1.20"};
  facts.mdns_name = "hgw-wall.local";
  facts.present = hgw::core::choose_present_path(hgw::core::PresentChoice::automatic,
                                                 hgw::core::PresentProbe{true, {}});
  hgw::core::FirstRunNotice notice;
  notice.setup_code = "48210937";
  notice.valid_until = hgw::core::parse_timestamp("2026-11-30T09:00:00+01:00");
  notice.certificate_sha256 =
      "3F:A0:9C:11:72:BE:04:D5:6E:88:19:C2:7A:30:F1:4B:9D:E6:05:28:C3:7F:91:0A:B4:62:DD:13:"
      "8E:57:A9:E0";
  facts.first_run = notice;
  const auto wall = empty_wall(facts, &*config.config);
  REQUIRE(wall.setup.editor == hgw::core::EditorStatus::no_password);
  const auto& model = wall.view;
  const auto& setup = wall.setup;
  for (const auto size : kSizes) {
    hgw::ui::HeadlessRenderer renderer(size.width, size.height);
    FrameRecord record;
    renderer.render({&model, Page::overzicht, &setup}, &record);
    const std::string name = "setup, no password " + std::to_string(size.width);
    check_frame(renderer, record, model, name);
    CHECK_MESSAGE(shows_text_containing(record, "https://192.168.1.20:8443/"), name);
    CHECK_MESSAGE(shows_text_containing(record, "https://hgw-wall.local:8443/"), name);
    CHECK_MESSAGE(shows_text_containing(record, "geldig tot 09:00"), name);
    // The code big: twice the smallest text, for four metres.
    const TextBox* code = first_text(record, "4821 0937");
    REQUIRE_MESSAGE(code != nullptr, name);
    CHECK_MESSAGE(code->font_size >=
                      2 * hgw::ui::minimum_text_size(hgw::ui::short_side(size.width, size.height)),
                  name);
    // The fingerprint whole, over as many lines as it takes.
    std::string fingerprint;
    for (const TextBox& box : record.texts) {
      if (box.text.size() >= 11 && box.text[2] == ':' && box.text[5] == ':')
        fingerprint += (fingerprint.empty() ? "" : ":") + box.text;
    }
    CHECK_MESSAGE(fingerprint == notice.certificate_sha256, name);
    // And how frames reach the screen (issue 15), beside its label.
    CHECK_MESSAGE(shows_text_containing(record, "Beeld"), name);
    CHECK_MESSAGE(shows_text_containing(record, "framebuffer zonder GL"), name);
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

TEST_CASE("the crowded document: pages continue over their parts, nothing overflows") {
  const std::string json = read_file(HGW_CROWDED_JSON);
  const auto model = model_of(json, false);
  REQUIRE(goal_count(model) >= 20);
  for (const auto size : kSizes) {
    hgw::ui::HeadlessRenderer renderer(size.width, size.height);
    for (const Page page : kPages) {
      const int parts = renderer.part_count({&model, page, nullptr});
      CHECK(parts <= hgw::core::kMostParts);
      for (int part = 0; part < parts; ++part) {
        FrameRecord record;
        renderer.render({&model, page, nullptr, part}, &record);
        const std::string what =
            "crowded " + std::to_string(size.width) + "x" + std::to_string(size.height) + " page " +
            std::to_string(static_cast<int>(page)) + " part " + std::to_string(part + 1);
        check_frame(renderer, record, model, what);
        INFO(what);
        check_counts(record, model, page);
      }
    }
  }
}

namespace {

// Three teams in three phases, none in the fourth (as De Vlinder's): Zulu nearly
// through its phase, Alfa just begun in the same one, listed Zulu first.
constexpr const char* kThreePhases = R"({
  "format": "hgw-dashboard/1",
  "teams": [
    { "id": "z", "name": "Zulu", "groups": ["4", "5"],
      "cycle": { "phase": "signaleren_analyseren", "since": "2026-11-02", "until": "2026-12-02" } },
    { "id": "a", "name": "Alfa", "groups": ["1", "2", "3"],
      "cycle": { "phase": "signaleren_analyseren", "since": "2026-11-28", "until": "2026-12-28",
                 "next_meeting": { "kind": "groepsbespreking", "date": "2026-12-08" } } },
    { "id": "m", "name": "Mike", "groups": ["6"],
      "cycle": { "phase": "behoeften_formuleren", "since": "2026-11-20", "until": "2026-12-10" } },
    { "id": "p", "name": "Papa", "groups": ["7", "8"],
      "cycle": { "phase": "plannen_uitvoeren", "since": "2026-11-09", "until": "2027-01-29" } }
  ]
})";

std::string all_text(const FrameRecord& record) {
  std::string text;
  for (const auto& box : record.texts)
    text += box.text + " ";
  return text;
}

const TextBox* first_text(const FrameRecord& record, const std::string& text) {
  for (const auto& box : record.texts) {
    if (box.text == text) return &box;
  }
  return nullptr;
}

// The vertical middle of the text drawn as `text`; fails the test when there is none.
float middle_of(const FrameRecord& record, const std::string& text) {
  const TextBox* box = first_text(record, text);
  if (box == nullptr) {
    FAIL_CHECK("no text \"" << text << '"');
    return 0;
  }
  return (box->min.y + box->max.y) / 2;
}

float centre_of(const FrameRecord& record, const std::string& text) {
  const TextBox* box = first_text(record, text);
  if (box == nullptr) {
    FAIL_CHECK("no text \"" << text << '"');
    return 0;
  }
  return (box->min.x + box->max.x) / 2;
}

long count_of(const FrameRecord& record, const std::string& text) {
  return std::count_if(record.texts.begin(), record.texts.end(),
                       [&](const TextBox& box) { return box.text == text; });
}

}  // namespace

TEST_CASE(
    "the cycle ring names all four phases, also the empty one, and places marks by progress") {
  for (const auto language : {hgw::core::Language::nl, hgw::core::Language::en}) {
    const auto decoded = hgw::core::load_document(kThreePhases);
    REQUIRE(decoded.document.has_value());
    hgw::core::ViewOptions options;
    options.language = language;
    const auto model = hgw::core::build_view_model(*decoded.document, monday_morning(), options);
    REQUIRE(model.phase_labels.size() == 4);
    for (const auto size : kSizes) {
      hgw::ui::HeadlessRenderer renderer(size.width, size.height);
      FrameRecord record;
      renderer.render({&model, Page::cyclus, nullptr}, &record);
      const std::string what = "cycle " + std::to_string(size.width) + "x" +
                               std::to_string(size.height) +
                               (language == hgw::core::Language::nl ? " nl" : " en");
      check_frame(renderer, record, model, what);
      INFO(what);
      // Each phase's name, wrapped or not, is drawn whole: its lines follow each other.
      const std::string drawn = all_text(record);
      for (const auto& label : model.phase_labels)
        CHECK_MESSAGE(drawn.find(label) != std::string::npos, "phase not named: " << label);
      // Phase 1 runs clockwise from the top: Zulu, nearly through it, is further
      // along (right of and below) Alfa, which has just begun. (On the portrait
      // ring, at today's portrait text size, the two share one "+2" dot.)
      if (size.width > size.height) {
        const TextBox* alfa = first_text(record, "A");
        const TextBox* zulu = first_text(record, "Z");
        REQUIRE(alfa != nullptr);
        REQUIRE(zulu != nullptr);
        CHECK(zulu->min.x > alfa->min.x);
        CHECK(zulu->min.y > alfa->min.y);
      }
      // The countdowns say what they count down to.
      const std::string countdown = language == hgw::core::Language::nl
                                        ? "fase nog 28 dagen · groepsbespreking over 8 dagen"
                                        : "phase: 28 days left · group review in 8 days";
      CHECK_MESSAGE(drawn.find(countdown) != std::string::npos, drawn);
    }
  }
}

// The goal as HGW means it (issue 13): feed up and feedback under their questions,
// not only the next step, the evaluation date, and a goal below its start drawn as
// a fall, not as an empty bar.
TEST_CASE("the goals page shows the whole goal where it fits, and the fallen goal's fall") {
  const auto demo = model_of(hgw::core::demo_school_json(), true);
  const hgw::core::GoalView* fallen = nullptr;
  for (const auto& group : demo.goal_groups) {
    for (const auto& goal : group.goals) {
      if (goal.fell) fallen = &goal;
    }
  }
  REQUIRE(fallen != nullptr);
  for (const auto size : kSizes) {
    INFO("demo " << size.width << "x" << size.height);
    hgw::ui::HeadlessRenderer renderer(size.width, size.height);
    FrameRecord record;
    renderer.render({&demo, Page::doelen, nullptr}, &record);
    CHECK(shows_text_containing(record, fallen->fall_text));
    // Portrait text is still sized from the long side (issue 13 item 3): there the
    // demo's cards are minimal.
    if (size.width > size.height) CHECK(shows_text_containing(record, fallen->evaluation_text));
  }

  // Three goals leave room for the whole goal: the three questions with their answers.
  const auto few = model_of(R"({"format": "hgw-dashboard/1",
    "goals": [
      {"id": "a", "domain": "leren", "title": "Begrijpend lezen groep 5-6 op 85%",
       "measure": {"unit": "percent", "baseline": 79, "current": 77, "target": 85, "n": 47},
       "evaluate_on": "2027-01-29",
       "feed_up": "Alle leerlingen van groep 5-6 lezen op 1F",
       "feedback": "Twee punten gedaald sinds de start",
       "feed_forward": "Dagelijks een kwartier close reading"},
      {"id": "b", "domain": "werkhouding", "title": "Zelfstandig werken",
       "measure": {"unit": "percent", "baseline": 45, "current": 72, "target": 80, "n": 58},
       "feed_up": "Vijftien minuten zelfstandig",
       "feedback": "Bijna alle kleuters halen het",
       "feed_forward": "Het planbord ook in groep 3"}]})",
                            false);
  for (const auto size : kSizes) {
    if (size.width < size.height) continue;  // see above: portrait text is sized from the long side
    INFO("three goals " << size.width << "x" << size.height);
    hgw::ui::HeadlessRenderer renderer(size.width, size.height);
    FrameRecord record;
    renderer.render({&few, Page::doelen, nullptr}, &record);
    check_frame(renderer, record, few, "three goals");
    for (const char* question :
         {"Waar werken we naartoe?", "Hoe staan we ervoor?", "Wat is de volgende stap?"})
      CHECK_MESSAGE(shows_text_containing(record, question), question);
    for (const auto& group : few.goal_groups) {
      for (const auto& goal : group.goals) {
        for (const auto& feed : goal.feeds)
          CHECK_MESSAGE(shows_text_containing(record, feed.answer.substr(0, 10)), feed.answer);
      }
    }
    CHECK(shows_text_containing(record, "gedaald \u22122 pt"));
  }
}

TEST_CASE("a few goals spread over the columns instead of filling the first") {
  // Three plain goals fit in one column at 1920x1080; a first column full and the
  // others empty reads as a page half drawn.
  const auto model = model_of(R"({"format": "hgw-dashboard/1", "goals": [
      {"id": "a", "domain": "leren", "title": "Rekenen groep 8 op 1F",
       "measure": {"unit": "percent", "baseline": 81, "current": 87, "target": 90, "n": 52}},
      {"id": "b", "domain": "leren", "title": "Lezen groep 5-6 op de signaleringswaarde",
       "measure": {"unit": "percent", "baseline": 79, "current": 77, "target": 85, "n": 47}},
      {"id": "c", "domain": "sociaal_emotioneel", "title": "Veilig op school",
       "measure": {"unit": "percent", "baseline": 88, "current": 93, "target": 90, "n": 180}}]})",
                              false);
  for (const auto size : kSizes) {
    if (size.width < size.height) continue;  // portrait has one column
    INFO(size.width << "x" << size.height);
    hgw::ui::HeadlessRenderer renderer(size.width, size.height);
    FrameRecord record;
    renderer.render({&model, Page::doelen, nullptr}, &record);
    check_frame(renderer, record, model, "three plain goals");
    auto left_of = [&](const std::string& part) {
      for (const auto& box : record.texts) {
        if (box.text.find(part) != std::string::npos) return box.min.x;
      }
      FAIL_CHECK("no text containing \"" << part << '"');
      return 0.0f;
    };
    CHECK(left_of("Veilig op school") >
          left_of("Rekenen groep 8") + static_cast<float>(size.width) / 4);
  }
}

TEST_CASE("the support page shows the change against the previous count, and n<10") {
  for (const auto theme : {hgw::core::Theme::dark, hgw::core::Theme::light}) {
    const auto model = model_of(hgw::core::demo_school_json(), true, theme);
    REQUIRE_FALSE(model.support.previous_text.empty());
    for (const auto size : kSizes) {
      INFO(size.width << "x" << size.height);
      hgw::ui::HeadlessRenderer renderer(size.width, size.height);
      FrameRecord record;
      renderer.render({&model, Page::ondersteuning, nullptr}, &record);
      CHECK(shows_text_containing(record, model.support.previous_text));
      for (const auto& level : model.support.levels) {
        if (level.suppressed) CHECK(shows_text_containing(record, "n<10"));
        if (!level.change_text.empty()) CHECK(shows_text_containing(record, level.change_text));
      }
    }
  }
}

namespace {

// A small school as a kc'er keeps it: three teams, a few goals and trends, what goes
// well, a support pyramid and no MDO planned. On a portrait screen the old layout
// said "Geen gegevens" over its pyramid and hid goals above an empty band.
constexpr std::string_view kSmallSchool = R"json({
  "format": "hgw-dashboard/1",
  "generated_at": "2026-11-30T07:30:00+01:00",
  "school": { "name": "Basisschool Het Kompas", "school_year": "2026-2027",
              "period": { "name": "Periode 2", "start": "2026-11-16", "end": "2027-02-26" } },
  "teams": [
    { "id": "ob", "name": "Onderbouw", "groups": ["1", "2", "3"],
      "cycle": { "phase": "plannen_uitvoeren", "since": "2026-11-09", "until": "2027-01-29",
                 "next_meeting": { "kind": "groepsbespreking", "date": "2027-01-27", "time": "14:30" } } },
    { "id": "mb", "name": "Middenbouw", "groups": ["4", "5"],
      "cycle": { "phase": "signaleren_analyseren", "since": "2026-11-23", "until": "2026-12-11" } },
    { "id": "bb", "name": "Bovenbouw", "groups": ["6", "7", "8"],
      "cycle": { "phase": "behoeften_formuleren", "since": "2026-11-25", "until": "2026-12-18" } } ],
  "goals": [
    { "id": "g1", "team": "bb", "domain": "leren", "subject": "rekenen",
      "title": "Driekwart van groep 8 haalt 1F bij rekenen",
      "measure": { "unit": "percent", "baseline": 60, "current": 70, "target": 75, "n": 50 },
      "evaluate_on": "2027-02-26", "feed_forward": "Elke dag tien minuten automatiseren." },
    { "id": "g2", "team": "mb", "domain": "leren", "subject": "begrijpend_lezen",
      "title": "Begrijpend lezen in de middenbouw weer op de signaleringswaarde",
      "measure": { "unit": "percent", "baseline": 75, "current": 78, "target": 85, "n": 45 },
      "evaluate_on": "2027-02-19", "status": "aandacht" },
    { "id": "g3", "team": "ob", "domain": "leren", "subject": "technisch_lezen",
      "title": "Groep 3 leest AVI M3 aan het einde van januari",
      "measure": { "unit": "percent", "baseline": 10, "current": 40, "target": 70, "n": 30 },
      "evaluate_on": "2027-01-29" },
    { "id": "g4", "team": "ob", "domain": "werkhouding",
      "title": "Kleuters werken een kwartier zelfstandig",
      "measure": { "unit": "percent", "baseline": 40, "current": 65, "target": 75, "n": 60 },
      "evaluate_on": "2027-01-29" } ],
  "trends": [
    { "id": "t1", "team": "mb", "subject": "begrijpend_lezen", "title": "Begrijpend lezen middenbouw",
      "unit": "percent", "reference": { "label": "Signaleringswaarde 1F", "value": 85 },
      "points": [ { "label": "M4", "date": "2025-01-20", "value": 83, "n": 45 },
                  { "label": "E4", "date": "2025-06-12", "value": 80, "n": 45 },
                  { "label": "M5", "date": "2026-01-19", "value": 78, "n": 45 } ] },
    { "id": "t2", "team": "bb", "subject": "rekenen", "title": "Rekenen bovenbouw", "unit": "percent",
      "reference": { "label": "Signaleringswaarde 1F", "value": 85 },
      "points": [ { "label": "M7", "date": "2026-01-21", "value": 80, "n": 50 },
                  { "label": "E7", "date": "2026-06-09", "value": 84, "n": 50 },
                  { "label": "M8", "date": "2026-11-18", "value": 86, "n": 50 } ] } ],
  "actions": [
    { "id": "a1", "what": "Trendanalyse rekenen bespreken", "who": "Leerteam bovenbouw",
      "when": "2026-12-03", "how": "Groepsoverzichten naast de trend", "why": "Doel rekenen",
      "goal": "g1", "status": "bezig" },
    { "id": "a2", "what": "Leesstrategieën modelen", "who": "Leerkrachten groep 4 en 5",
      "when": "2026-12-14", "status": "open" } ],
  "support": { "as_of": "2026-11-01",
               "levels": [ { "level": 1, "label": "Basisaanbod", "count": 120 },
                           { "level": 2, "label": "Basisaanbod, extra aandacht in de groep", "count": 30 },
                           { "level": 3, "label": "Interne ondersteuning", "count": 12 },
                           { "level": 4, "label": "Externe ondersteuning (MDO)", "count": 4 } ] },
  "positives": [ { "text": "Negen op de tien leerlingen voelen zich veilig", "team": "bb" },
                 { "text": "Groep 7 rekenen: zeven procentpunt hoger dan vorig jaar" },
                 { "text": "Kleuters werken langer zelfstandig met de takenkaart", "team": "ob" } ],
  "messages": [ { "text": "Studiedag vrijdag 11 december: leerlingen vrij" } ]
})json";

int team_count(const hgw::core::ViewModel& model) {
  return static_cast<int>(model.teams.size());
}

// How many items the view model has for the part of a page under `heading` (the
// overview's three roles), or for the page itself (heading empty).
int items_for(const hgw::core::ViewModel& model, Page page, std::string_view heading) {
  using hgw::core::Phrase;
  const auto language = model.language;
  const auto is = [&](Phrase phrase) { return heading == hgw::core::phrase(phrase, language); };
  const int support_levels =
      model.support.present ? static_cast<int>(model.support.levels.size()) : 0;
  switch (page) {
    case Page::overzicht:
      if (is(Phrase::overview_learning)) {
        return static_cast<int>(model.overview.learning_goals.size());
      }
      if (is(Phrase::overview_data)) {
        return static_cast<int>(model.overview.attention_trends.size() + model.positives.size());
      }
      if (is(Phrase::overview_care)) {
        return support_levels + (model.overview.next_mdo ? 1 : 0) +
               static_cast<int>(model.overview.late_care_actions.size());
      }
      return -1;
    case Page::cyclus:
      return team_count(model);
    case Page::doelen:
      return goal_count(model);
    case Page::trends:
      return static_cast<int>(model.trends.size());
    case Page::acties:
      return action_count(model);
    case Page::ondersteuning:
      return support_levels;
  }
  return -1;
}

// "Geen gegevens" only under a part whose view-model list is empty. The part is
// told by the last section heading drawn before the words.
void check_no_data_only_without_data(const FrameRecord& record, const hgw::core::ViewModel& model,
                                     Page page) {
  using hgw::core::Phrase;
  const std::string no_data(hgw::core::phrase(Phrase::no_data, model.language));
  std::string heading;
  for (const TextBox& box : record.texts) {
    for (const Phrase section :
         {Phrase::overview_learning, Phrase::overview_data, Phrase::overview_care}) {
      if (box.text == hgw::core::phrase(section, model.language)) heading = box.text;
    }
    if (box.text != no_data) continue;
    const int items = items_for(model, page, page == Page::overzicht ? heading : "");
    CHECK_MESSAGE(items == 0, "\"" << no_data << "\" under \"" << heading << "\" where the view "
                                   << "model has " << items << " items: " << describe(box));
  }
}

// Pixel rows of nothing but background straight under `box`, across its width.
int free_rows_below(const hgw::ui::HeadlessRenderer& renderer, const hgw::core::ViewModel& model,
                    const TextBox& box) {
  const ImU32 background = hgw::ui::background_colour(model) | 0xFF000000u;
  const int left = std::max(0, static_cast<int>(box.min.x));
  const int right = std::min(renderer.width(), static_cast<int>(box.max.x));
  // Below the glyphs' descenders.
  int y = static_cast<int>(box.max.y + box.font_size * 0.3f);
  int rows = 0;
  for (; y < renderer.height(); ++y, ++rows) {
    for (int x = left; x < right; ++x) {
      if (renderer.pixel(x, y) != background) return rows;
    }
  }
  return rows;
}

// A "+ N meer" marker only where nothing more fits: no empty band under it as high
// as the smallest card (three lines of body text, sized from the short side).
void check_nothing_hidden_above_free_space(const hgw::ui::HeadlessRenderer& renderer,
                                           const FrameRecord& record,
                                           const hgw::core::ViewModel& model) {
  const float body = static_cast<float>(std::min(renderer.width(), renderer.height())) / 36.0f;
  const auto room_for_an_item = static_cast<int>(3 * 1.2f * body);
  for (const auto& list : record.lists) {
    if (list.hidden == 0) continue;
    const std::string marker = hgw::ui::more_text(list.hidden, model.language);
    for (const TextBox& box : record.texts) {
      if (box.text != marker) continue;
      const int free = free_rows_below(renderer, model, box);
      CHECK_MESSAGE(free < room_for_an_item, list.name << " hides " << list.hidden << " with "
                                                       << free << " free rows under "
                                                       << describe(box));
    }
  }
}

struct Example {
  std::string name;
  hgw::core::ViewModel model;
};

}  // namespace

TEST_CASE("no page says 'no data' over data, nor hides items above free space, at any size") {
  std::vector<Example> examples;
  examples.push_back({"demo", model_of(hgw::core::demo_school_json(), true)});
  examples.push_back({"small school", model_of(kSmallSchool, false)});
  examples.push_back(
      {"small school, light", model_of(kSmallSchool, false, hgw::core::Theme::light)});
  examples.push_back({"crowded", model_of(read_file(HGW_CROWDED_JSON), false)});
  REQUIRE(examples[1].model.support.present);
  REQUIRE_FALSE(examples[1].model.overview.next_mdo.has_value());
  for (const auto size : kSizes) {
    hgw::ui::HeadlessRenderer renderer(size.width, size.height);
    for (const auto& example : examples) {
      for (const Page page : kPages) {
        FrameRecord record;
        renderer.render({&example.model, page, nullptr}, &record);
        INFO(example.name << " " << size.width << "x" << size.height << " page "
                          << hgw::core::label(page, example.model.language));
        check_no_data_only_without_data(record, example.model, page);
        check_nothing_hidden_above_free_space(renderer, record, example.model);
        if (page == Page::ondersteuning && example.name != "crowded") {
          // Every level's label whole ("4 leerlin…", "Externe onder…" on a portrait
          // screen once); the crowded document's labels are long on purpose.
          for (const TextBox& box : record.texts) {
            const bool level_text = box.min.y < static_cast<float>(renderer.height()) * 0.8f;
            CHECK_MESSAGE(!(level_text && box.text.ends_with("…")), "cut: " << describe(box));
          }
        }
        if (page == Page::overzicht) {
          // What goes well is the overview's too: it is shown, or counted.
          const auto* positives = find_list(record, "positives");
          CHECK_MESSAGE(positives != nullptr, "what goes well left out without a word");
          if (positives != nullptr) {
            CHECK(positives->shown >= 1);
            CHECK(positives->shown + positives->hidden ==
                  static_cast<int>(example.model.positives.size()));
          }
        }
      }
    }
  }
}

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

TEST_CASE("a portrait screen has the letters of a landscape one: sized from the short side") {
  const hgw::ui::HeadlessRenderer landscape(1920, 1080);
  const hgw::ui::HeadlessRenderer portrait(1080, 1920);
  using hgw::ui::FontRole;
  for (const FontRole role : {FontRole::body, FontRole::heading, FontRole::title}) {
    CHECK(portrait.fonts().get(role)->FontSize == landscape.fonts().get(role)->FontSize);
  }
  CHECK(portrait.fonts().get(FontRole::body)->FontSize >= 1080.0f / 36.0f);
}

TEST_CASE("lists stacked in one column share its height by what their items need") {
  using hgw::ui::StackNeed;
  // Headings of 2, items of 3 with gaps of 1, markers of 1.
  const StackNeed goals{2, {3, 3, 3}, 1, 1};
  const StackNeed trends{2, {3, 3}, 1, 1};
  CHECK(hgw::ui::stack_height(goals, 3) == 2 + 3 * 3 + 2 * 1);
  CHECK(hgw::ui::stack_height(goals, 1) == 2 + 3 + 1 + 1);
  // Everything fits: everything is shown.
  CHECK(hgw::ui::share_height({goals, trends}, 100) == std::vector<int>{3, 2});
  // Too little: the first item of each, then one more each in turn while it fits.
  CHECK(hgw::ui::share_height({goals, trends}, 14) == std::vector<int>{1, 1});
  CHECK(hgw::ui::share_height({goals, trends}, 12) == std::vector<int>{1, 0});
  // Never more than there is: a list with no room shows only its heading and marker.
  CHECK(hgw::ui::share_height({goals, trends}, 6) == std::vector<int>{0, 0});
  CHECK(hgw::ui::share_height({goals, trends}, 18) == std::vector<int>{2, 1});
  CHECK(hgw::ui::share_height({goals, trends}, 21) == std::vector<int>{2, 2});
  // A list with nothing takes its fixed part only.
  CHECK(hgw::ui::share_height({StackNeed{1, {}, 1, 1}, trends}, 10) == std::vector<int>{0, 2});
}

// Portrait cycle page: the ring takes what the team list leaves, so a long list keeps
// its meetings and a short one leaves no empty band under it.
TEST_CASE("the portrait cycle page shows every team's next meeting and leaves no band empty") {
  const Example examples[] = {
      {"demo", model_of(hgw::core::demo_school_json(), true)},
      {"de-vlinder", model_of(read_file(HGW_DE_VLINDER_JSON), false)},
  };
  for (const auto& example : examples) {
    INFO(example.name);
    hgw::ui::HeadlessRenderer renderer(1080, 1920);
    FrameRecord record;
    renderer.render({&example.model, Page::cyclus, nullptr}, &record);
    check_frame(renderer, record, example.model, example.name + " cycle 1080x1920");
    const TextBox* lowest = nullptr;
    for (const auto& team : example.model.teams) {
      INFO(team.name);
      const TextBox* countdown = first_text(record, team.countdown_text);
      REQUIRE(countdown != nullptr);
      if (lowest == nullptr || countdown->max.y > lowest->max.y) lowest = countdown;
      if (!team.next_meeting) continue;
      std::string meeting = team.next_meeting->kind_label + " " + team.next_meeting->date_text;
      if (!team.next_meeting->time_text.empty()) meeting += " " + team.next_meeting->time_text;
      const TextBox* drawn = first_text(record, meeting);
      CHECK_MESSAGE(drawn != nullptr, "meeting not drawn: " << meeting);
      if (drawn != nullptr && drawn->max.y > lowest->max.y) lowest = drawn;
    }
    const float body = 1080.0f / 36.0f;
    CHECK(free_rows_below(renderer, example.model, *lowest) < static_cast<int>(3 * 1.2f * body));
  }
}

namespace {

// The text drawn as `text` whole (not cut with "…"), or null.
const TextBox* whole_text(const FrameRecord& record, const std::string& text) {
  return text.empty() ? nullptr : first_text(record, text);
}

// Rows of nothing but background straight above the footer, across [left, right):
// the empty band at the bottom of a column.
int empty_rows_above_footer(const hgw::ui::HeadlessRenderer& renderer,
                            const hgw::core::ViewModel& model, float left, float right,
                            float footer_top) {
  const ImU32 background = hgw::ui::background_colour(model) | 0xFF000000u;
  const auto blank = [&](int y) {
    for (int x = static_cast<int>(left); x < static_cast<int>(right); ++x) {
      if (renderer.pixel(x, y) != background) return false;
    }
    return true;
  };
  int y = static_cast<int>(footer_top) - 1;
  while (y > 0 && blank(y))  // between the footer's text and its rule
    --y;
  while (y > 0 && !blank(y))  // the rule
    --y;
  int rows = 0;
  for (; y > 0 && blank(y); --y)
    ++rows;
  return rows;
}

}  // namespace

TEST_CASE("the overview is the kc'er's view: team rows, the three roles, the late care action") {
  using hgw::core::Role;
  std::vector<Example> examples;
  examples.push_back({"demo", model_of(hgw::core::demo_school_json(), true)});
  examples.push_back({"De Vlinder", model_of(read_file(HGW_DE_VLINDER_JSON), false)});
  for (const auto& example : examples) {
    const auto& model = example.model;
    // Both have an MDO preparation past its date, of the zorgregisseur.
    REQUIRE_FALSE(model.overview.late_care_actions.empty());
    REQUIRE_FALSE(model.teams.empty());
    for (const auto size : kSizes) {
      const std::string what =
          example.name + " " + std::to_string(size.width) + "x" + std::to_string(size.height);
      INFO(what);
      hgw::ui::HeadlessRenderer renderer(size.width, size.height);
      FrameRecord record;
      renderer.render({&model, Page::overzicht, nullptr}, &record);
      check_frame(renderer, record, model, what);
      const float line = static_cast<float>(std::min(size.width, size.height)) / 36.0f * 1.2f;

      // Each column titled with the role, its domain under it, both whole.
      const TextBox* care_title = nullptr;
      for (const auto& [role, domain] :
           {std::pair{Role::leercoordinator, hgw::core::Phrase::overview_learning},
            std::pair{Role::trendanalist, hgw::core::Phrase::overview_data},
            std::pair{Role::zorgregisseur, hgw::core::Phrase::overview_care}}) {
        const TextBox* title =
            whole_text(record, std::string(hgw::core::label(role, model.language)));
        const TextBox* under =
            whole_text(record, std::string(hgw::core::phrase(domain, model.language)));
        REQUIRE_MESSAGE(title != nullptr,
                        "no role title " << hgw::core::label(role, model.language));
        REQUIRE(under != nullptr);
        // Under the role, or beside it where a portrait screen gives the room.
        const bool below = under->min.y > title->min.y && under->min.y - title->max.y < line &&
                           std::abs(under->min.x - title->min.x) < 1.0f;
        const bool beside =
            under->min.x > title->max.x && std::abs(under->max.y - title->max.y) < line / 2;
        CHECK_MESSAGE((below || beside), describe(*title) << " over " << describe(*under));
        if (role == Role::zorgregisseur) care_title = title;
      }

      // A row per team: its name with its phase, days left, next meeting and late
      // actions beside or under it.
      const auto* teams = find_list(record, "overview_teams");
      REQUIRE(teams != nullptr);
      CHECK(teams->shown == static_cast<int>(model.teams.size()));
      for (const auto& team : model.teams) {
        INFO(team.name);
        const TextBox* name = whole_text(record, team.name);
        REQUIRE(name != nullptr);
        for (const std::string& part :
             {team.phase_label, team.days_left_text,
              team.next_meeting ? team.next_meeting->countdown_text : std::string(),
              team.late_actions_text}) {
          if (part.empty()) continue;
          const bool in_row =
              std::any_of(record.texts.begin(), record.texts.end(), [&](const TextBox& box) {
                return box.text == part && box.min.y >= name->min.y - 1.0f &&
                       box.min.y < name->min.y + 1.5f * line;
              });
          CHECK_MESSAGE(in_row, "no \"" << part << "\" in the row");
        }
      }

      // The late MDO preparation in the zorgregisseur's column, under its title.
      const auto& late = model.overview.late_care_actions.front();
      const TextBox* action = whole_text(record, late.what);
      REQUIRE_MESSAGE(action != nullptr, "no late care action \"" << late.what << '"');
      CHECK(action->min.y > care_title->max.y);
      CHECK(action->min.x >= care_title->min.x - 1.0f);
      CHECK(shows_text_containing(record, late.relative_text));

      // No large empty band at the bottom of a column on a landscape screen.
      if (size.width > size.height) {
        const TextBox* footer = whole_text(record, model.freshness.text);
        if (footer != nullptr) {
          const float third = static_cast<float>(size.width) / 3;
          for (int column = 0; column < 3; ++column) {
            const float left = third * static_cast<float>(column) + line;
            const int empty = empty_rows_above_footer(renderer, model, left,
                                                      left + third - 2 * line, footer->min.y);
            CHECK_MESSAGE(static_cast<float>(empty) < 3 * line,
                          "column " << column << ": " << empty << " empty rows");
          }
        }
      }
    }
  }
  // The demo's teams have late actions; each row says how many.
  const auto& demo = examples.front().model;
  CHECK(std::any_of(demo.teams.begin(), demo.teams.end(),
                    [](const hgw::core::TeamView& team) { return team.late_actions > 0; }));
}
TEST_CASE("monitoring what works: the action's start on the trend chart, the change on the goal") {
  // The demo's pleinafspraken for the school's safety goal began on 12 January; the
  // monitor of October says how it went since.
  const auto model = model_of(hgw::core::demo_school_json(), true);
  const auto safety =
      std::find_if(model.trends.begin(), model.trends.end(),
                   [](const hgw::core::TrendView& trend) { return trend.id == "t-veilig"; });
  REQUIRE(safety != model.trends.end());
  REQUIRE(safety->action_markers.size() == 1);
  const std::string marker = safety->action_markers[0].label;
  CHECK(marker == "actie 12 jan");
  const std::string since = "+5 pt sinds start actie 12 jan";
  // Portrait shares its height among the demo's five trends too thinly for their
  // charts (page_trends), and shows the first six goals of nine, the safety goal
  // being the seventh: there the safety trend and the social-emotional goals alone.
  auto safety_alone = model;
  safety_alone.trends = {*safety};
  safety_alone.goal_groups = {model.goal_groups.back()};
  REQUIRE(safety_alone.goal_groups[0].domain == hgw::core::Domain::sociaal_emotioneel);
  for (const auto size : {ScreenSize{1920, 1080}, ScreenSize{1080, 1920}}) {
    const std::string what = std::to_string(size.width) + "x" + std::to_string(size.height);
    INFO(what);
    hgw::ui::HeadlessRenderer renderer(size.width, size.height);
    const auto& shown = size.width > size.height ? model : safety_alone;
    FrameRecord trends;
    renderer.render({&shown, Page::trends, nullptr}, &trends);
    check_frame(renderer, trends, shown, "trends " + what);
    // The label of the start, once, on the safety card: under its title, not left of it.
    CHECK(count_of(trends, marker) == 1);
    const TextBox* label = first_text(trends, marker);
    const auto title_line =
        std::find_if(trends.texts.begin(), trends.texts.end(),
                     [](const TextBox& box) { return box.text.starts_with("Voelt zich veilig"); });
    const TextBox* title = title_line == trends.texts.end() ? nullptr : &*title_line;
    REQUIRE(label != nullptr);
    REQUIRE(title != nullptr);
    CHECK(label->min.y > title->max.y);
    CHECK(label->min.x >= title->min.x);

    FrameRecord goals;
    renderer.render({&shown, Page::doelen, nullptr}, &goals);
    check_frame(renderer, goals, shown, "goals " + what);
    CHECK(count_of(goals, since) == 1);
  }
}

namespace {

// Every part of `page`, drawn in turn, with their records.
std::vector<FrameRecord> all_parts(hgw::ui::HeadlessRenderer& renderer,
                                   const hgw::core::ViewModel& model, Page page) {
  std::vector<FrameRecord> records;
  const int parts = renderer.part_count({&model, page, nullptr});
  for (int part = 0; part < parts; ++part) {
    records.emplace_back();
    renderer.render({&model, page, nullptr, part}, &records.back());
  }
  return records;
}

// How many items of list `name` the parts show together.
int shown_over_parts(const std::vector<FrameRecord>& records, const std::string& name) {
  int shown = 0;
  for (const auto& record : records) {
    const auto* list = find_list(record, name);
    if (list != nullptr) shown += list->shown;
  }
  return shown;
}

// A wrapped text is drawn as consecutive lines: joined by spaces, the whole text.
bool drawn_whole(const std::vector<FrameRecord>& records, const std::string& text) {
  return std::any_of(records.begin(), records.end(), [&](const FrameRecord& record) {
    return all_text(record).find(text) != std::string::npos;
  });
}

}  // namespace

TEST_CASE("the demo's actions at 1920x1080: every one over the parts, wat, wie, wanneer whole") {
  const auto model = model_of(hgw::core::demo_school_json(), true);
  REQUIRE(action_count(model) == 12);
  hgw::ui::HeadlessRenderer renderer(1920, 1080);
  const auto records = all_parts(renderer, model, Page::acties);
  REQUIRE(records.size() >= 2);
  CHECK(shown_over_parts(records, "actions") == 12);
  for (const auto& group : model.action_groups) {
    for (const auto& action : group.actions) {
      INFO(action.what);
      CHECK(drawn_whole(records, action.what));
      CHECK(drawn_whole(records, action.who));
      CHECK(drawn_whole(records, action.when_text));
      CHECK(drawn_whole(records, action.relative_text));
    }
  }
  // The footer says which part: "Acties 1/3", "Acties 2/3" ….
  const int parts = static_cast<int>(records.size());
  for (int part = 0; part < parts; ++part) {
    const std::string indicator = std::string(hgw::core::label(Page::acties, model.language)) +
                                  " " + std::to_string(part + 1) + "/" + std::to_string(parts);
    CHECK_MESSAGE(first_text(records[static_cast<std::size_t>(part)], indicator) != nullptr,
                  "no \"" << indicator << '"');
  }
}

TEST_CASE("hoe and waarom wrap to at most three lines, then end in an ellipsis") {
  auto model = model_of(hgw::core::demo_school_json(), true);
  REQUIRE_FALSE(model.action_groups.empty());
  auto& action = model.action_groups.front().actions.front();
  std::string long_how;
  for (int index = 0; index < 40; ++index)
    long_how += "stap " + std::to_string(index) + " ";
  action.how = long_how;
  for (const auto size : kSizes) {
    INFO(size.width << "x" << size.height);
    hgw::ui::HeadlessRenderer renderer(size.width, size.height);
    FrameRecord record;
    renderer.render({&model, Page::acties, nullptr}, &record);
    int lines = 0;
    bool ends_in_ellipsis = false;
    for (const auto& box : record.texts) {
      if (box.text.find("stap ") == std::string::npos) continue;
      ++lines;
      ends_in_ellipsis = box.text.ends_with("…");
    }
    CHECK(lines == 3);
    CHECK(ends_in_ellipsis);
  }
}

TEST_CASE("portrait goals and trends show every item over their parts") {
  const auto model = model_of(hgw::core::demo_school_json(), true);
  hgw::ui::HeadlessRenderer renderer(1080, 1920);
  const auto goals = all_parts(renderer, model, Page::doelen);
  CHECK(shown_over_parts(goals, "goals") == goal_count(model));
  for (const auto& group : model.goal_groups) {
    for (const auto& goal : group.goals)
      CHECK_MESSAGE(drawn_whole(goals, goal.title), goal.title);
  }
  const auto trends = all_parts(renderer, model, Page::trends);
  CHECK(shown_over_parts(trends, "trends") == static_cast<int>(model.trends.size()));
  for (const auto& trend : model.trends)
    CHECK_MESSAGE(drawn_whole(trends, trend.title), trend.title);
}

// Issue 12: a reader asks when "71%" was measured. Each date stands under its figure:
// the start's on the left, the current one centred under "Nu", the target's due
// month on the right under "Doel".
TEST_CASE("a goal card says under each figure when it was measured and when the target is due") {
  const auto model = model_of(R"({"format": "hgw-dashboard/1",
    "goals": [
      {"id": "a", "domain": "leren", "title": "80% van groep 8 haalt 1F rekenen",
       "measure": {"unit": "percent", "baseline": 62, "current": 71, "target": 80, "n": 54,
                   "baseline_on": "2025-09-15", "current_on": "2026-11-18", "target_on": "2027-06-23"},
       "evaluate_on": "2027-02-26", "feed_forward": "Dagelijks automatiseren"},
      {"id": "b", "domain": "werkhouding", "title": "Zelfstandig werken",
       "measure": {"unit": "percent", "baseline": 45, "current": 72, "target": 81, "n": 58}}]})",
                              false);
  const auto near = [](float a, float b) { return std::abs(a - b) < 2.0f; };
  for (const auto size : kSizes) {
    INFO(size.width << "x" << size.height);
    hgw::ui::HeadlessRenderer renderer(size.width, size.height);
    FrameRecord record;
    renderer.render({&model, Page::doelen, nullptr}, &record);
    check_frame(renderer, record, model, "dated goal");
    const TextBox* start = first_text(record, "Start 62%");
    const TextBox* current = first_text(record, "Nu 71%");
    const TextBox* target = first_text(record, "Doel 80%");
    const TextBox* started = first_text(record, "15 sep \u201925");
    const TextBox* measured = first_text(record, "18 nov");
    const TextBox* due = first_text(record, "in jun \u201927");
    REQUIRE(start != nullptr);
    REQUIRE(current != nullptr);
    REQUIRE(target != nullptr);
    REQUIRE(started != nullptr);
    REQUIRE(measured != nullptr);
    REQUIRE(due != nullptr);
    CHECK(measured->min.y >= current->max.y - 1);
    CHECK(measured->min.y < current->max.y + current->font_size);  // the next line, not further
    CHECK(near((measured->min.x + measured->max.x) / 2, (current->min.x + current->max.x) / 2));
    CHECK(near(started->min.x, start->min.x));
    CHECK(near(started->min.y, measured->min.y));
    CHECK(near(due->max.x, target->max.x));
    CHECK(near(due->min.y, measured->min.y));
  }
}

// "+ N meer" stays only where a page cannot continue on a next turn: the footer's
// messages, the problem banner, the overview's summary columns, the cycle page's
// teams around one ring, the setup page's details and a chart's oldest points.
// Goals, trends and actions continue over parts; only a page at its last possible
// part (core::kMostParts) counts what is left.
TEST_CASE("'+ N meer' remains only where a page cannot continue") {
  // The overview summarises what other pages show whole (its team rows the cycle
  // page, its late care actions the actions page), so it may count what it leaves out.
  const std::set<std::string> may_hide = {"messages",       "problems",
                                          "overview_goals", "overview_trends",
                                          "overview_teams", "overview_care_actions",
                                          "positives",      "teams",
                                          "setup_details",  "trend_points"};
  std::vector<Example> examples;
  examples.push_back({"demo", model_of(hgw::core::demo_school_json(), true)});
  examples.push_back({"De Vlinder", model_of(read_file(HGW_DE_VLINDER_JSON), false)});
  examples.push_back({"crowded", model_of(read_file(HGW_CROWDED_JSON), false)});
  for (const auto size : kSizes) {
    hgw::ui::HeadlessRenderer renderer(size.width, size.height);
    for (const auto& example : examples) {
      for (const Page page : kPages) {
        const auto records = all_parts(renderer, example.model, page);
        for (std::size_t part = 0; part < records.size(); ++part) {
          INFO(example.name << " " << size.width << "x" << size.height << " "
                            << hgw::core::label(page, example.model.language) << " part "
                            << part + 1 << "/" << records.size());
          const bool last_possible = static_cast<int>(part) + 1 == hgw::core::kMostParts;
          for (const auto& list : records[part].lists) {
            if (list.hidden == 0 || may_hide.contains(list.name)) continue;
            // Only the crowded document's 40 long actions take more parts than a page may.
            const bool crowded_actions = example.name == "crowded" && list.name == "actions";
            CHECK_MESSAGE((crowded_actions && last_possible),
                          list.name << " hides " << list.hidden);
          }
        }
      }
    }
  }
}
