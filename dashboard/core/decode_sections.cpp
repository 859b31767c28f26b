#include "decode_sections.hpp"

#include <limits>
#include <map>
#include <string>

namespace hgw::core::sections {
namespace {

using nlohmann::json;

constexpr std::int64_t kNoMax = std::numeric_limits<std::int64_t>::max();

// Remembers the ids of one section so a repeated one is reported with both places.
class IdRegistry {
 public:
  explicit IdRegistry(Diagnostics& diagnostics) : diagnostics_(diagnostics) {}

  void add(const std::optional<std::string>& id, const std::string& path) {
    if (!id) return;
    const auto [found, inserted] = seen_.emplace(*id, path);
    if (!inserted) {
      diagnostics_.error(path,
                         "duplicate id " + json(*id).dump() + " (also at " + found->second + ")");
    }
  }

 private:
  Diagnostics& diagnostics_;
  std::map<std::string, std::string> seen_;
};

// Reads an array of objects; `read_item` gets each element as an ObjectReader.
template <typename T, typename ReadItem>
std::optional<std::vector<T>> read_list(const ObjectReader& parent, std::string_view key, Need need,
                                        ReadItem&& read_item) {
  std::vector<T> items;
  const bool present = parent.array(key, need, [&](const json& element, const std::string& path) {
    auto object = ObjectReader::open(element, path, parent.diagnostics());
    if (!object) return;
    if (auto item = read_item(*object)) items.push_back(std::move(*item));
  });
  if (!present) return std::nullopt;
  return items;
}

// Reads an array of scalars with a value-level reader such as read_date.
template <typename T, typename ReadValue>
std::optional<std::vector<T>> read_values(const ObjectReader& parent, std::string_view key,
                                          ReadValue&& read_value) {
  std::vector<T> values;
  const bool present =
      parent.array(key, Need::optional, [&](const json& element, const std::string& path) {
        if (auto value = read_value(element, path, parent.diagnostics()))
          values.push_back(std::move(*value));
      });
  if (!present) return std::nullopt;
  return values;
}

std::optional<std::string> read_plain_text(const json& value, const std::string& path,
                                           Diagnostics& diagnostics) {
  return read_text(value, path, diagnostics, /*non_empty=*/true);
}

// Percentages live in 0..100 and counts are never negative; scores are free.
void check_unit_range(Unit unit, const std::optional<double>& value, const std::string& path,
                      Diagnostics& diagnostics) {
  if (!value) return;
  if (unit == Unit::percent && (*value < 0 || *value > 100)) {
    diagnostics.error(path, "expected a percentage from 0 to 100, got " + json(*value).dump());
  } else if (unit == Unit::count && *value < 0) {
    diagnostics.error(path, "expected a count >= 0, got " + json(*value).dump());
  }
}

// `later` must not come before `earlier`; reported at the later field.
void check_order(const std::optional<Date>& earlier, const std::optional<Date>& later,
                 std::string_view earlier_name, const std::string& later_path,
                 Diagnostics& diagnostics) {
  if (earlier && later && *later < *earlier) {
    diagnostics.error(later_path, "expected a date on or after " + std::string(earlier_name) +
                                      " (" + format_date_iso(*earlier) + "), got \"" +
                                      format_date_iso(*later) + "\"");
  }
}

std::optional<Period> period(const ObjectReader& school) {
  auto object = school.object("period", Need::optional);
  if (!object) return std::nullopt;
  auto name = object->text("name", Need::optional);
  auto start = object->date("start", Need::required);
  auto end = object->date("end", Need::required);
  check_order(start, end, "start", object->path_of("end"), school.diagnostics());
  if (!start || !end) return std::nullopt;
  return Period{std::move(name), *start, *end};
}

std::optional<Meeting> meeting(const ObjectReader& cycle) {
  auto object = cycle.object("next_meeting", Need::optional);
  if (!object) return std::nullopt;
  auto kind = object->enumeration<MeetingKind>("kind", Need::required);
  auto date = object->date("date", Need::required);
  auto time = object->time("time", Need::optional);
  if (!kind || !date) return std::nullopt;
  return Meeting{*kind, *date, time};
}

std::optional<Cycle> cycle(const ObjectReader& team) {
  auto object = team.object("cycle", Need::optional);
  if (!object) return std::nullopt;
  auto phase = object->enumeration<Phase>("phase", Need::required);
  auto since = object->date("since", Need::optional);
  auto until = object->date("until", Need::optional);
  check_order(since, until, "since", object->path_of("until"), team.diagnostics());
  auto next_meeting = meeting(*object);
  if (!phase) return std::nullopt;
  return Cycle{*phase, since, until, std::move(next_meeting)};
}

std::optional<Measure> measure(const ObjectReader& goal) {
  auto object = goal.object("measure", Need::optional);
  if (!object) return std::nullopt;
  auto unit = object->enumeration<Unit>("unit", Need::required);
  auto baseline = object->number("baseline", Need::optional);
  auto current = object->number("current", Need::optional);
  auto target = object->number("target", Need::required);
  auto n = object->integer("n", Need::optional, 0, kNoMax);
  auto higher_is_better = object->boolean("higher_is_better", Need::optional);
  auto baseline_on = object->date("baseline_on", Need::optional);
  auto current_on = object->date("current_on", Need::optional);
  auto target_on = object->date("target_on", Need::optional);
  Diagnostics& diagnostics = goal.diagnostics();
  // Named by their whole path: the start may be far up the form from the date after it.
  const std::string baseline_on_path = object->path_of("baseline_on");
  check_order(baseline_on, current_on, baseline_on_path, object->path_of("current_on"),
              diagnostics);
  check_order(baseline_on, target_on, baseline_on_path, object->path_of("target_on"), diagnostics);
  if (!unit) return std::nullopt;
  check_unit_range(*unit, baseline, object->path_of("baseline"), diagnostics);
  check_unit_range(*unit, current, object->path_of("current"), diagnostics);
  check_unit_range(*unit, target, object->path_of("target"), diagnostics);
  if (!target) return std::nullopt;
  Measure result;
  result.unit = *unit;
  result.baseline = baseline;
  result.current = current;
  result.target = *target;
  result.n = n;
  result.higher_is_better = higher_is_better.value_or(true);
  result.baseline_on = baseline_on;
  result.current_on = current_on;
  result.target_on = target_on;
  return result;
}

std::optional<Reference> reference(const ObjectReader& trend, std::optional<Unit> unit) {
  auto object = trend.object("reference", Need::optional);
  if (!object) return std::nullopt;
  auto label = object->text("label", Need::optional);
  auto value = object->number("value", Need::required);
  if (unit) check_unit_range(*unit, value, object->path_of("value"), trend.diagnostics());
  if (!value) return std::nullopt;
  return Reference{std::move(label), *value};
}

std::optional<ClosedPeriod> closed_period(const ObjectReader& object) {
  auto from = object.date("from", Need::required);
  auto to = object.date("to", Need::required);
  auto name = object.text("name", Need::optional);
  check_order(from, to, "from", object.path_of("to"), object.diagnostics());
  if (!from || !to) return std::nullopt;
  return ClosedPeriod{*from, *to, std::move(name)};
}

// `off` must come after `on`, on the same day; reported at `off`.
void check_on_before_off(const ObjectReader& object, const std::optional<TimeOfDay>& on,
                         const std::optional<TimeOfDay>& off) {
  if (on && off && *off <= *on) {
    object.diagnostics().error(object.path_of("off"), "expected a time after on (" +
                                                          format_time_of_day(*on) + "), got \"" +
                                                          format_time_of_day(*off) + "\"");
  }
}

std::optional<ScheduleEvent> schedule_event(const ObjectReader& object) {
  auto date = object.date("date", Need::required);
  auto on = object.time("on", Need::required);
  auto off = object.time("off", Need::required);
  auto name = object.text("name", Need::optional);
  check_on_before_off(object, on, off);
  if (!date || !on || !off) return std::nullopt;
  return ScheduleEvent{*date, *on, *off, std::move(name)};
}

std::optional<Schedule> schedule(const ObjectReader& display) {
  auto object = display.object("schedule", Need::optional);
  if (!object) return std::nullopt;
  Schedule result;
  result.days = read_values<Weekday>(*object, "days", read_enum<Weekday>);
  result.on = object->time("on", Need::optional);
  result.off = object->time("off", Need::optional);
  check_on_before_off(*object, result.on, result.off);
  result.closed = read_list<ClosedPeriod>(*object, "closed", Need::optional, closed_period)
                      .value_or(std::vector<ClosedPeriod>{});
  result.events = read_list<ScheduleEvent>(*object, "events", Need::optional, schedule_event)
                      .value_or(std::vector<ScheduleEvent>{});
  return result;
}

}  // namespace

std::optional<School> school(const ObjectReader& root) {
  auto object = root.object("school", Need::optional);
  if (!object) return std::nullopt;
  auto name = object->text("name", Need::required);
  auto brin = object->text("brin", Need::optional);
  auto school_year = object->text("school_year", Need::optional);
  auto school_period = period(*object);
  if (!name) return std::nullopt;
  return School{*name, std::move(brin), std::move(school_year), std::move(school_period)};
}

std::optional<Privacy> privacy(const ObjectReader& root) {
  auto object = root.object("privacy", Need::optional);
  if (!object) return std::nullopt;
  return Privacy{object->integer("min_n", Need::optional, 0, kNoMax)};
}

std::optional<std::vector<Team>> teams(const ObjectReader& root) {
  IdRegistry ids(root.diagnostics());
  return read_list<Team>(
      root, "teams", Need::optional, [&](const ObjectReader& object) -> std::optional<Team> {
        auto id = object.text("id", Need::required);
        ids.add(id, object.path_of("id"));
        auto name = object.text("name", Need::required);
        auto groups = read_values<std::string>(object, "groups", read_plain_text);
        auto team_cycle = cycle(object);
        if (!id || !name) return std::nullopt;
        return Team{*id, *name, groups.value_or(std::vector<std::string>{}), std::move(team_cycle)};
      });
}

std::optional<std::vector<Goal>> goals(const ObjectReader& root) {
  IdRegistry ids(root.diagnostics());
  return read_list<Goal>(root, "goals", Need::optional,
                         [&](const ObjectReader& object) -> std::optional<Goal> {
                           Goal goal;
                           auto id = object.text("id", Need::required);
                           ids.add(id, object.path_of("id"));
                           goal.team = object.text("team", Need::optional);
                           auto domain = object.enumeration<Domain>("domain", Need::required);
                           goal.subject = object.text("subject", Need::optional);
                           auto title = object.text("title", Need::required);
                           goal.measure = measure(object);
                           goal.evaluate_on = object.date("evaluate_on", Need::optional);
                           goal.status = object.enumeration<GoalStatus>("status", Need::optional);
                           goal.feed_up = object.text("feed_up", Need::optional);
                           goal.feedback = object.text("feedback", Need::optional);
                           goal.feed_forward = object.text("feed_forward", Need::optional);
                           if (!id || !domain || !title) return std::nullopt;
                           goal.id = *id;
                           goal.domain = *domain;
                           goal.title = *title;
                           return goal;
                         });
}

std::optional<std::vector<Trend>> trends(const ObjectReader& root) {
  IdRegistry ids(root.diagnostics());
  return read_list<Trend>(
      root, "trends", Need::optional, [&](const ObjectReader& object) -> std::optional<Trend> {
        Trend trend;
        auto id = object.text("id", Need::required);
        ids.add(id, object.path_of("id"));
        trend.team = object.text("team", Need::optional);
        trend.subject = object.text("subject", Need::optional);
        auto title = object.text("title", Need::required);
        auto unit = object.enumeration<Unit>("unit", Need::required);
        trend.reference = reference(object, unit);
        trend.higher_is_better = object.boolean("higher_is_better", Need::optional).value_or(true);
        auto points = read_list<TrendPoint>(
            object, "points", Need::required,
            [&](const ObjectReader& point) -> std::optional<TrendPoint> {
              auto label = point.text("label", Need::required);
              auto date = point.date("date", Need::optional);
              auto value = point.number("value", Need::required);
              auto n = point.integer("n", Need::optional, 0, kNoMax);
              if (unit) check_unit_range(*unit, value, point.path_of("value"), point.diagnostics());
              if (!label || !value) return std::nullopt;
              return TrendPoint{*label, date, *value, n};
            });
        if (!id || !title || !unit || !points) return std::nullopt;
        trend.id = *id;
        trend.title = *title;
        trend.unit = *unit;
        trend.points = std::move(*points);
        return trend;
      });
}

std::optional<std::vector<Action>> actions(const ObjectReader& root) {
  IdRegistry ids(root.diagnostics());
  return read_list<Action>(
      root, "actions", Need::optional, [&](const ObjectReader& object) -> std::optional<Action> {
        Action action;
        auto id = object.text("id", Need::required);
        ids.add(id, object.path_of("id"));
        auto what = object.text("what", Need::required);
        auto who = object.text("who", Need::required);
        auto when = object.date("when", Need::required);
        action.how = object.text("how", Need::optional);
        action.why = object.text("why", Need::optional);
        action.goal = object.text("goal", Need::optional);
        action.status =
            object.enumeration<ActionStatus>("status", Need::optional).value_or(ActionStatus::open);
        action.role = object.enumeration<Role>("role", Need::optional);
        action.start = object.date("start", Need::optional);
        check_order(action.start, when, "start", object.path_of("when"), object.diagnostics());
        if (!id || !what || !who || !when) return std::nullopt;
        action.id = *id;
        action.what = *what;
        action.who = *who;
        action.when = *when;
        return action;
      });
}

// The levels of a count (the current one or the previous): 1..4, each at most once.
std::optional<std::vector<SupportLevel>> support_levels(const ObjectReader& count) {
  std::map<std::int64_t, std::string> seen_levels;
  return read_list<SupportLevel>(
      count, "levels", Need::required,
      [&](const ObjectReader& level) -> std::optional<SupportLevel> {
        auto number = level.integer("level", Need::required, 1, 4);
        auto label = level.text("label", Need::optional);
        auto amount = level.integer("count", Need::required, 0, kNoMax);
        if (number) {
          const auto [found, inserted] = seen_levels.emplace(*number, level.path_of("level"));
          if (!inserted) {
            level.diagnostics().error(
                level.path_of("level"),
                "duplicate level " + std::to_string(*number) + " (also at " + found->second + ")");
          }
        }
        if (!number || !amount) return std::nullopt;
        return SupportLevel{static_cast<int>(*number), std::move(label), *amount};
      });
}

std::optional<PreviousSupport> previous_support(const ObjectReader& support) {
  auto object = support.object("previous", Need::optional);
  if (!object) return std::nullopt;
  auto as_of = object->date("as_of", Need::required);
  auto levels = support_levels(*object);
  if (!as_of || !levels) return std::nullopt;
  return PreviousSupport{*as_of, std::move(*levels)};
}

std::optional<Support> support(const ObjectReader& root) {
  auto object = root.object("support", Need::optional);
  if (!object) return std::nullopt;
  Support result;
  result.as_of = object->date("as_of", Need::optional);
  auto levels = support_levels(*object);
  result.previous = previous_support(*object);
  if (result.previous) {
    check_order(result.previous->as_of, result.as_of, "previous.as_of", object->path_of("as_of"),
                object->diagnostics());
  }
  if (!levels) return std::nullopt;
  result.levels = std::move(*levels);
  return result;
}

std::optional<std::vector<Positive>> positives(const ObjectReader& root) {
  return read_list<Positive>(root, "positives", Need::optional,
                             [](const ObjectReader& object) -> std::optional<Positive> {
                               auto text = object.text("text", Need::required);
                               auto team = object.text("team", Need::optional);
                               if (!text) return std::nullopt;
                               return Positive{*text, std::move(team)};
                             });
}

std::optional<std::vector<Message>> messages(const ObjectReader& root) {
  return read_list<Message>(
      root, "messages", Need::optional, [](const ObjectReader& object) -> std::optional<Message> {
        auto text = object.text("text", Need::required);
        auto until = object.timestamp("until", Need::optional);
        auto priority = object.enumeration<Priority>("priority", Need::optional);
        if (!text) return std::nullopt;
        return Message{*text, until, priority.value_or(Priority::normal)};
      });
}

std::optional<Display> display(const ObjectReader& root) {
  auto object = root.object("display", Need::optional);
  if (!object) return std::nullopt;
  Display result;
  result.pages = read_values<Page>(*object, "pages", read_enum<Page>);
  const json* pages = object->field("pages", Need::optional, "an array");
  if (pages != nullptr && pages->is_array() && pages->empty()) {
    object->diagnostics().error(object->path_of("pages"), "expected at least one page, got []");
  }
  if (auto seconds = object->integer("page_seconds", Need::optional, 5, 3600)) {
    result.page_seconds = static_cast<int>(*seconds);
  }
  result.language = object->enumeration<Language>("language", Need::optional);
  result.teams = read_values<std::string>(*object, "teams", read_plain_text);
  result.theme = object->enumeration<Theme>("theme", Need::optional);
  result.schedule = schedule(*object);
  return result;
}

}  // namespace hgw::core::sections
