#pragma once
// What the pages draw, computed from a document and the clock (docs/ARCHITECTURE.md). The
// view model decides everything: order, grouping, status, direction, texts in the
// chosen language, and privacy — a figure over fewer than min_n pupils is not in
// here at all, so no page can show it. The UI only lays this out.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "date_time.hpp"
#include "diagnostics.hpp"
#include "document.hpp"
#include "i18n.hpp"

namespace hgw::core {

struct ViewOptions {
  // Set by the command line or the kiosk; they win over the document's display section.
  std::optional<Language> language;
  std::optional<Theme> theme;
  // The local config's team filter, used when the document has none.
  std::optional<std::vector<std::string>> default_team_filter;
  // The built-in demo school is marked as such on every page.
  bool is_demo = false;
};

struct HeaderView {
  std::string school_name;  // empty when the document names no school
  std::string period_name;  // "Periode 2", or empty
  std::string date_text;    // "maandag 30 november 2026"
  std::string time_text;    // "08:00"
  bool is_demo = false;
  std::string demo_text;  // "DEMO — voorbeeldschool" when is_demo

  bool operator==(const HeaderView&) const = default;
};

// One of the three HGW feedback questions with the document's answer.
struct FeedView {
  std::string question;  // "Waar werken we naartoe?"
  std::string answer;

  bool operator==(const FeedView&) const = default;
};

// How the direction reads for the school: rising is good unless lower is better.
enum class TrendTone { neutral, good, bad };

struct GoalView {
  std::string id;
  std::string title;
  std::string team_label;     // team name, or "Hele school"
  std::string subject_label;  // "Rekenen", or empty
  Domain domain = Domain::leren;
  std::string domain_label;
  Unit unit = Unit::percent;
  bool higher_is_better = true;

  // Privacy: when suppressed, baseline/current/progress are absent and their texts
  // read suppressed_text ("n<10").
  bool suppressed = false;
  std::string suppressed_text;
  std::optional<double> baseline;
  std::optional<double> current;
  std::optional<double> target;
  std::string baseline_text;
  std::string current_text;
  std::string target_text;
  // Share of the way from baseline to target, clamped to 0..1.
  std::optional<double> progress;
  // When the start and the current figure were measured and when the target is due,
  // each shown under its figure: "26 jan", "18 nov", "in jun ’27" (a year only where
  // it is not this year's; the target's always). Empty without the date. Dates are
  // no pupil data: a suppressed goal keeps them.
  std::optional<Date> baseline_on;
  std::optional<Date> current_on;
  std::optional<Date> target_on;
  std::string baseline_on_text;
  std::string current_on_text;
  std::string target_on_text;

  std::optional<GoalStatus> status;  // absent: no measurement to judge by
  bool status_derived = false;
  std::string status_label;

  std::optional<Date> evaluate_on;
  std::optional<std::int64_t> days_to_evaluation;
  std::string evaluation_text;  // "evaluatie 26 februari · over 88 dagen"

  std::string feed_up;
  std::string feedback;
  std::string feed_forward;
  // Feed up, feedback and feed forward under their questions, in that order; only
  // the ones the document answers.
  std::vector<FeedView> feeds;

  // current - baseline in the goal's unit, when both may be shown.
  std::optional<double> change;
  std::string change_text;  // "+6 pt", "−2 pt", "+3"
  // Worse than at the start (by higher_is_better): the bar shows the fall behind
  // the start instead of an empty bar.
  bool fell = false;
  // How far behind the start, as a share of the way from start to target, 0..1.
  double fall_share = 0;
  std::string fall_text;  // "gedaald −2 pt", or empty
  // Fell, or its status is aandacht or niet behaald: first to get the whole card.
  bool needs_attention = false;

  // Monitoring what works (docs/ARCHITECTURE.md): the latest start of an action for
  // this goal that has begun, and how the goal's trend moved since: its newest
  // measurement after the start against the last one at or before it.
  std::optional<Date> action_start;
  std::optional<double> change_since_action;
  TrendTone change_since_action_tone = TrendTone::neutral;
  // "+4 pt sinds start actie 7 sep", "nog geen meting sinds start actie 7 sep", or
  // empty: no trend follows the goal, no action has begun, or nothing to compare.
  std::string since_action_text;

  bool operator==(const GoalView&) const = default;
};

struct GoalGroupView {
  Domain domain = Domain::leren;
  std::string label;
  std::vector<GoalView> goals;

  bool operator==(const GoalGroupView&) const = default;
};

struct TrendPointView {
  std::string label;  // "M5"
  std::optional<Date> date;
  double value = 0;
  std::string value_text;
  bool below_reference = false;  // only where higher is better: there, under it is a warning
  // Where the point sits in the chart, 0..1: x from the oldest to the newest point
  // (by date when every point has one, so a year is wider than five months),
  // height from the axis' lowest to its highest value.
  double x = 0.5;
  double height = 0.5;

  bool operator==(const TrendPointView&) const = default;
};

// A labelled value on the chart's vertical axis.
struct TrendTickView {
  double value = 0;
  double height = 0;          // 0..1, as TrendPointView::height
  std::string text;           // "85%"
  bool is_bound = false;      // the axis' lowest or highest value
  bool is_reference = false;  // the reference value

  bool operator==(const TrendTickView&) const = default;
};

// The vertical scale: never tighter than a minimum span, so a wobble of a point or
// two looks like one, and always with its values written beside it.
struct TrendAxisView {
  double low = 0;
  double high = 1;
  std::vector<TrendTickView>
      ticks;  // lowest first; the bounds, the reference, round values between

  bool operator==(const TrendAxisView&) const = default;
};

// Where an action for a goal this trend follows began: a thin line on the chart.
struct TrendMarkerView {
  Date date;
  double x = 0;       // 0..1, as TrendPointView::x
  std::string label;  // "actie 7 sep", "2 acties 7 sep"

  bool operator==(const TrendMarkerView&) const = default;
};

struct TrendView {
  std::string id;
  std::string title;
  std::string team_label;
  std::string subject_label;
  Unit unit = Unit::percent;
  bool higher_is_better = true;

  std::optional<double> reference_value;
  std::optional<double> reference_height;  // 0..1 on the axis
  std::string reference_label;             // "Signaleringswaarde 1F 85%"

  std::vector<TrendPointView> points;  // only points that may be shown, oldest first
  std::size_t suppressed_points = 0;
  std::string suppressed_text;  // "1 meting met n<10 weggelaten", or empty
  TrendAxisView axis;

  TrendDirection direction = TrendDirection::unknown;
  std::string direction_label;
  TrendTone direction_tone = TrendTone::neutral;
  bool latest_below_reference = false;
  bool needs_attention = false;    // going the wrong way, or the latest point under the reference
  std::string latest_text;         // "79%", or empty
  std::string latest_moment_text;  // when it was measured: "jun ’26" (or "M8" undated), or empty
  std::string headline_text;       // the two together: "49% · jun ’26", or empty
  // The begun actions of the goals this trend follows, oldest first; only on a
  // chart by date, and only from its first point to a little after its last (the
  // time axis then reaches to the newest start).
  std::vector<TrendMarkerView> action_markers;

  bool operator==(const TrendView&) const = default;
};

struct ActionView {
  std::string id;
  std::string what;
  std::string who;
  std::string how;
  std::string why;
  Date when;
  std::string when_text;      // "do 3 dec"
  std::string relative_text;  // "over 3 dagen", "4 dagen te laat", "vandaag"
  ActionGroup group = ActionGroup::later;
  ActionStatus status = ActionStatus::open;
  std::string status_label;
  std::optional<Role> role;
  std::string role_label;
  std::string goal_title;  // the goal it serves, when known
  std::string goal_id;     // that goal's id, or empty

  bool operator==(const ActionView&) const = default;
};

struct ActionGroupView {
  ActionGroup group = ActionGroup::later;
  std::string label;
  std::vector<ActionView> actions;

  bool operator==(const ActionGroupView&) const = default;
};

struct MeetingView {
  MeetingKind kind = MeetingKind::groepsbespreking;
  std::string kind_label;
  std::string team_name;
  Date date;
  std::string date_text;  // "do 3 december"
  std::string time_text;  // "15:15", or empty
  std::int64_t days_until = 0;
  std::string relative_text;   // "over 3 dagen"
  std::string countdown_text;  // "groepsbespreking over 3 dagen"

  bool operator==(const MeetingView&) const = default;
};

// A team's goals with one status, for its row on the overview: "▲ 2".
struct GoalMarkView {
  std::optional<GoalStatus> status;  // absent: no measurement to judge by
  std::int64_t count = 0;
  std::string count_text;  // "2"
  std::string label;       // "Aandacht", or "Geen gegevens" without a status

  bool operator==(const GoalMarkView&) const = default;
};

struct TeamView {
  std::string id;
  std::string name;
  std::string groups_text;  // "groep 6 t/m 8"; empty when the name already says it
  std::optional<Phase> phase;
  int phase_index = -1;  // 0..3 on the ring, -1 when the team has no cycle
  std::string phase_label;
  std::optional<Date> since;
  std::optional<Date> until;
  std::optional<std::int64_t> days_left;
  std::string days_left_text;  // "nog 5 dagen"
  std::optional<MeetingView> next_meeting;
  std::string name_with_groups;  // "Bovenbouw (groep 6 t/m 8)", or the name alone
  // How far the team is through its phase, 0..1: the days since `since` over the
  // days from `since` to `until`, clamped. None without both dates.
  std::optional<double> phase_progress;
  // Both countdowns, each saying what it counts down to: "fase nog 11 dagen ·
  // groepsbespreking over 8 dagen".
  std::string countdown_text;
  // The team's goals by status, needing attention first (niet behaald, aandacht,
  // op koers, unknown, behaald); only the statuses it has.
  std::vector<GoalMarkView> goal_marks;
  // Its actions past their date (those serving one of its goals, as the action
  // table counts them late).
  std::int64_t late_actions = 0;
  std::string late_actions_text;  // "1 actie te laat", empty when none

  bool operator==(const TeamView&) const = default;
};

// The cycle page's list: teams by phase in the cycle's order, teams without a
// cycle last under "Geen gegevens".
struct PhaseGroupView {
  int phase_index = -1;  // 0..3, or -1 for teams without a cycle
  std::string label;
  std::vector<std::size_t> teams;  // indexes into ViewModel::teams

  bool operator==(const PhaseGroupView&) const = default;
};

struct SupportLevelView {
  int level = 1;
  std::string label;
  std::int64_t count = 0;
  double share = 0;  // 0..1 of all pupils in the pyramid
  std::string count_text;
  std::string share_text;  // "73%"
  // Fewer than min_n pupils: count_text reads "n<10", share_text and change are empty.
  bool suppressed = false;
  // Against the previous count of the same level, when both may be shown.
  std::optional<std::int64_t> change;
  std::string change_text;  // "+4", "−2", "±0"

  bool operator==(const SupportLevelView&) const = default;
};

struct SupportView {
  bool present = false;
  std::string as_of_text;                // "stand per 16 november", or empty
  std::vector<SupportLevelView> levels;  // by level, 1 first
  std::int64_t total = 0;
  std::string total_text;     // empty when a suppressed level could be computed from it
  std::string previous_text;  // "verschil t.o.v. 14 september", or empty without a previous count

  bool operator==(const SupportView&) const = default;
};

struct MessageView {
  std::string text;
  bool high_priority = false;

  bool operator==(const MessageView&) const = default;
};

struct PositiveView {
  std::string text;
  std::string team_label;

  bool operator==(const PositiveView&) const = default;
};

struct FreshnessView {
  std::optional<Instant> generated_at;
  std::optional<std::int64_t> age_minutes;
  std::string text;  // "Gegevens van 07:45", "Gegevens van gisteren 16:10"

  bool operator==(const FreshnessView&) const = default;
};

struct OverviewView {
  std::vector<GoalView> learning_goals;  // domain leren, those needing attention first
  std::vector<TrendView> attention_trends;
  std::optional<MeetingView> next_mdo;
  // The zorgregisseur's actions past their date (an MDO not yet prepared), oldest
  // first: the care column shows them, not only the action table.
  std::vector<ActionView> late_care_actions;

  bool operator==(const OverviewView&) const = default;
};

struct ViewModel {
  Language language = Language::nl;
  Theme theme = Theme::dark;
  std::vector<Page> pages;
  int page_seconds = 20;
  std::int64_t min_n = 10;
  Date today;

  HeaderView header;
  std::vector<TeamView> teams;
  std::vector<PhaseGroupView> phase_groups;  // only non-empty groups
  // All four phases in the cycle's order, with or without teams: the ring names each.
  std::vector<std::string> phase_labels;
  std::vector<GoalGroupView> goal_groups;  // leren, werkhouding, sociaal-emotioneel; only non-empty
  std::vector<TrendView> trends;
  std::vector<ActionGroupView> action_groups;  // overdue, this week, later, done; only non-empty
  SupportView support;
  std::vector<MessageView> messages;
  std::vector<PositiveView> positives;
  FreshnessView freshness;
  OverviewView overview;
  // What the view model noticed while building (an unmatched team filter).
  Diagnostics notes;
  // Failing sources, one banner line each (core::source_problems); filled by the
  // kiosk, which knows the sources. Empty: no banner.
  std::vector<std::string> problems;

  // False when the document has nothing a page could show: the setup page's cue.
  bool has_content() const;

  bool operator==(const ViewModel&) const = default;
};

ViewModel build_view_model(const Document& document, const Instant& now,
                           const ViewOptions& options);

}  // namespace hgw::core
