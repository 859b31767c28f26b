#include "date_shift.hpp"

namespace hgw::core {
namespace {

void shift(Date& date, std::int64_t days) {
  date = add_days(date, days);
}

void shift(std::optional<Date>& date, std::int64_t days) {
  if (date) shift(*date, days);
}

void shift(std::optional<Instant>& instant, std::int64_t days) {
  if (instant) instant->unix_seconds += days * kSecondsPerDay;
}

}  // namespace

void shift_dates(Document& document, std::int64_t days) {
  shift(document.generated_at, days);
  if (document.school && document.school->period) {
    shift(document.school->period->start, days);
    shift(document.school->period->end, days);
  }
  if (document.teams) {
    for (auto& team : *document.teams) {
      if (!team.cycle) continue;
      shift(team.cycle->since, days);
      shift(team.cycle->until, days);
      if (team.cycle->next_meeting) shift(team.cycle->next_meeting->date, days);
    }
  }
  if (document.goals) {
    for (auto& goal : *document.goals) {
      shift(goal.evaluate_on, days);
      if (!goal.measure) continue;
      shift(goal.measure->baseline_on, days);
      shift(goal.measure->current_on, days);
      shift(goal.measure->target_on, days);
    }
  }
  if (document.trends) {
    for (auto& trend : *document.trends) {
      for (auto& point : trend.points)
        shift(point.date, days);
    }
  }
  if (document.actions) {
    for (auto& action : *document.actions) {
      shift(action.when, days);
      shift(action.start, days);
    }
  }
  if (document.support) {
    shift(document.support->as_of, days);
    if (document.support->previous) shift(document.support->previous->as_of, days);
  }
  if (document.messages) {
    for (auto& message : *document.messages)
      shift(message.until, days);
  }
  if (document.display && document.display->schedule) {
    for (auto& closed : document.display->schedule->closed) {
      shift(closed.from, days);
      shift(closed.to, days);
    }
    for (auto& event : document.display->schedule->events)
      shift(event.date, days);
  }
}

}  // namespace hgw::core
