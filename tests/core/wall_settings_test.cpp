#include "core/wall_settings.hpp"

#include <doctest/doctest.h>

#include "test_documents.hpp"

using namespace hgw;
using namespace hgw::core;
using hgw::test::at;

TEST_CASE("command line, then document, then config decide language and theme") {
  DisplayConfig config;
  config.language = Language::en;
  config.theme = Theme::light;
  config.teams = std::vector<std::string>{"bb"};
  Document document;
  // The document says nothing: the config's defaults hold.
  ViewOptions options = wall_view_options(config, document, {});
  CHECK(options.language == Language::en);
  CHECK(options.theme == Theme::light);
  REQUIRE(options.default_team_filter);
  CHECK(options.default_team_filter->front() == "bb");
  // The document speaks: no option is passed, so build_view_model uses the document's.
  document.display = Display{};
  document.display->language = Language::nl;
  document.display->theme = Theme::dark;
  options = wall_view_options(config, document, {});
  CHECK_FALSE(options.language);
  CHECK_FALSE(options.theme);
  // The command line beats both.
  options = wall_view_options(config, document, {Language::en, Theme::light});
  CHECK(options.language == Language::en);
  CHECK(options.theme == Theme::light);
}

TEST_CASE("page seconds: the document's, else the config's, else the fallback") {
  DisplayConfig config;
  Document document;
  CHECK(wall_page_seconds(config, document, 20) == 20);
  config.page_seconds = 15;
  CHECK(wall_page_seconds(config, document, 20) == 15);
  document.display = Display{};
  document.display->page_seconds = 30;
  CHECK(wall_page_seconds(config, document, 20) == 30);
}

TEST_CASE("the config's hours are the schedule's defaults; the document's holidays apply") {
  ScheduleConfig config;
  config.on = TimeOfDay{8 * 60};
  config.off = TimeOfDay{16 * 60};
  Document document;
  ScreenSchedule schedule = wall_schedule(config, document);
  CHECK(schedule.on == TimeOfDay{8 * 60});
  CHECK_FALSE(screen_on_at(schedule, Date{2026, 11, 30}, TimeOfDay{7 * 60 + 45}));
  document.display = Display{};
  document.display->schedule = Schedule{};
  document.display->schedule->closed.push_back({Date{2026, 12, 19}, Date{2027, 1, 3}, {}});
  schedule = wall_schedule(config, document);
  CHECK(schedule.off == TimeOfDay{16 * 60});
  CHECK_FALSE(screen_on_at(schedule, Date{2026, 12, 21}, TimeOfDay{10 * 60}));
  document.display->schedule->on = TimeOfDay{7 * 60};
  CHECK(wall_schedule(config, document).on == TimeOfDay{7 * 60});
}

TEST_CASE("one Dutch banner line per failing source, duplicates folded, healthy ones silent") {
  const Instant now = at("2026-11-30T09:00:00+01:00");
  SourceState healthy;
  healthy.url = "https://school.example/api";
  healthy.has_document = true;
  SourceState refused = healthy;
  refused.error = FetchError::unauthorized;
  refused.http_status = 401;
  SourceState down = healthy;
  down.error = FetchError::unreachable;
  down.failing_since = at("2026-11-30T08:12:00+01:00");
  down.data_generated_at = at("2026-11-30T07:45:00+01:00");

  CHECK(source_problems({healthy}, Language::nl, now).empty());
  const auto lines = source_problems({refused, healthy, down, down}, Language::nl, now);
  REQUIRE(lines.size() == 2);
  CHECK(lines[0].find("401") != std::string::npos);
  CHECK(lines[0].find("token_file") != std::string::npos);
  CHECK(lines[1].find("08:12") != std::string::npos);
  CHECK(lines[1].find("07:45") != std::string::npos);
}
