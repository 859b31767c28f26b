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
  feed_up,       // "Waar gaan we heen?"
  feedback,      // "Hoe gaat het?"
  feed_forward,  // "Wat is de volgende stap?"
  what,
  who,
  when,
  how,
  why,
  next_meeting,       // "Volgende bijeenkomst"
  next_mdo,           // "Volgend MDO"
  positives_title,    // "Wat gaat goed"
  messages_title,     // "Mededelingen"
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
  as_of,        // "stand van"
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
  setup_editor_label,   // "Editor"
  setup_editor_no_password,
  setup_editor_ready,
  setup_help,  // where to get help
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
// "groep 5a", "groepen 5a, 5b"; nothing for no groups.
std::string format_group_list(const std::vector<std::string>& groups, Language language);
// What did not fit: "+ 7 meer".
std::string format_more(std::int64_t hidden, Language language);

// A month with its year, as a chart names a measurement: "jun ’26".
std::string format_month_year(const Date& date, Language language);

}  // namespace hgw::core
