#include "view_context.hpp"

#include <nlohmann/json.hpp>

#include "privacy.hpp"

namespace hgw::core {
namespace {

Language choose_language(const Document& document, const ViewOptions& options) {
  if (options.language) return *options.language;
  if (document.display && document.display->language) return *document.display->language;
  return Language::nl;
}

}  // namespace

ViewContext::ViewContext(const Document& document, const Instant& now, const ViewOptions& options,
                         Diagnostics& notes)
    : document_(document),
      now_(now),
      today_(local_date(now)),
      language_(choose_language(document, options)),
      min_n_(effective_min_n(document.privacy)),
      monitoring_(document, today_) {
  if (document.teams) {
    for (const auto& team : *document.teams)
      teams_.emplace(team.id, &team);
  }
  if (document.goals) {
    for (const auto& goal : *document.goals)
      goals_.emplace(goal.id, &goal);
  }

  std::optional<std::vector<std::string>> filter = options.default_team_filter;
  if (document.display && document.display->teams) filter = document.display->teams;
  if (filter && !filter->empty()) {
    std::set<std::string> matching;
    for (const auto& id : *filter) {
      if (teams_.contains(id)) matching.insert(id);
    }
    // A filter that matches no team would blank the wall: show every team instead.
    if (matching.empty()) {
      notes.warning("display.teams", "no team matches the filter " +
                                         nlohmann::json(*filter).dump() + "; showing all teams");
    } else {
      team_filter_ = std::move(matching);
    }
  }
}

std::string ViewContext::team_label(const std::optional<std::string>& team) const {
  if (team) {
    const auto found = teams_.find(*team);
    if (found != teams_.end()) return found->second->name;
  }
  return std::string(phrase(Phrase::school_wide, language_));
}

bool ViewContext::passes_filter(const std::optional<std::string>& team) const {
  if (!team_filter_ || !team || !teams_.contains(*team)) return true;
  return team_filter_->contains(*team);
}

const Goal* ViewContext::goal(const std::string& id) const {
  const auto found = goals_.find(id);
  return found == goals_.end() ? nullptr : found->second;
}

}  // namespace hgw::core
