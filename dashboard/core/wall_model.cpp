#include "wall_model.hpp"

#include "editor_status.hpp"
#include "i18n.hpp"

namespace hgw::core {
namespace {

SetupView build_setup_view(const WallInputs& inputs, const ViewModel& view) {
  const SetupFacts& facts = inputs.facts;
  SetupView setup;
  setup.config_path = facts.config_path;
  setup.device = facts.device;
  setup.version = facts.version;
  setup.details = facts.details;
  if (inputs.config != nullptr) setup.editor = editor_status(*inputs.config);
  if (facts.problem) {
    setup.problem = *facts.problem;
  } else if (inputs.document == nullptr) {
    // Sources configured, none has answered yet: say which and why.
    for (const auto& source : inputs.sources) {
      std::string problem = source_problem_text(source, view.language, inputs.now);
      if (problem.empty())
        problem = std::string(phrase(Phrase::waiting_for_first_answer, view.language));
      setup.details.push_back(url_without_credentials(source.url) + ": " + problem);
    }
  }
  setup.shown = facts.problem.has_value() || !view.has_content();
  return setup;
}

}  // namespace

WallModel build_wall_model(const WallInputs& inputs) {
  static const DisplayConfig kNoDisplayDefaults{};
  static const ScheduleConfig kNoScheduleDefaults{};
  const DisplayConfig& display = inputs.config ? inputs.config->display : kNoDisplayDefaults;
  const ScheduleConfig& hours = inputs.config ? inputs.config->schedule : kNoScheduleDefaults;
  Document empty;
  empty.format = "hgw-dashboard/1";
  const Document& shown = inputs.document ? *inputs.document : empty;

  WallModel wall;
  ViewOptions options = wall_view_options(display, shown, inputs.overrides);
  options.is_demo = inputs.is_demo;
  wall.view = build_view_model(shown, inputs.now, options);
  wall.view.page_seconds = wall_page_seconds(display, shown, wall.view.page_seconds);
  if (wall.view.pages.empty()) wall.view.pages.push_back(Page::overzicht);
  wall.view.problems = source_problems(inputs.sources, wall.view.language, inputs.now);
  wall.setup = build_setup_view(inputs, wall.view);
  wall.schedule = wall_schedule(hours, shown);
  return wall;
}

bool wall_screen_on(const WallModel& wall, const Instant& now) {
  return wall.setup.shown || screen_on_at(wall.schedule, local_date(now), local_time(now));
}

}  // namespace hgw::core
