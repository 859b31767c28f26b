#pragma once
// When the wall is lit: school days between the on and off times, except closed
// periods (holidays). Outside that the screen goes dark and draws nothing.

#include <optional>
#include <vector>

#include "document.hpp"
#include "time_zone.hpp"

namespace hgw::core {

struct ScreenSchedule {
  std::vector<Weekday> days{Weekday::monday, Weekday::tuesday, Weekday::wednesday,
                            Weekday::thursday, Weekday::friday};
  TimeOfDay on{7 * 60 + 30};
  TimeOfDay off{17 * 60 + 30};
  std::vector<ClosedPeriod> closed;
  std::vector<ScheduleEvent> events;
};

// The document's schedule where it says something, the defaults otherwise.
ScreenSchedule schedule_from(const std::optional<Schedule>& document_schedule,
                             const ScreenSchedule& defaults = {});

bool screen_on_at(const ScreenSchedule& schedule, const Date& date, const TimeOfDay& time);
// The closed period that holds `date`, if any (for "Kerstvakantie" on the dark wall).
const ClosedPeriod* closed_period_on(const ScreenSchedule& schedule, const Date& date);

// The next moment after `now` at which the screen turns on or off; nullopt when it
// never changes (no school days at all) within the coming year and a half.
std::optional<Instant> next_screen_change(const ScreenSchedule& schedule, const Instant& now,
                                          const TimeZone& zone);

}  // namespace hgw::core
