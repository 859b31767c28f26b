#pragma once
// How the running wall combines its three sources of settings: the command line
// wins, then the document's display section (the kc'er changes it remotely),
// then the local config file's defaults. Pure, so the precedence is tested here
// rather than discovered on a wall.

#include <optional>
#include <string>
#include <vector>

#include "config.hpp"
#include "document.hpp"
#include "screen_schedule.hpp"
#include "source_state.hpp"
#include "view_model.hpp"

namespace hgw::core {

struct CommandOverrides {
  std::optional<Language> language;
  std::optional<Theme> theme;
};

// The view options for build_view_model: a config default is only passed on
// where the document says nothing, because ViewOptions win over the document.
ViewOptions wall_view_options(const DisplayConfig& defaults, const Document& document,
                              const CommandOverrides& command);

// The seconds per page: the document's, else the config's, else the model's default.
int wall_page_seconds(const DisplayConfig& defaults, const Document& document, int fallback);

// The config's days and times as the schedule's defaults, the document's schedule
// (holidays, evening events) over them.
ScreenSchedule wall_schedule(const ScheduleConfig& defaults, const Document& document);

// One banner line per failing source, in source order; the same text twice (two
// sources on one dead server) is shown once.
std::vector<std::string> source_problems(const std::vector<SourceState>& sources, Language language,
                                         const Instant& now);

}  // namespace hgw::core
