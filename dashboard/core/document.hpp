#pragma once
// The typed form of a `hgw-dashboard/1` document (docs/ARCHITECTURE.md). Every section is
// optional; an absent section and an absent field are both std::nullopt. Only the
// decoder (decode_document.hpp) builds these from JSON, so a Document in memory has
// passed validation.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "date_time.hpp"

namespace hgw::core {

enum class Phase {
  signaleren_analyseren,
  behoeften_formuleren,
  plannen_uitvoeren,
  evalueren_aanscherpen
};
enum class MeetingKind { groepsbespreking, leerlingbespreking, mdo, trendanalyse, teamvergadering };
enum class Domain { leren, werkhouding, sociaal_emotioneel };
enum class GoalStatus { op_koers, aandacht, behaald, niet_behaald };
enum class ActionStatus { open, bezig, gereed };
enum class Role { leercoordinator, trendanalist, zorgregisseur };
enum class Unit { percent, score, count };
enum class Priority { normal, high };
enum class Page { overzicht, cyclus, doelen, trends, acties, ondersteuning };
enum class Language { nl, en };
enum class Theme { dark, light };

struct Period {
  std::optional<std::string> name;
  Date start;
  Date end;
};

struct School {
  std::string name;
  std::optional<std::string> brin;
  std::optional<std::string> school_year;
  std::optional<Period> period;
};

struct Privacy {
  std::optional<std::int64_t> min_n;
};

struct Meeting {
  MeetingKind kind = MeetingKind::groepsbespreking;
  Date date;
  std::optional<TimeOfDay> time;
};

struct Cycle {
  Phase phase = Phase::signaleren_analyseren;
  std::optional<Date> since;
  std::optional<Date> until;
  std::optional<Meeting> next_meeting;
};

struct Team {
  std::string id;
  std::string name;
  std::vector<std::string> groups;
  std::optional<Cycle> cycle;
};

struct Measure {
  Unit unit = Unit::percent;
  std::optional<double> baseline;
  std::optional<double> current;
  double target = 0;
  std::optional<std::int64_t> n;
  bool higher_is_better = true;
  // When the start and the current figure were measured, and when the target is due.
  std::optional<Date> baseline_on;
  std::optional<Date> current_on;
  std::optional<Date> target_on;
};

struct Goal {
  std::string id;
  std::optional<std::string> team;
  Domain domain = Domain::leren;
  std::optional<std::string> subject;
  std::string title;
  std::optional<Measure> measure;
  std::optional<Date> evaluate_on;
  std::optional<GoalStatus> status;
  std::optional<std::string> feed_up;
  std::optional<std::string> feedback;
  std::optional<std::string> feed_forward;
};

struct Reference {
  std::optional<std::string> label;
  double value = 0;
};

struct TrendPoint {
  std::string label;
  std::optional<Date> date;
  double value = 0;
  std::optional<std::int64_t> n;
};

struct Trend {
  std::string id;
  std::optional<std::string> team;
  std::optional<std::string> subject;
  std::string title;
  Unit unit = Unit::percent;
  std::optional<Reference> reference;
  std::vector<TrendPoint> points;
  bool higher_is_better = true;
};

struct Action {
  std::string id;
  std::string what;
  std::string who;
  Date when;
  std::optional<std::string> how;
  std::optional<std::string> why;
  std::optional<std::string> goal;
  ActionStatus status = ActionStatus::open;
  std::optional<Role> role;
  // When the work began, for monitoring what works; `when` is when it is due.
  std::optional<Date> start;
};

struct SupportLevel {
  int level = 1;
  std::optional<std::string> label;
  std::int64_t count = 0;
};

// An earlier count of the pyramid, so the wall can show what changed since.
struct PreviousSupport {
  Date as_of;
  std::vector<SupportLevel> levels;
};

struct Support {
  std::optional<Date> as_of;
  std::vector<SupportLevel> levels;
  std::optional<PreviousSupport> previous;
};

struct Positive {
  std::string text;
  std::optional<std::string> team;
};

struct Message {
  std::string text;
  std::optional<Instant> until;
  Priority priority = Priority::normal;
};

struct ClosedPeriod {
  Date from;
  Date to;
  std::optional<std::string> name;
};

// An evening the wall is on outside school hours (ouderavond, open dag), even on a
// closed day: the kc'er forces it on from the document.
struct ScheduleEvent {
  Date date;
  TimeOfDay on;
  TimeOfDay off;
  std::optional<std::string> name;
};

struct Schedule {
  std::optional<std::vector<Weekday>> days;
  std::optional<TimeOfDay> on;
  std::optional<TimeOfDay> off;
  std::vector<ClosedPeriod> closed;
  std::vector<ScheduleEvent> events;
};

struct Display {
  std::optional<std::vector<Page>> pages;
  std::optional<int> page_seconds;
  std::optional<Language> language;
  std::optional<std::vector<std::string>> teams;
  std::optional<Theme> theme;
  std::optional<Schedule> schedule;
};

struct Document {
  std::string format;  // as written, e.g. "hgw-dashboard/1"
  std::optional<Instant> generated_at;
  std::optional<School> school;
  std::optional<Privacy> privacy;
  std::optional<std::vector<Team>> teams;
  std::optional<std::vector<Goal>> goals;
  std::optional<std::vector<Trend>> trends;
  std::optional<std::vector<Action>> actions;
  std::optional<Support> support;
  std::optional<std::vector<Positive>> positives;
  std::optional<std::vector<Message>> messages;
  std::optional<Display> display;
};

}  // namespace hgw::core
