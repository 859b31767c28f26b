#include "screen_schedule.hpp"

#include <algorithm>

namespace hgw::core {
namespace {

// Holidays are announced at most a school year ahead; looking further only costs time.
constexpr int kSearchDays = 550;

}  // namespace

ScreenSchedule schedule_from(const std::optional<Schedule>& document_schedule,
                             const ScreenSchedule& defaults) {
  ScreenSchedule schedule = defaults;
  if (!document_schedule) return schedule;
  if (document_schedule->days) schedule.days = *document_schedule->days;
  if (document_schedule->on) schedule.on = *document_schedule->on;
  if (document_schedule->off) schedule.off = *document_schedule->off;
  if (!document_schedule->closed.empty()) schedule.closed = document_schedule->closed;
  if (!document_schedule->events.empty()) schedule.events = document_schedule->events;
  return schedule;
}

const ClosedPeriod* closed_period_on(const ScreenSchedule& schedule, const Date& date) {
  for (const auto& period : schedule.closed) {
    if (period.from <= date && date <= period.to) return &period;
  }
  return nullptr;
}

bool screen_on_at(const ScreenSchedule& schedule, const Date& date, const TimeOfDay& time) {
  for (const auto& event : schedule.events) {
    if (event.date == date && event.on <= time && time < event.off) return true;
  }
  if (std::find(schedule.days.begin(), schedule.days.end(), weekday(date)) == schedule.days.end())
    return false;
  if (closed_period_on(schedule, date) != nullptr) return false;
  return schedule.on <= time && time < schedule.off;
}

std::optional<Instant> next_screen_change(const ScreenSchedule& schedule, const Instant& now,
                                          const TimeZone& zone) {
  const Instant here = zone.at(now.unix_seconds);
  const bool on_now = screen_on_at(schedule, local_date(here), local_time(here));
  const Date today = local_date(here);
  for (int day = 0; day < kSearchDays; ++day) {
    const Date date = add_days(today, day);
    std::vector<TimeOfDay> edges{schedule.on, schedule.off};
    for (const auto& event : schedule.events) {
      if (event.date == date) edges.insert(edges.end(), {event.on, event.off});
    }
    std::sort(edges.begin(), edges.end());
    for (const TimeOfDay edge : edges) {
      const Instant candidate = zone.from_local(date, edge);
      if (candidate.unix_seconds <= now.unix_seconds) continue;
      if (screen_on_at(schedule, date, edge) != on_now) return candidate;
    }
  }
  return std::nullopt;
}

}  // namespace hgw::core
