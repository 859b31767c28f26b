#pragma once
// Monitoring what works (docs/ARCHITECTURE.md, "Monitoring what works"): which
// trend follows a goal's measure, and when the goal's actions began. Internal to
// core; built once per view model, so a document of thousands of goals, trends and
// actions is linked in one pass over each.

#include <map>
#include <string>
#include <vector>

#include "document.hpp"

namespace hgw::core {

class ActionMonitoring {
 public:
  ActionMonitoring(const Document& document, const Date& today);

  // The trend that follows the goal's measure: the one trend with the goal's team
  // (or, like the goal, none), its subject, its unit and its direction of better.
  // None when no trend or more than one matches: a chart picked at random would
  // mark the wrong cohort.
  const Trend* trend_of(const Goal& goal) const;
  // When the goal's actions began (actions[].start), those begun by today, oldest first.
  const std::vector<Date>& starts_of(const Goal& goal) const;
  // The starts of the begun actions of every goal the trend follows, oldest first.
  const std::vector<Date>& starts_on(const Trend& trend) const;

 private:
  std::map<std::string, const Trend*> trend_of_goal_;
  std::map<std::string, std::vector<Date>> starts_of_goal_;
  std::map<const Trend*, std::vector<Date>> starts_on_trend_;
};

}  // namespace hgw::core
