#include "wall_settings.hpp"

#include <algorithm>

namespace hgw::core {

ViewOptions wall_view_options(const DisplayConfig& defaults, const Document& document,
                              const CommandOverrides& command) {
  const std::optional<Display>& display = document.display;
  ViewOptions options;
  options.language = command.language;
  if (!options.language && !(display && display->language)) options.language = defaults.language;
  options.theme = command.theme;
  if (!options.theme && !(display && display->theme)) options.theme = defaults.theme;
  options.default_team_filter = defaults.teams;
  return options;
}

int wall_page_seconds(const DisplayConfig& defaults, const Document& document, int fallback) {
  if (document.display && document.display->page_seconds) return *document.display->page_seconds;
  if (defaults.page_seconds) return *defaults.page_seconds;
  return fallback;
}

ScreenSchedule wall_schedule(const ScheduleConfig& defaults, const Document& document) {
  ScreenSchedule base;
  if (defaults.days) base.days = *defaults.days;
  if (defaults.on) base.on = *defaults.on;
  if (defaults.off) base.off = *defaults.off;
  return schedule_from(document.display ? document.display->schedule : std::nullopt, base);
}

std::vector<std::string> source_problems(const std::vector<SourceState>& sources, Language language,
                                         const Instant& now) {
  std::vector<std::string> lines;
  for (const auto& source : sources) {
    std::string text = source_problem_text(source, language, now);
    if (text.empty() || std::find(lines.begin(), lines.end(), text) != lines.end()) continue;
    lines.push_back(std::move(text));
  }
  return lines;
}

}  // namespace hgw::core
