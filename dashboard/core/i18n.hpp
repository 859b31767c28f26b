#pragma once
// Every word the wall shows, in Dutch first and English, and the Dutch way of
// writing dates ("maandag 30 november"), numbers ("78,5") and day counts. The
// labels of the format's enumerations live in their rows (enum_keys.cpp); the
// rest is here. Nothing outside this file picks words by language.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "date_time.hpp"
#include "document.hpp"
#include "present_path.hpp"
#include "words.hpp"

namespace hgw::core {

enum class TrendDirection { rising, stable, falling, unknown };
enum class ActionGroup { overdue, this_week, later, done };

// Fixed phrases that are not the label of an enumeration.
enum class Phrase {
  school_wide,   // "Hele school"
  demo_marker,   // "DEMO — voorbeeldschool"
  no_data,       // "Geen gegevens"
  reference,     // "Referentie"
  baseline,      // "Start"
  current,       // "Nu"
  target,        // "Doel"
  feed_up,       // "Waar werken we naartoe?"
  feedback,      // "Hoe staan we ervoor?"
  feed_forward,  // "Wat is de volgende stap?"
  what,
  who,
  when,
  how,
  why,
  next_meeting,       // "Volgende bijeenkomst"
  next_mdo,           // "Volgend MDO"
  positives_title,    // "Wat gaat goed"
  messages_title,     // "Berichten", as the editor calls them
  pupils,             // "leerlingen"
  total,              // "Totaal"
  status_derived,     // "(berekend)"
  under_reference,    // "onder de referentie"
  data_of,            // "Gegevens van"
  overview_learning,  // "Focus op leren"
  overview_data,      // "Data en trends"
  overview_care,      // "Ondersteuning en zorg"

  // Around a moment or a date: "gisteren 16:10", "stand van maandag 30 november".
  yesterday,    // "gisteren"
  since,        // "sinds"
  data_from,    // "gegevens van"
  no_data_yet,  // "nog geen gegevens"
  as_of,        // "stand per"
  evaluation,   // "evaluatie"

  // Until the first source answers.
  waiting_for_first_answer,  // "wacht op het eerste antwoord"

  // The setup page, shown instead of the pages until the wall has something to show.
  setup_title,          // "Dit scherm is nog niet ingericht"
  setup_no_content,     // the document holds nothing to show
  setup_invalid,        // a document was refused
  setup_unreadable,     // a document or the configuration could not be read
  setup_config_label,   // "Configuratie"
  setup_no_config,      // "geen configuratiebestand gevonden"
  setup_device_label,   // "Apparaat"
  setup_version_label,  // "Versie"
  setup_details_label,  // "Wat er mis is"
  setup_editor_label,   // "Editor", over its address
  setup_editor_ready,   // "Open het adres in een browser op het schoolnetwerk."
  setup_help,           // where to get help: the config file

  // The setup page (continued): where the fix is, and a config error said in words.
  setup_help_editor,             // the fix is in the editor, at the address above
  setup_help_source,             // the fix is at the data's source, not on this device
  setup_config_line,             // "regel"
  setup_config_error,            // "deze instelling klopt niet"
  setup_config_file_error,       // the config file as a whole
  setup_editor_address_unknown,  // no network address yet

  // A goal worse than at its start, by the direction its figure moved.
  value_fell,  // "gedaald"
  value_rose,  // "gestegen"
  // The support pyramid against its previous count: "verschil t.o.v. 14 september".
  change_since,
  percentage_points,    // "pt"
  setup_present_label,  // "Beeld"

  // The overview's rows of teams, each where it stands in the cycle.
  overview_teams,  // "Leerteams"
  // Monitoring what works: an action's start on a chart and on its goal's card.
  action_marker,                      // "actie", before the date on the chart
  actions_marker,                     // "acties", when more began that day: "2 acties 7 sep"
  since_action_start,                 // "sinds start actie", after the change on the goal card
  no_measurement_since_action_start,  // "nog geen meting sinds start actie"
  // The setup page while the editor has no password (issue 16, first run from the wall).
  setup_first_run,              // nobody can fill in the data: no password yet
  setup_first_run_instruction,  // scan or open the address, choose a password with the code
  setup_code_label,             // "Instelcode"
  setup_code_valid_until,       // "geldig tot", before the time
  setup_code_expired,           // the code's time has passed and no new one came yet
  setup_fingerprint_label,      // "Vingerafdruk certificaat (SHA-256)"
  setup_editor_waiting,         // the board has not said whether a password is set
  // Before the month a goal's target is due, under the target: "in jun ’27".
  target_due,  // "in"
};

std::string_view label(Phase value, Language language);
std::string_view label(MeetingKind value, Language language);
std::string_view label(Domain value, Language language);
std::string_view label(GoalStatus value, Language language);
std::string_view label(ActionStatus value, Language language);
std::string_view label(Role value, Language language);
std::string_view label(Page value, Language language);
std::string_view label(TrendDirection value, Language language);
std::string_view label(ActionGroup value, Language language);
std::string_view phrase(Phrase value, Language language);
// Default name of a support level when the document gives none.
std::string_view support_level_label(int level, Language language);
// "begrijpend_lezen" → "Begrijpend lezen"; unknown keys are made readable.
std::string subject_label(std::string_view subject, Language language);

std::string_view weekday_name(Weekday day, Language language);
std::string_view month_name(int month, Language language);

// "maandag 30 november" (with_year: "maandag 30 november 2026").
std::string format_long_date(const Date& date, Language language, bool with_year = false);
// "ma 30 nov".
std::string format_short_date(const Date& date, Language language);
// "78,5" in Dutch, "78.5" in English; at most `decimals` decimals, none when whole.
std::string format_number(double value, Language language, int decimals = 1);
// A count with its thousands grouped: "9 990" in Dutch (with a no-break space, as
// the Taalunie allows and so the number never breaks over two lines), "9,990" in
// English.
std::string format_count(std::int64_t count, Language language);
// "71%", "112", "4".
std::string format_value(double value, Unit unit, Language language);
// Relative to today: "vandaag", "morgen", "over 5 dagen", "gisteren", "3 dagen geleden".
std::string format_days_from_today(std::int64_t days, Language language);
// Time left in a phase: "nog 5 dagen", "laatste dag", "2 dagen over tijd".
std::string format_days_left(std::int64_t days, Language language);
// "n<10": what the wall shows instead of a suppressed figure.
std::string format_suppressed(std::int64_t min_n);
// "3 metingen met n<10 weggelaten".
std::string format_suppressed_points(std::size_t count, std::int64_t min_n, Language language);
// An action past its date: "3 dagen te laat".
std::string format_days_late(std::int64_t days, Language language);
// "groep 4 en 5", "groep 1 t/m 3", "groep 3, 5 en 7", "groep 5a en 5b" ("groups 4 and
// 5", "groups 1–3"): runs of three or more consecutive numbers are a range. Groups
// that are names, not numbers ("Peuters"), are written as they are. Nothing for no
// groups.
std::string format_group_list(const std::vector<std::string>& groups, Language language);
// What did not fit: "+ 7 meer".
std::string format_more(std::int64_t hidden, Language language);
// The time left in a team's phase, labelled: "fase nog 11 dagen", "phase: 11 days left".
std::string format_phase_left(std::int64_t days, Language language);
// A meeting's countdown, labelled with its kind: "groepsbespreking over 8 dagen".
std::string format_meeting_countdown(MeetingKind kind, std::int64_t days, Language language);
// A config error: "regel 4, [display] rotation: deze instelling klopt niet ("45")".
// `message` is the config's English reason ("expected …, got "45""): shown whole
// in English; in Dutch only the value the file holds, which is in no language. An
// empty `line` means the whole file (or a section) is meant.
std::string format_config_error(std::string_view line, std::string_view place,
                                std::string_view message, Language language);
// Parts of one line: "fase nog 11 dagen · groepsbespreking over 8 dagen".
std::string join_parts(const std::vector<std::string>& parts);
// "29 januari", "29 January": a date within the school year, without weekday or year.
std::string format_day_month(const Date& date, Language language);
// A change with its sign always written: "+4", "−2" (a real minus sign), "±0".
std::string format_signed_change(double change, Language language);

// How the kiosk puts frames on screen and why, for the setup page: "framebuffer,
// zonder GL (geen GPU-stuurprogramma vc4/v3d)", "GPU (v3d)".
std::string format_present(const PresentDecision& decision, Language language);

// A month with its year, as a chart names a measurement: "jun ’26".
std::string format_month_year(const Date& date, Language language);

// A team's actions past their date: "1 actie te laat", "2 acties te laat".
std::string format_late_actions(std::int64_t count, Language language);
// A day and a short month, the year only when it is not this year's: "7 sep",
// "7 sep ’25" ("7 Sep").
std::string format_day_short_month(const Date& date, const Date& today, Language language);

}  // namespace hgw::core
